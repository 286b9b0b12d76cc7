import type { DockerfileModel, Instruction, Stage } from '../../../checker/index.ts';
import {
  argValues, callsOfRuns, copiedExecutable, copiedPaths, expand, finalStage, goBuilds, imageLabel, inheritedInstructions, isOfficial, positionals, resolvePath,
  rootStage, startInstruction, surelyRun, variableFor, workdirAt, type CommandCall, type CopiedPath,
} from '../../../checker/query/index.ts';
import type { DockerfileGraders } from '../types.ts';
import { fail, onFinalStage, pass } from './check.ts';

interface Compile {
  call: CommandCall;
  /** Where the binary lands: a file (`go build -o /bin/weather`), a folder (`-o /out/`, `go install`), or null (the working directory). */
  output: string | null;
  folder: boolean;
}

/** `go build` and `go install` calls; `go install` writes into $GOBIN, else $GOPATH/bin (/go/bin in the golang image). */
function compiles(instructions: Instruction[]): Compile[] {
  const builds = goBuilds(instructions).map(({ call, output }) => ({ call, output, folder: output !== null && output.endsWith('/') }));
  const installs = surelyRun(callsOfRuns(instructions))
    .filter((call) => call.name === 'go' && positionals(argValues(call), ['-ldflags', '-tags', '-gcflags'])[0] === 'install')
    .map((call) => ({ call, output: variableFor(call, 'GOBIN') || `${variableFor(call, 'GOPATH') || '/go'}/bin`, folder: true }));
  return [...builds, ...installs].sort((a, b) => a.call.instruction.index - b.call.instruction.index);
}

/** Stages that compile the program (directly or through a stage they are built on). */
function buildStages(model: DockerfileModel): Stage[] {
  return model.stages.filter((stage) => compiles(inheritedInstructions(stage)).length > 0);
}

function isGolangImage(stage: Stage): boolean {
  const root = rootStage(stage);
  return !root.scratch && isOfficial(root.baseImage) && root.baseImage.repository === 'golang';
}

function shipsToolchain(stage: Stage): boolean {
  return compiles(inheritedInstructions(stage)).length > 0 || isGolangImage(stage);
}

/** distroless `base`/`cc` (and Chainguard `glibc-dynamic`) carry glibc, so a cgo binary still runs there. */
function hasLibc(stage: Stage): boolean {
  const root = rootStage(stage);
  return root.distroless && /distroless\/(?:base|cc)|glibc-dynamic/.test(root.baseImage.repository);
}

/** Whether a compile runs with cgo off: CGO_ENABLED=0 for the call, a `go env -w CGO_ENABLED=0` before it, or no C compiler (Go 1.20+ then turns cgo off). */
function cgoDisabled(model: DockerfileModel, compile: Compile): boolean {
  const setting = variableFor(compile.call, 'CGO_ENABLED');
  if (setting !== null) return setting === '0';
  const stage = model.stages[compile.call.instruction.stageIndex];
  if (!stage) return false;
  const earlier = inheritedInstructions(stage).filter((instruction) => instruction.index < compile.call.instruction.index);
  const written = surelyRun(callsOfRuns(earlier)).filter((call) => call.name === 'go' && argValues(call)[0] === 'env' && argValues(call).includes('-w')).flatMap((call) => argValues(call).filter((arg) => arg.startsWith('CGO_ENABLED=')));
  if (written.length > 0) return written[written.length - 1] === 'CGO_ENABLED=0';
  return withoutCompiler(stage, earlier);
}

/** The golang Alpine images ship no gcc: unless one is installed, Go 1.20+ builds without cgo. */
function withoutCompiler(stage: Stage, earlier: Instruction[]): boolean {
  const tag = rootStage(stage).baseImage.tag ?? '';
  const version = /^1\.(\d+)/.exec(tag);
  if (!isGolangImage(stage) || !/(?:^|-)alpine/.test(tag) || (version && Number(version[1]) < 20)) return false;
  return !callsOfRuns(earlier).some((call) => call.name === 'apk' && argValues(call).some((arg) => /^(?:gcc|clang|build-base|musl-dev)$/.test(arg)));
}

/** Files Go's crypto/x509 reads its roots from on Linux, and the folders whose every file it reads. */
const CERT_FILES = ['/etc/ssl/certs/ca-certificates.crt', '/etc/pki/tls/certs/ca-bundle.crt', '/etc/ssl/ca-bundle.pem', '/etc/pki/tls/cacert.pem', '/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem', '/etc/ssl/cert.pem'];
const CERT_FOLDERS = ['/etc/ssl/certs', '/etc/pki/tls/certs'];

/** A copy that can bring a CA bundle: from another stage or image, or downloaded by ADD (the build context has none). */
function bringsCertificates(copy: CopiedPath): boolean {
  return copy.from !== null || (copy.instruction.keyword === 'ADD' && /^https?:\/\//.test(copy.source));
}

/** The copy that puts a CA bundle where Go looks: the files above, any file in the folders above, or SSL_CERT_FILE / SSL_CERT_DIR. */
function certificateCopy(stage: Stage): CopiedPath | null {
  const env = new Map(inheritedInstructions(stage).filter((instruction) => instruction.keyword === 'ENV').flatMap((instruction) => instruction.pairs).map((pair) => [pair.key, pair.value]));
  const files = [...CERT_FILES, env.get('SSL_CERT_FILE') ?? ''].filter((file) => file !== '');
  const folders = [...CERT_FOLDERS, ...(env.get('SSL_CERT_DIR') ?? '').split(':')].filter((folder) => folder !== '').map((folder) => folder.replace(/\/+$/, ''));
  const under = (path: string, folder: string) => path === folder || path.startsWith(`${folder.replace(/\/$/, '')}/`);
  return (
    copiedPaths(stage).find((copy) => {
      if (!bringsCertificates(copy) || !/ssl|certs?\b|pki|\.pem$|\.crt$/.test(copy.source)) return false;
      // Where the copied files land: the target itself, or everything under it for a folder.
      const roots = [copy.folder ? copy.target : null, copy.contentsTarget].filter((root): root is string => root !== null);
      const lands = (path: string) => copy.target === path || roots.some((root) => under(path, root));
      return files.some(lands) || folders.some((folder) => under(copy.target, folder) || roots.some((root) => under(root, folder) || under(folder, root)));
    }) ?? null
  );
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
    'minimal-final': onFinalStage((final) => {
      const root = rootStage(final);
      if (root.scratch || root.distroless) return pass(`The final image starts from ${imageLabel(final)}.`, `A imagem final parte de ${imageLabel(final)}.`);
      return fail(
        `The final stage is based on ${imageLabel(final)}: a static Go binary needs nothing from it. Use scratch or a distroless image such as gcr.io/distroless/static-debian13.`,
        `O estágio final usa ${imageLabel(final)}: um binário Go estático não precisa de nada dela. Use scratch ou uma imagem distroless como gcr.io/distroless/static-debian13.`,
      );
    }),
    'static-binary'(submission) {
      const builds = compiles(submission.model.instructions);
      if (builds.length === 0) return fail('No stage runs go build.', 'Nenhum estágio roda go build.');
      const final = finalStage(submission.model);
      if (final && hasLibc(final)) return pass(`${imageLabel(final)} ships glibc, so a cgo binary runs there too.`, `${imageLabel(final)} traz a glibc, então um binário com cgo também roda ali.`);
      const dynamic = builds.find((build) => !cgoDisabled(submission.model, build));
      if (dynamic)
        return fail(
          `"go ${argValues(dynamic.call).join(' ')}" runs with cgo enabled (the default when gcc is present), so the binary may need the C library, which scratch and distroless/static do not have: it would fail with "exec …: no such file or directory". Set CGO_ENABLED=0 for that command (on its line, with ENV, or with export in the same RUN).`,
          `"go ${argValues(dynamic.call).join(' ')}" roda com cgo ligado (o padrão quando há gcc), então o binário pode depender da biblioteca C, que o scratch e o distroless/static não têm: ele falharia com "exec …: no such file or directory". Defina CGO_ENABLED=0 para esse comando (na mesma linha, com ENV ou com export no mesmo RUN).`,
        );
      return pass('The binary is built with cgo off: fully static.', 'O binário é compilado com cgo desligado: totalmente estático.');
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
      const source = builds.find((stage) => copy.fromStage === stage);
      if (!source) return fail(`"${command}" is copied from "${copy.from}", which does not run go build.`, `"${command}" vem de "${copy.from}", que não roda go build.`);
      const outputs = compiles(inheritedInstructions(source)).map(({ call, output, folder }) => (output === null ? null : { path: resolvePath(workdirAt(source, call.instruction), output), folder }));
      // COPY --from reads paths from the root of the other stage, not from its WORKDIR.
      const copiedSource = resolvePath('/', expand(copy.source, copy.instruction));
      const under = (path: string, folder: string) => path.startsWith(`${folder.replace(/\/$/, '')}/`);
      const matches = outputs.some((output) => output === null || output.path === copiedSource || under(output.path, copiedSource) || (output.folder && under(copiedSource, output.path)));
      if (!matches)
        return fail(
          `COPY --from=${copy.from} copies ${copy.source}, but the Go build writes ${outputs.map((output) => output?.path).filter(Boolean).join(', ')}.`,
          `O COPY --from=${copy.from} copia ${copy.source}, mas o build do Go grava em ${outputs.map((output) => output?.path).filter(Boolean).join(', ')}.`,
        );
      return pass(`The binary built in "${source.name ?? source.index}" is copied in and started in exec form.`, `O binário compilado em "${source.name ?? source.index}" é copiado e iniciado na forma exec.`);
    },
    'ca-certificates': onFinalStage((final) => {
      const root = rootStage(final);
      if (!root.scratch) return pass(`${imageLabel(final)} already ships CA certificates.`, `${imageLabel(final)} já traz os certificados de CA.`);
      const bundle = certificateCopy(final);
      if (bundle) return pass(`The CA bundle ${bundle.source} lands in ${bundle.target}, where Go looks for it.`, `O pacote de CAs ${bundle.source} vai para ${bundle.target}, onde o Go procura.`);
      const elsewhere = copiedPaths(final).find((copy) => /(?:\.crt|\.pem|ssl\/certs\/?)$/.test(copy.source));
      if (elsewhere && !bringsCertificates(elsewhere))
        return fail(
          `"${elsewhere.instruction.text.trim()}" reads the build context, which has no CA bundle: copy it from the build stage (COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/).`,
          `"${elsewhere.instruction.text.trim()}" lê o contexto de build, que não tem pacote de CAs: copie do estágio de build (COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/).`,
        );
      if (elsewhere)
        return fail(
          `The bundle lands in ${elsewhere.target}, but Go looks for /etc/ssl/certs/ca-certificates.crt (or SSL_CERT_FILE / SSL_CERT_DIR).`,
          `O pacote vai parar em ${elsewhere.target}, mas o Go procura /etc/ssl/certs/ca-certificates.crt (ou SSL_CERT_FILE / SSL_CERT_DIR).`,
        );
      return fail(
        'scratch has no CA certificates, so every HTTPS call fails with "x509: failed to load system roots": copy /etc/ssl/certs/ca-certificates.crt from the build stage.',
        'O scratch não tem certificados de CA, e toda chamada HTTPS falha com "x509: failed to load system roots": copie /etc/ssl/certs/ca-certificates.crt do estágio de build.',
      );
    }),
  },
};

export default graders;
