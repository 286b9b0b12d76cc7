import type { Instruction, Stage } from '../../checker/index.ts';
import type { DockerfileGraders } from '../types.ts';
import {
  aptSubcommand, baseRunsAsNonRoot, callsOf, copiedPaths, expand, fail, finalStage, imageName, inheritedInstructions, isRootUser, lastUser, pass, positionals,
  resolvePath, rootStage, workdirAt, type Call,
} from './dockerfile-helpers.ts';

const UPLOADS = '/app/uploads';

/** Users that images already have, by image family. */
function builtInUsers(stage: Stage): string[] {
  const name = imageName(stage);
  const users = ['nobody'];
  if (name === 'node') users.push('node');
  if (rootStage(stage).distroless) users.push('nonroot');
  if (!rootStage(stage).scratch && name !== 'alpine') users.push('www-data', 'daemon');
  return users;
}

/** Users created by `useradd NAME`, `adduser [-D] NAME`, `adduser --system … NAME`. */
function createdUsers(instructions: Instruction[]): string[] {
  return instructions
    .filter((instruction) => instruction.keyword === 'RUN')
    .flatMap(callsOf)
    .filter((call) => call.name === 'useradd' || call.name === 'adduser')
    .map((call) => positionals(call.args, ['-u', '--uid', '-g', '--gid', '-G', '--groups', '-d', '--home', '--home-dir', '-s', '--shell', '-c', '--comment', '-h', '-g', '--gecos', '--ingroup', '-k', '-K']).pop() ?? '')
    .filter((name) => name !== '');
}

/** Commands that only root may run. */
function needsRoot(call: Call): boolean {
  const sub = aptSubcommand(call);
  if (sub !== null) return ['install', 'update', 'upgrade', 'remove', 'purge', 'dist-upgrade'].includes(sub);
  const words = positionals(call.args);
  if (['apk', 'yum', 'dnf', 'microdnf', 'zypper'].includes(call.name)) return ['add', 'install', 'update', 'upgrade', 'del', 'remove'].includes(words[0] ?? '');
  return ['useradd', 'adduser', 'groupadd', 'addgroup', 'usermod', 'chown'].includes(call.name);
}

/** Whether an owner (`appuser`, `1000:1000`) can be the runtime user (names and uids cannot be compared, so they are trusted). */
function sameOwner(owner: string, user: string): boolean {
  const o = owner.split(':')[0];
  const u = user.split(':')[0];
  if (isRootUser(o)) return false;
  return o === u || /^\d+$/.test(o) !== /^\d+$/.test(u);
}

function runtimeUser(stage: Stage): string | null {
  const last = lastUser(stage);
  if (last) return isRootUser(last.user) ? null : last.user;
  return baseRunsAsNonRoot(stage) ? 'nonroot' : null;
}

const graders: DockerfileGraders = {
  language: 'dockerfile',
  requirements: {
    'non-root-user'(submission) {
      const final = finalStage(submission.model);
      if (!final) return fail('There is no FROM line.', 'Não há nenhuma linha FROM.');
      const last = lastUser(final);
      if (last && isRootUser(last.user))
        return fail(`"USER ${last.user}" is root: uid 0 in the container is uid 0 on the host, held back only by namespaces and capabilities.`, `"USER ${last.user}" é root: o uid 0 no contêiner é o uid 0 do host, contido só por namespaces e capabilities.`);
      if (!last && !baseRunsAsNonRoot(final))
        return fail('The final stage never sets USER, so the app runs as root.', 'O estágio final nunca define USER, então a aplicação roda como root.');
      return pass(`The app runs as ${last ? last.user : 'nonroot'}.`, `A aplicação roda como ${last ? last.user : 'nonroot'}.`);
    },
    'user-exists'(submission) {
      const final = finalStage(submission.model);
      const user = final ? runtimeUser(final) : null;
      if (!final || !user) return fail('There is no non-root USER yet.', 'Ainda não há um USER que não seja root.');
      const name = user.split(':')[0];
      if (/^\d+$/.test(name)) return pass(`uid ${name} needs no entry in /etc/passwd.`, `O uid ${name} não precisa de entrada no /etc/passwd.`);
      const instructions = inheritedInstructions(final);
      const userLine = lastUser(final)?.instruction;
      const created = createdUsers(instructions.filter((instruction) => !userLine || instruction.index < userLine.index));
      if (created.includes(name) || builtInUsers(final).includes(name)) return pass(`The user "${name}" exists in the image.`, `O usuário "${name}" existe na imagem.`);
      return fail(
        `"USER ${user}" names a user the image does not have: the container fails with "unable to find user ${name}". Create it first (useradd / adduser) or use a numeric uid.`,
        `"USER ${user}" aponta para um usuário que a imagem não tem: o contêiner falha com "unable to find user ${name}". Crie o usuário antes (useradd / adduser) ou use um uid numérico.`,
      );
    },
    'root-steps-first'(submission) {
      const final = finalStage(submission.model);
      if (!final) return fail('There is no FROM line.', 'Não há nenhuma linha FROM.');
      let user = 'root';
      for (const instruction of inheritedInstructions(final)) {
        if (instruction.keyword === 'USER' && instruction.args.length > 0) user = expand(instruction.args[0].value, instruction);
        if (instruction.keyword !== 'RUN' || isRootUser(user)) continue;
        const call = callsOf(instruction).find(needsRoot);
        if (call)
          return fail(
            `"${call.name} ${call.args.join(' ')}" runs after "USER ${user}" and needs root: it fails with "Permission denied". Do the root steps first and switch user at the end.`,
            `"${call.name} ${call.args.join(' ')}" roda depois do "USER ${user}" e precisa de root: falha com "Permission denied". Faça os passos de root antes e troque de usuário no fim.`,
          );
      }
      return pass('Every step that needs root runs before the switch to the unprivileged user.', 'Todo passo que precisa de root roda antes da troca para o usuário sem privilégios.');
    },
    'uploads-writable'(submission) {
      const final = finalStage(submission.model);
      const user = final ? runtimeUser(final) : null;
      if (!final || !user) return fail('There is no non-root USER yet.', 'Ainda não há um USER que não seja root.');
      const covers = (path: string, recursive: boolean) => path === UPLOADS || (recursive && UPLOADS.startsWith(`${path.replace(/\/$/, '')}/`));
      let owned = false;
      let lastOwner: string | null = null;
      for (const instruction of inheritedInstructions(final)) {
        if (instruction.keyword === 'COPY' || instruction.keyword === 'ADD') {
          for (const copy of copiedPaths(final).filter((candidate) => candidate.instruction === instruction)) {
            if (!covers(copy.target, copy.folder)) continue;
            owned = copy.chown !== null && sameOwner(expand(copy.chown, instruction), user);
            lastOwner = copy.chown;
          }
        }
        if (instruction.keyword !== 'RUN') continue;
        const workdir = workdirAt(final, instruction);
        for (const call of callsOf(instruction)) {
          if (call.name === 'chown') {
            const [owner, ...paths] = positionals(call.args);
            const recursive = call.args.some((arg) => /^-[A-Za-z]*R/.test(arg) || arg === '--recursive');
            if (owner && paths.some((path) => covers(resolvePath(workdir, path), recursive))) {
              owned = sameOwner(owner, user);
              lastOwner = owner;
            }
          } else if (call.name === 'install' && call.args.includes('-d')) {
            const ownerIndex = call.args.indexOf('-o');
            const owner = ownerIndex === -1 ? null : call.args[ownerIndex + 1];
            if (owner && positionals(call.args, ['-o', '-g', '-m']).some((path) => covers(resolvePath(workdir, path), false))) {
              owned = sameOwner(owner, user);
              lastOwner = owner;
            }
          }
        }
      }
      if (owned) return pass(`${UPLOADS} belongs to ${user}, so the app can write its uploads.`, `${UPLOADS} pertence a ${user}, então a aplicação consegue gravar os uploads.`);
      const who = lastOwner ? `belongs to ${lastOwner}` : 'belongs to root';
      const dono = lastOwner ? `pertence a ${lastOwner}` : 'pertence ao root';
      return fail(
        `${UPLOADS} ${who}, so ${user} gets "Permission denied" on the first upload: give it to that user (COPY --chown=… or chown after the last COPY).`,
        `${UPLOADS} ${dono}, então ${user} recebe "Permission denied" no primeiro upload: passe a pasta para esse usuário (COPY --chown=… ou chown depois do último COPY).`,
      );
    },
  },
};

export default graders;
