import type { DockerfileModel, Stage } from '../../checker/index.ts';
import type { DockerfileGraders } from '../types.ts';
import {
  copiedExecutable, copiedPaths, copiedTo, expand, fail, finalStage, goBuilds, imageLabel, imageName, inheritedInstructions, pass, resolvePath, rootStage,
  startInstruction, variableFor, workdirAt,
} from './dockerfile-helpers.ts';

/** Stages that compile the program (directly or through a stage they are built on). */
function buildStages(model: DockerfileModel): Stage[] {
  return model.stages.filter((stage) => goBuilds(inheritedInstructions(stage)).length > 0);
}

function shipsToolchain(stage: Stage): boolean {
  return goBuilds(inheritedInstructions(stage)).length > 0 || ['golang', 'docker.io/golang', 'docker.io/library/golang'].includes(imageName(stage));
}

/** distroless `base`/`cc` (and Chainguard `glibc-dynamic`) carry glibc, so a cgo binary still runs there. */
function hasLibc(stage: Stage): boolean {
  const root = rootStage(stage);
  return root.distroless && /distroless\/(?:base|cc)|glibc-dynamic/.test(root.baseImage.repository);
}

const graders: DockerfileGraders = {
  language: 'dockerfile',
  requirements: {
    'multi-stage'(submission) {
      const { model } = submission;
      const final = finalStage(model);
      if (!final) return fail('There is no FROM line.', 'Não há nenhuma linha FROM.');
      if (shipsToolchain(final))
        return fail(
          `The final stage is based on ${imageLabel(final)}, which still contains the Go toolchain: compile in a first stage and copy only the binary into the last one.`,
          `O estágio final usa ${imageLabel(final)}, que ainda traz o toolchain do Go: compile num primeiro estágio e copie só o binário para o último.`,
        );
      if (buildStages(model).length === 0) return fail('No stage runs go build.', 'Nenhum estágio roda go build.');
      return pass('The Go toolchain stays in the build stage.', 'O toolchain do Go fica no estágio de build.');
    },
    'minimal-final'(submission) {
      const final = finalStage(submission.model);
      if (!final) return fail('There is no FROM line.', 'Não há nenhuma linha FROM.');
      const root = rootStage(final);
      if (root.scratch || root.distroless) return pass(`The final image starts from ${imageLabel(final)}.`, `A imagem final parte de ${imageLabel(final)}.`);
      return fail(
        `The final stage is based on ${imageLabel(final)}: a static Go binary needs nothing from it. Use scratch or a distroless image such as gcr.io/distroless/static-debian12.`,
        `O estágio final usa ${imageLabel(final)}: um binário Go estático não precisa de nada dela. Use scratch ou uma imagem distroless como gcr.io/distroless/static-debian12.`,
      );
    },
    'static-binary'(submission) {
      const builds = goBuilds(submission.model.instructions);
      if (builds.length === 0) return fail('No stage runs go build.', 'Nenhum estágio roda go build.');
      const final = finalStage(submission.model);
      if (final && hasLibc(final)) return pass(`${imageLabel(final)} ships glibc, so a cgo binary runs there too.`, `${imageLabel(final)} traz a glibc, então um binário com cgo também roda ali.`);
      const dynamic = builds.find(({ call }) => variableFor(call, 'CGO_ENABLED') !== '0');
      if (dynamic)
        return fail(
          '"go build" runs with cgo enabled (the default when gcc is present), so the binary may need the C library, which scratch and distroless/static do not have: it would fail with "exec …: no such file or directory". Set CGO_ENABLED=0.',
          'O "go build" roda com cgo ligado (o padrão quando há gcc), então o binário pode depender da biblioteca C, que o scratch e o distroless/static não têm: ele falharia com "exec …: no such file or directory". Defina CGO_ENABLED=0.',
        );
      return pass('The binary is built with CGO_ENABLED=0: fully static.', 'O binário é compilado com CGO_ENABLED=0: totalmente estático.');
    },
    'binary-copied'(submission) {
      const { model } = submission;
      const final = finalStage(model);
      if (!final) return fail('There is no FROM line.', 'Não há nenhuma linha FROM.');
      const start = startInstruction(final);
      if (!start || start.json === null || start.json.length === 0)
        return fail(
          'Start the program with ENTRYPOINT or CMD in exec (JSON) form: the final image has no /bin/sh to run the shell form.',
          'Inicie o programa com ENTRYPOINT ou CMD na forma exec (JSON): a imagem final não tem /bin/sh para rodar a forma shell.',
        );
      const command = expand(start.json[0], start);
      const copy = copiedExecutable(final, command, start);
      if (!copy || copy.from === null)
        return fail(
          `"${command}" is not in the final image: copy the binary from the build stage (COPY --from=<stage> …) to the path ENTRYPOINT runs.`,
          `"${command}" não está na imagem final: copie o binário do estágio de build (COPY --from=<estágio> …) para o caminho que o ENTRYPOINT executa.`,
        );
      const builds = buildStages(model);
      const source = builds.find((stage) => copy.from !== null && (stage.name?.toLowerCase() === copy.from.toLowerCase() || String(stage.index) === copy.from));
      if (!source) return fail(`"${command}" is copied from "${copy.from}", which does not run go build.`, `"${command}" vem de "${copy.from}", que não roda go build.`);
      const outputs = goBuilds(inheritedInstructions(source)).map(({ call, output }) => (output === null ? null : resolvePath(workdirAt(source, call.instruction), output)));
      // COPY --from reads paths from the root of the other stage, not from its WORKDIR.
      const copiedSource = resolvePath('/', expand(copy.source, copy.instruction));
      const matches = outputs.some((output) => output === null || output === copiedSource || output.startsWith(`${copiedSource.replace(/\/$/, '')}/`));
      if (!matches)
        return fail(
          `COPY --from=${copy.from} copies ${copy.source}, but go build writes ${outputs.filter(Boolean).join(', ')}.`,
          `O COPY --from=${copy.from} copia ${copy.source}, mas o go build grava em ${outputs.filter(Boolean).join(', ')}.`,
        );
      return pass(`The binary built in "${source.name ?? source.index}" is copied in and started in exec form.`, `O binário compilado em "${source.name ?? source.index}" é copiado e iniciado na forma exec.`);
    },
    'ca-certificates'(submission) {
      const final = finalStage(submission.model);
      if (!final) return fail('There is no FROM line.', 'Não há nenhuma linha FROM.');
      const root = rootStage(final);
      if (!root.scratch) return pass(`${imageLabel(final)} already ships CA certificates.`, `${imageLabel(final)} já traz os certificados de CA.`);
      const bundle = copiedTo(final, '/etc/ssl/certs/ca-certificates.crt');
      if (bundle && bundle.from !== null) return pass('The CA bundle is copied into /etc/ssl/certs/.', 'O pacote de CAs é copiado para /etc/ssl/certs/.');
      const certFile = inheritedInstructions(final).filter((instruction) => instruction.keyword === 'ENV').flatMap((instruction) => instruction.pairs).find((pair) => pair.key === 'SSL_CERT_FILE');
      if (certFile && copiedTo(final, certFile.value)) return pass(`SSL_CERT_FILE points at the copied bundle ${certFile.value}.`, `SSL_CERT_FILE aponta para o pacote copiado ${certFile.value}.`);
      const elsewhere = copiedPaths(final).find((copy) => copy.source.endsWith('ca-certificates.crt'));
      if (elsewhere)
        return fail(
          `The bundle lands in ${elsewhere.target}, but Go looks for /etc/ssl/certs/ca-certificates.crt (or SSL_CERT_FILE).`,
          `O pacote vai parar em ${elsewhere.target}, mas o Go procura /etc/ssl/certs/ca-certificates.crt (ou SSL_CERT_FILE).`,
        );
      return fail(
        'scratch has no CA certificates, so every HTTPS call fails with "x509: failed to load system roots": copy /etc/ssl/certs/ca-certificates.crt from the build stage.',
        'O scratch não tem certificados de CA, e toda chamada HTTPS falha com "x509: failed to load system roots": copie /etc/ssl/certs/ca-certificates.crt do estágio de build.',
      );
    },
  },
};

export default graders;
