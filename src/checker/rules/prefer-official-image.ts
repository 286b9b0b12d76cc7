import { defineRule } from '../define-rule.ts';
import { WELL_KNOWN_IMAGES, imageBases } from '../query/images.ts';

/** Docker Hub namespaces of official or verified publishers, whose images are maintained and scanned. */
const TRUSTED_NAMESPACES = new Set([
  'library', 'docker', 'bitnami', 'circleci', 'cimg', 'grafana', 'hashicorp', 'elastic', 'jenkins', 'sonarsource', 'mcr',
  'amazon', 'google', 'microsoft', 'redhat', 'ubuntu', 'nginxinc', 'localstack', 'confluentinc', 'datadog', 'newrelic',
  'gradle', 'tensorflow', 'pytorch', 'nvidia', 'rancher', 'portainer', 'traefik', 'temporalio', 'openjdk', 'adoptopenjdk',
  'eclipse', 'chainguard', 'paketobuildpacks', 'selenium', 'minio', 'bellsoft', 'azul', 'ibmcom', 'ibm', 'oracle',
]);

export default defineRule({
  meta: {
    id: 'prefer-official-image',
    aliases: {},
    severity: 'info',
    fixable: false,
    lesson: 'dockerfile-practices',
    title: { en: 'Prefer official or verified base images', 'pt-BR': 'Prefira imagens base oficiais ou verificadas' },
    description: {
      en: 'Official images (`node`, `python`, `nginx` …) and verified publishers are rebuilt when their base gets security fixes and document what they contain. A personal copy such as `someone/node` may be outdated, unscanned or tampered with.',
      'pt-BR': 'Imagens oficiais (`node`, `python`, `nginx` …) e de publicadores verificados são reconstruídas quando a base recebe correções de segurança e documentam o que contêm. Uma cópia pessoal como `fulano/node` pode estar desatualizada, sem varredura ou adulterada.',
    },
    examples: { bad: 'FROM someuser/node:24', good: 'FROM node:24-slim' },
    messages: {
      unofficialCopy: { en: '"{image}" is a personal copy of the official "{official}" image: prefer the official one.', 'pt-BR': '"{image}" é uma cópia pessoal da imagem oficial "{official}": prefira a oficial.' },
    },
  },
  check(model, report) {
    for (const { image, word } of imageBases(model)) {
      if (image.registry !== null) continue;
      const parts = image.repository.split('/');
      if (parts.length !== 2 || TRUSTED_NAMESPACES.has(parts[0])) continue;
      if (!WELL_KNOWN_IMAGES.includes(parts[1]) || parts[1] === 'scratch') continue;
      report({ messageId: 'unofficialCopy', data: { image: image.repository, official: parts[1] }, range: word.range });
    }
  },
});
