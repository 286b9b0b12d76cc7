import type { Stage } from '../../checker/index.ts';
import type { DockerfileGraders, DockerfileSubmission } from '../types.ts';
import { fail, imageName, pass, stageNamed } from './dockerfile-helpers.ts';

/** Stages built on a real image (not scratch, not an earlier stage). */
function imageStages(submission: DockerfileSubmission): Stage[] {
  return submission.model.stages.filter((stage) => !stage.baseStage && !stage.scratch);
}

/** `FROM node:${NODE_VERSION}` with no default for the ARG leaves the reference empty or dangling. */
function unresolved(stage: Stage): boolean {
  return stage.baseImage.raw.includes('$') || stage.baseImage.tag === '' || stage.baseImage.raw.endsWith(':');
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
        if (stage.baseImage.tag === 'latest' && !stage.baseImage.digest)
          return fail(
            `"FROM ${stage.baseImage.raw}" still floats: "latest" moves every time a new version is published.`,
            `"FROM ${stage.baseImage.raw}" continua solta: a "latest" muda toda vez que sai uma versão nova.`,
          );
      }
      return pass('No base image uses "latest".', 'Nenhuma imagem base usa "latest".');
    },
    'same-images'(submission) {
      const { model } = submission;
      const build = model.stages.find((stage) => !stage.baseStage && imageName(stage) === 'node');
      const final = model.stages[model.stages.length - 1];
      if (!build) return fail('The app is no longer built with the node image: keep the build stage, just pin it.', 'A aplicação não é mais compilada com a imagem node: mantenha o estágio de build e só fixe a versão.');
      if (!final || final.baseStage || imageName(final) !== 'nginx')
        return fail('The final stage no longer serves the site with nginx: keep it, just pin it.', 'O estágio final não serve mais o site com nginx: mantenha-o e só fixe a versão.');
      const copiesBuild = final.instructions.some((instruction) => {
        const from = instruction.keyword === 'COPY' ? instruction.flags.find((flag) => flag.name === 'from')?.value : undefined;
        return from !== undefined && from !== null && stageNamed(model, from, final) === build;
      });
      if (!copiesBuild)
        return fail('The final stage no longer copies the built site from the node stage (COPY --from=<that stage>).', 'O estágio final não copia mais o site compilado do estágio node (COPY --from=<esse estágio>).');
      return pass('Still built with node and served by nginx.', 'Continua compilado com node e servido pelo nginx.');
    },
  },
};

export default graders;
