import type { Stage } from '../../../checker/index.ts';
import type { DockerfileGraders } from '../types.ts';
import { baseName, copiedExecutable, expand, finalStage, healthcheckOf, imageLabel, isHealthcheckNone, rootStage, startInstruction } from '../../../checker/query/index.ts';
import { fail, onFinalStage, pass } from './check.ts';

const SHELL_TOOLS = new Set(['curl', 'wget', 'sh', 'bash', 'ash', 'nc', 'busybox']);

/** Interpreters that the language-specific distroless images do ship. */
function shippedInterpreter(stage: Stage, command: string): boolean {
  const repository = rootStage(stage).baseImage.repository;
  if (/^distroless\/python3/.test(repository)) return ['python3', 'python', '/usr/bin/python3'].includes(command);
  if (/^distroless\/nodejs/.test(repository)) return command === '/nodejs/bin/node';
  if (/^distroless\/java/.test(repository)) return command === 'java' || command.endsWith('/bin/java');
  return false;
}

const graders: DockerfileGraders = {
  language: 'dockerfile',
  requirements: {
    'distroless-final': onFinalStage((final) => {
      const root = rootStage(final);
      if (root.distroless || root.scratch) return pass(`The final image is ${imageLabel(final)}: no shell, no package manager.`, `A imagem final é ${imageLabel(final)}: sem shell e sem gerenciador de pacotes.`);
      return fail(
        `The final stage is based on ${imageLabel(final)}: keep a distroless final image and make the health check work there.`,
        `O estágio final usa ${imageLabel(final)}: mantenha uma imagem final distroless e faça o health check funcionar nela.`,
      );
    }),
    'healthcheck-exec-form'(submission) {
      const final = finalStage(submission.model);
      const healthcheck = final ? healthcheckOf(final) : null;
      if (!healthcheck || isHealthcheckNone(healthcheck))
        return fail('The final image has no HEALTHCHECK: Docker will never mark it unhealthy.', 'A imagem final não tem HEALTHCHECK: o Docker nunca vai marcar o contêiner como unhealthy.');
      if (healthcheck.json === null)
        return fail(
          `"${healthcheck.text.trim()}" is in shell form, which Docker runs with /bin/sh -c, and distroless has no /bin/sh: the check fails every time. Use the JSON form.`,
          `"${healthcheck.text.trim()}" está na forma shell, que o Docker roda com /bin/sh -c, e o distroless não tem /bin/sh: o check falha sempre. Use a forma JSON.`,
        );
      return pass('HEALTHCHECK runs in exec (JSON) form, without a shell.', 'O HEALTHCHECK roda na forma exec (JSON), sem shell.');
    },
    'healthcheck-binary-present'(submission) {
      const final = finalStage(submission.model);
      const healthcheck = final ? healthcheckOf(final) : null;
      if (!final || !healthcheck || isHealthcheckNone(healthcheck)) return fail('There is no HEALTHCHECK to run.', 'Não há HEALTHCHECK para rodar.');
      const argv = healthcheck.json ?? healthcheck.shell?.commands[0]?.words.map((word) => word.value) ?? [];
      const command = expand(argv[0] ?? '', healthcheck);
      if (SHELL_TOOLS.has(baseName(command)))
        return fail(
          `${baseName(command)} does not exist in ${imageLabel(final)}: the check fails with "executable file not found" and the container turns unhealthy while the app is fine.`,
          `${baseName(command)} não existe em ${imageLabel(final)}: o check falha com "executable file not found" e o contêiner fica unhealthy com a aplicação funcionando.`,
        );
      if (healthcheck.json && /\s/.test(command.trim()))
        return fail(
          `The exec form runs a program named "${command}", space included, which does not exist: give each word its own string, e.g. ["/server", "--health"].`,
          `A forma exec roda um programa chamado "${command}", com espaço e tudo, que não existe: dê a cada palavra a sua string, por exemplo ["/server", "--health"].`,
        );
      if (shippedInterpreter(final, command)) return pass(`${command} ships with ${imageLabel(final)}.`, `${command} vem com ${imageLabel(final)}.`);
      const copy = copiedExecutable(final, command, healthcheck);
      if (!copy)
        return fail(
          `"${command}" is not in the final image: copy it in (COPY --from=<build stage> …) or use the app's own binary with a health flag.`,
          `"${command}" não está na imagem final: copie o arquivo (COPY --from=<estágio de build> …) ou use o próprio binário da aplicação com uma flag de health.`,
        );
      // The build context holds only the Go sources (go.mod, go.sum, main.go): a program has to be built or fetched in a stage.
      if (copy.from === null && !(copy.instruction.keyword === 'ADD' && /^https?:\/\//.test(copy.source)))
        return fail(
          `"${copy.instruction.text.trim()}" copies ${copy.source} from the build context, which holds only the Go sources: build the program in the build stage and COPY --from=<that stage>, or use the app's own binary with a health flag.`,
          `"${copy.instruction.text.trim()}" copia ${copy.source} do contexto de build, que só tem o código Go: compile o programa no estágio de build e use COPY --from=<esse estágio>, ou use o próprio binário da aplicação com uma flag de health.`,
        );
      const start = startInstruction(final);
      const server = start?.json?.[0] ? expand(start.json[0], start) : null;
      const serverCopy = server === null ? null : copiedExecutable(final, server, start);
      const sameBinary = serverCopy !== null && serverCopy.instruction === copy.instruction && serverCopy.target === copy.target;
      if (sameBinary && argv.length < 2)
        return fail(
          `"${command}" with no arguments starts a second server instead of checking the first: pass the health flag (e.g. "${command}", "--health").`,
          `"${command}" sem argumentos sobe um segundo servidor em vez de verificar o primeiro: passe a flag de health (por exemplo "${command}", "--health").`,
        );
      return pass(`"${command}" is in the image and runs without a shell.`, `"${command}" está na imagem e roda sem shell.`);
    },
  },
};

export default graders;
