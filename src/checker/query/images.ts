import type { DockerfileModel, ImageReference, Stage, Word } from '../model/types.ts';
import { isDockerHubOfficial } from '../model/image-reference.ts';
import { rootStage } from './stages.ts';

/** Well-known official image names (typo detection, namespaced copies, variants). */
export const WELL_KNOWN_IMAGES = [
  'alpine', 'debian', 'ubuntu', 'busybox', 'fedora', 'centos', 'rockylinux', 'almalinux', 'amazonlinux', 'archlinux', 'opensuse',
  'node', 'python', 'golang', 'rust', 'ruby', 'php', 'perl', 'openjdk', 'eclipse-temurin', 'amazoncorretto', 'maven', 'gradle',
  'nginx', 'httpd', 'caddy', 'traefik', 'haproxy', 'postgres', 'mysql', 'mariadb', 'mongo', 'redis', 'memcached', 'rabbitmq',
  'elasticsearch', 'wordpress', 'tomcat', 'gcc', 'buildpack-deps', 'docker', 'registry', 'bash', 'composer', 'elixir', 'erlang',
  'haskell', 'julia', 'swift', 'clojure', 'groovy', 'sonarqube', 'jenkins', 'nextcloud', 'ghost', 'drupal', 'influxdb', 'telegraf',
  'consul', 'vault', 'zookeeper', 'cassandra', 'neo4j', 'couchdb', 'solr', 'kibana', 'logstash', 'hello-world', 'scratch',
];

/** Other official images, some one letter away from a well-known one (`mono`/`mongo`): never typos. */
export const OTHER_OFFICIAL_IMAGES = [
  'mono', 'kong', 'nats', 'pypy', 'odoo', 'hylang', 'photon', 'swipl', 'spiped', 'irssi', 'eggdrop', 'flink', 'storm', 'tomee',
  'jetty', 'kapacitor', 'chronograf', 'orientdb', 'arangodb', 'couchbase', 'aerospike', 'percona', 'adminer', 'matomo',
  'joomla', 'phpmyadmin', 'friendica', 'monica', 'mediawiki', 'plone', 'emqx', 'varnish', 'postfixadmin', 'nextcloud', 'unit',
  'dart', 'gazebo', 'ros', 'rabbitmq', 'crate', 'bonita', 'xwiki', 'yourls', 'znc', 'satosa', 'silverpeas', 'sapmachine',
  'ibmjava', 'ibm-semeru-runtimes', 'open-liberty', 'websphere-liberty', 'mongo-express', 'geonetwork', 'archlinux', 'oraclelinux',
  'clearlinux', 'mageia', 'sl', 'cirros', 'alt', 'euleros', 'kibana', 'logstash', 'elasticsearch', 'neo4j', 'lightstreamer',
];

/** Tag words used by official images (for spotting typos such as `alipne`, `slim-bookwrom`). */
export const TAG_WORDS = [
  'alpine', 'slim', 'bookworm', 'bullseye', 'buster', 'trixie', 'stretch', 'jammy', 'focal', 'noble', 'bionic', 'windowsservercore',
  'nanoserver', 'jdk', 'jre', 'lts', 'latest', 'stable', 'mainline', 'perl', 'fpm', 'apache', 'cli', 'zts', 'musl', 'glibc', 'uclibc',
];

/** Other real tag words: never reported as typos. */
export const OTHER_TAG_WORDS = [
  'edge', 'beta', 'testing', 'unstable', 'current', 'rootless', 'dind', 'community', 'enterprise', 'minimal', 'otel', 'graalvm',
  'temurin', 'semeru', 'openj9', 'corretto', 'lunar', 'mantic', 'plucky', 'oracular', 'sid', 'management', 'experimental', 'git',
];

export function isOfficial(image: ImageReference): boolean {
  return isDockerHubOfficial(image);
}

/** Official Debian/Ubuntu images that ship no curl and no wget. */
const NO_DOWNLOADER_SLIM = new Set(['python', 'node', 'ruby', 'debian']);

/** Which download tools an image family is known to lack (empty when unknown or present). */
export function missingDownloaders(stage: Stage): Set<string> {
  if (stage.scratch || stage.distroless) return new Set(['curl', 'wget']);
  const image = stage.baseImage;
  if (stage.baseStage || !isOfficial(image)) return new Set();
  const tag = image.tag ?? '';
  if (image.repository === 'alpine' || /(?:^|-)alpine/.test(tag)) return new Set(['curl']);
  if ((image.repository === 'debian' || image.repository === 'ubuntu') && !tag.includes('curl')) return new Set(['curl', 'wget']);
  if (NO_DOWNLOADER_SLIM.has(image.repository) && /(?:^|-)slim(?:-|$)/.test(tag)) return new Set(['curl', 'wget']);
  return new Set();
}

/** The image a stage chain starts from, `registry/repository` without tag or digest (`node`, `gcr.io/distroless/static-debian13`). */
export function imageName(stage: Stage): string {
  const image = rootStage(stage).baseImage;
  return image.registry ? `${image.registry}/${image.repository}` : image.repository;
}

/** `scratch`, or the image a stage chain starts from as written after ARG substitution (for messages). */
export function imageLabel(stage: Stage): string {
  const root = rootStage(stage);
  return root.scratch ? 'scratch' : root.baseImage.raw || '(no image)';
}

/** A stage built FROM an image rather than FROM an earlier stage: the image after ARG substitution and the word naming it. */
export interface ImageBase {
  stage: Stage;
  image: ImageReference;
  word: Word;
}

/** The stages whose FROM names an image (not an earlier stage), in file order. */
export function imageBases(model: DockerfileModel): ImageBase[] {
  return model.stages.flatMap((stage) => {
    const word = stage.from.args[0];
    return word && !stage.baseStage ? [{ stage, image: stage.baseImage, word }] : [];
  });
}
