import type { Stage } from '../../../checker/index.ts';
import { expandVariables } from '../../../checker/model/variables.ts';
import { finalStage, inheritedInstructions, isOfficial, rootStage } from '../../../checker/query/index.ts';
import type { DockerfileGraders, DockerfileSubmission } from '../types.ts';
import { fail, pass } from './check.ts';

/** Stages built on a real image (not scratch, not an earlier stage). */
function imageStages(submission: DockerfileSubmission): Stage[] {
  return submission.model.stages.filter((stage) => !stage.baseStage && !stage.scratch);
}

/**
 * `FROM node:${NODE_VERSION}` reads only ARGs declared before the first FROM: one without a default, or declared
 * later in a stage, expands to nothing and leaves the reference empty or dangling.
 */
function unresolved(stage: Stage): boolean {
  const written = stage.from.args[0]?.value ?? '';
  const { references } = expandVariables(written, (name) => stage.from.variables.get(name));
  const empty = references.some((reference) => !reference.hasFallback && !stage.from.variables.get(reference.name));
  return empty || stage.baseImage.raw.includes('$') || stage.baseImage.tag === '' || stage.baseImage.raw.endsWith(':');
}

/** Node.js LTS code names (`node:krypton-alpine`): they follow one major version, like `node:24-alpine`. */
const NODE_CODENAMES = /^(?:argon|boron|carbon|dubnium|erbium|fermium|gallium|hydrogen|iron|jod|krypton)(?:-|$)/;

/** A tag pins a version when it starts with one (`24.11-alpine`, `1.30`); `alpine`, `lts`, `stable`, `current-alpine3.23` move. */
function versionTag(stage: Stage): boolean {
  const tag = stage.baseImage.tag ?? '';
  return /^v?\d/.test(tag) || (stage.baseImage.repository === 'node' && NODE_CODENAMES.test(tag));
}

/** Lengths of the digests Docker knows (go-digest): `nginx@sha256:3f1a2b` is "invalid reference format", not a pin. */
const DIGEST_LENGTHS: Record<string, number> = { sha256: 64, sha384: 96, sha512: 128 };

function wholeDigest(digest: string): boolean {
  const [algorithm, encoded = ''] = digest.split(':');
  const length = DIGEST_LENGTHS[algorithm];
  return length !== undefined && new RegExp(`^[a-f0-9]{${length}}$`).test(encoded);
}

/** Built on the official image `name` (`node`, `docker.io/library/node`), directly or through earlier stages. */
function builtOn(stage: Stage, name: string): boolean {
  const root = rootStage(stage);
  return !root.scratch && isOfficial(root.baseImage) && root.baseImage.repository === name;
}

const graders: DockerfileGraders = {
  language: 'dockerfile',
  requirements: {
    'every-base-tagged'(submission) {
      const stages = imageStages(submission);
      if (stages.length === 0) return fail('No stage is built FROM an image.', 'Nenhum estágio usa FROM com uma imagem.');
      for (const stage of stages) {
        const written = stage.from.args[0]?.value ?? '';
        if (unresolved(stage))
          return fail(
            `"FROM ${written}" leaves the tag empty: give the ARG a default value (ARG NAME=1.2) or write the version.`,
            `"FROM ${written}" deixa a tag vazia: dê um valor padrão ao ARG (ARG NOME=1.2) ou escreva a versão.`,
          );
        const { digest } = stage.baseImage;
        if (digest !== null && !wholeDigest(digest))
          return fail(
            `"FROM ${stage.baseImage.raw}": "${digest}" is not a whole digest (sha256: and 64 hex digits), so Docker stops with "invalid reference format". Copy the full digest, e.g. from docker buildx imagetools inspect.`,
            `"FROM ${stage.baseImage.raw}": "${digest}" não é um digest completo (sha256: e 64 dígitos hexadecimais), então o Docker para com "invalid reference format". Copie o digest inteiro, por exemplo do docker buildx imagetools inspect.`,
          );
        if (stage.baseImage.tag === null && !stage.baseImage.digest)
          return fail(
            `"FROM ${stage.baseImage.raw}" has no tag, so Docker pulls "latest": whatever was published last.`,
            `"FROM ${stage.baseImage.raw}" está sem tag, então o Docker baixa a "latest": o que tiver sido publicado por último.`,
          );
      }
      return pass('Every base image names a tag or a digest.', 'Toda imagem base tem uma tag ou um digest.');
    },
    'no-latest'(submission) {
      for (const stage of imageStages(submission)) {
        const { tag, digest, raw } = stage.baseImage;
        if (tag === null || tag === '' || digest || unresolved(stage)) continue;
        if (tag === 'latest')
          return fail(
            `"FROM ${raw}" still floats: "latest" moves every time a new version is published.`,
            `"FROM ${raw}" continua solta: a "latest" muda toda vez que sai uma versão nova.`,
          );
        if (!versionTag(stage))
          return fail(
            `"FROM ${raw}": the tag "${tag}" names no version, so it moves like "latest" whenever a new release comes out. Start the tag with a version, e.g. ${stage.baseImage.repository}:${stage.baseImage.repository === 'nginx' ? '1.30-alpine' : '24.11-alpine'}.`,
            `"FROM ${raw}": a tag "${tag}" não tem versão, então muda como a "latest" a cada lançamento. Comece a tag por uma versão, por exemplo ${stage.baseImage.repository}:${stage.baseImage.repository === 'nginx' ? '1.30-alpine' : '24.11-alpine'}.`,
          );
      }
      return pass('No base image uses a tag that moves.', 'Nenhuma imagem base usa uma tag que muda.');
    },
    'same-images'(submission) {
      const { model } = submission;
      const final = finalStage(model);
      if (!model.stages.some((stage) => builtOn(stage, 'node')))
        return fail('The app is no longer built with the node image: keep the build stage, just pin it.', 'A aplicação não é mais compilada com a imagem node: mantenha o estágio de build e só fixe a versão.');
      if (!final || !builtOn(final, 'nginx'))
        return fail('The final stage no longer serves the site with nginx: keep it, just pin it.', 'O estágio final não serve mais o site com nginx: mantenha-o e só fixe a versão.');
      const copiesBuild = inheritedInstructions(final).some((instruction) => instruction.fromStage !== null && builtOn(instruction.fromStage, 'node'));
      if (!copiesBuild)
        return fail('The final stage no longer copies the built site from the node stage (COPY --from=<that stage>).', 'O estágio final não copia mais o site compilado do estágio node (COPY --from=<esse estágio>).');
      return pass('Still built with node and served by nginx.', 'Continua compilado com node e servido pelo nginx.');
    },
  },
};

export default graders;
