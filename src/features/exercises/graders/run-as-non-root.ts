import type { Instruction, Stage } from '../../../checker/index.ts';
import {
  actionOf, argValues, baseRunsAsNonRoot, callsOf, callsOfRuns, copiedPaths, expand, finalStage, hasOption, inheritedInstructions, isAptInstall, isOfficial, lastUser,
  managerOf, packageName, packagesOf, pipInstallArgs, positionals, resolvePath, rootStage, surelyRun, variableFor, workdirAt, type CommandCall,
} from '../../../checker/query/index.ts';
import type { DockerfileGraders } from '../types.ts';
import { fail, onFinalStage, pass } from './check.ts';

const UPLOADS = '/app/uploads';
/** The package the starter installs with apt, the step that needs root. */
const RUNTIME_PACKAGE = 'libpq5';

/** uid of each account: a number, or null for a system account whose uid useradd picks at build time (below 1000). */
type Accounts = Map<string, number | null>;

/** Accounts that images already have, by image family. */
function builtInAccounts(stage: Stage): Accounts {
  const root = rootStage(stage);
  if (root.scratch) return new Map();
  const accounts: Accounts = new Map([['root', 0], ['nobody', 65534]]);
  const official = isOfficial(root.baseImage) ? root.baseImage.repository : null;
  if (official === 'node') accounts.set('node', 1000);
  if (root.distroless) accounts.set('nonroot', 65532);
  if (official !== 'alpine') accounts.set('www-data', 33).set('daemon', 1);
  return accounts;
}

/** The value of `-u 10001`, `--uid 10001`, `--uid=10001` or `-u10001`. */
function optionValue(args: string[], short: string, long: string): string | null {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === short || args[i] === long) return args[i + 1] ?? null;
    if (args[i].startsWith(`${long}=`)) return args[i].slice(long.length + 1);
    if (args[i].startsWith(short) && args[i].length > short.length && /^\d+$/.test(args[i].slice(short.length))) return args[i].slice(short.length);
  }
  return null;
}

const USERADD_VALUE_OPTIONS = ['-u', '--uid', '-g', '--gid', '-G', '--groups', '-d', '--home', '--home-dir', '-s', '--shell', '-c', '--comment', '-h', '--gecos', '--ingroup', '-k', '-K', '--key', '-e', '-f', '--firstuid', '--lastuid'];

/**
 * Accounts of the image when an instruction, or one command of a RUN, runs (all of them at the end when `before` is null):
 * built in, or made by useradd / adduser / usermod. A command sees the accounts made before it in its own RUN
 * (`useradd appuser && chown appuser /app/uploads`).
 */
function accountsBefore(stage: Stage, before: Instruction | CommandCall | null): Accounts {
  const accounts = builtInAccounts(stage);
  // A regular account created without --uid gets the first free uid from 1000.
  let nextRegular = Math.max(999, ...[...accounts.values()].filter((uid): uid is number => uid !== null && uid < 60000)) + 1;
  const command = before && 'nameWord' in before ? before : null;
  const limit = command ? command.instruction : (before as Instruction | null);
  const instructions = inheritedInstructions(stage).filter((instruction) => instruction.keyword === 'RUN' && (!limit || instruction.index <= limit.index));
  const earlier = (call: CommandCall) => !limit || call.instruction.index < limit.index || (command !== null && callsOf(limit).indexOf(call) < callsOf(limit).indexOf(command));
  // Only accounts surely made count: not a useradd after `true ||` or inside `if false`.
  for (const call of surelyRun(callsOfRuns(instructions)).filter(earlier)) {
    if (!['useradd', 'adduser', 'usermod'].includes(call.name)) continue;
    const names = positionals(argValues(call), USERADD_VALUE_OPTIONS);
    // Debian's `adduser USER GROUP` adds an existing user to a group.
    if (names.length !== 1) continue;
    const uid = optionValue(argValues(call), '-u', '--uid');
    if (call.name === 'usermod') {
      if (uid !== null && /^\d+$/.test(uid)) accounts.set(names[0], Number(uid));
      continue;
    }
    const system = call.name === 'useradd' ? hasOption(argValues(call), { short: 'r', long: ['system'] }) : hasOption(argValues(call), { short: 'S', long: ['system'] });
    if (uid !== null && /^\d+$/.test(uid)) accounts.set(names[0], Number(uid));
    else accounts.set(names[0], system ? null : nextRegular++);
  }
  return accounts;
}

/** The uid a USER or owner value (`appuser`, `10001:10001`, `0000`) stands for: undefined when no such account exists. */
function uidOf(user: string, accounts: Accounts): number | null | undefined {
  const name = user.split(':')[0].trim();
  if (name === '') return 0;
  if (/^\d+$/.test(name)) return Number(name);
  return accounts.get(name);
}

function describeUid(user: string, accounts: Accounts): string {
  const uid = uidOf(user, accounts);
  const name = user.split(':')[0];
  if (/^\d+$/.test(name)) return `uid ${Number(name)}`;
  return uid === null ? `${name}, a system account (uid below 1000)` : uid === undefined ? name : `${name} (uid ${uid})`;
}

function describeUidPt(user: string, accounts: Accounts): string {
  const uid = uidOf(user, accounts);
  const name = user.split(':')[0];
  if (/^\d+$/.test(name)) return `uid ${Number(name)}`;
  return uid === null ? `${name}, uma conta de sistema (uid abaixo de 1000)` : uid === undefined ? name : `${name} (uid ${uid})`;
}

/** Commands that only root may run. */
function needsRoot(call: CommandCall, instructions: Instruction[]): boolean {
  if (managerOf(call) === 'apt') return ['install', 'update', 'upgrade', 'remove', 'purge', 'dist-upgrade'].includes(actionOf(call) ?? '');
  const words = positionals(argValues(call));
  if (['apk', 'yum', 'dnf', 'microdnf', 'zypper'].includes(call.name)) return ['add', 'install', 'update', 'upgrade', 'del', 'remove'].includes(words[0] ?? '');
  const pip = pipInstallArgs(call);
  // pip writes into the system site-packages unless told --user (a virtualenv the user owns is fine too).
  if (pip) return !pip.includes('--user') && !variableFor(call, 'PIP_USER') && !surelyRun(callsOfRuns(instructions)).some((other) => other.name === 'virtualenv' || (/^python/.test(other.name) && argValues(other).includes('venv')));
  return ['useradd', 'adduser', 'groupadd', 'addgroup', 'usermod', 'chown'].includes(call.name);
}

interface Ownership {
  owned: boolean;
  en: string;
  pt: string;
}

/** Whether an owner given to COPY --chown / chown / install -o is the runtime user, and why not. */
function ownership(owner: string, user: string, ownerAccounts: Accounts, runtimeAccounts: Accounts): Ownership {
  const ownerUid = uidOf(owner, ownerAccounts);
  const userUid = uidOf(user, runtimeAccounts);
  const ownerName = owner.split(':')[0];
  if (ownerUid === undefined)
    return { owned: false, en: `"${ownerName}" is not a user of the image when ownership is given, so the build stops with "invalid user"`, pt: `"${ownerName}" não é um usuário da imagem quando a posse é passada, então o build para com "invalid user"` };
  if (ownerUid === 0) return { owned: false, en: `${UPLOADS} belongs to root`, pt: `${UPLOADS} pertence ao root` };
  if (ownerName === user.split(':')[0] || (ownerUid !== null && ownerUid === userUid)) return { owned: true, en: '', pt: '' };
  return {
    owned: false,
    en: `${UPLOADS} belongs to ${describeUid(owner, ownerAccounts)}, but the app runs as ${describeUid(user, runtimeAccounts)}`,
    pt: `${UPLOADS} pertence a ${describeUidPt(owner, ownerAccounts)}, mas a aplicação roda como ${describeUidPt(user, runtimeAccounts)}`,
  };
}

/** The USER the app runs as, with the image's accounts; user null when that is root. */
function runtime(stage: Stage): { user: string | null; written: string | null; accounts: Accounts } {
  const accounts = accountsBefore(stage, null);
  const last = lastUser(stage);
  if (last) return { user: uidOf(last.user, accounts) === 0 ? null : last.user, written: last.user, accounts };
  return { user: baseRunsAsNonRoot(stage) ? 'nonroot' : null, written: null, accounts };
}

const graders: DockerfileGraders = {
  language: 'dockerfile',
  requirements: {
    'non-root-user': onFinalStage((final) => {
      const { user, written, accounts } = runtime(final);
      if (written !== null && user === null) {
        const name = written.split(':')[0];
        const alias = name !== 'root' && !/^\d+$/.test(name) && name !== '';
        return fail(
          `"USER ${written}" is root${alias ? ` (${name} was given uid 0)` : written.trim() === '' ? ' (the value is empty)' : ''}: uid 0 in the container is uid 0 on the host, held back only by namespaces and capabilities.`,
          `"USER ${written}" é root${alias ? ` (${name} recebeu o uid 0)` : written.trim() === '' ? ' (o valor está vazio)' : ''}: o uid 0 no contêiner é o uid 0 do host, contido só por namespaces e capabilities.`,
        );
      }
      if (user === null) return fail('The final stage never sets USER, so the app runs as root.', 'O estágio final nunca define USER, então a aplicação roda como root.');
      return pass(`The app runs as ${describeUid(user, accounts)}.`, `A aplicação roda como ${describeUidPt(user, accounts)}.`);
    }),
    'user-exists'(submission) {
      const final = finalStage(submission.model);
      const user = final ? runtime(final).user : null;
      if (!final || !user) return fail('There is no non-root USER yet.', 'Ainda não há um USER que não seja root.');
      const name = user.split(':')[0];
      if (/^\d+$/.test(name)) return pass(`uid ${name} needs no entry in /etc/passwd.`, `O uid ${name} não precisa de entrada no /etc/passwd.`);
      const userLine = lastUser(final)?.instruction ?? null;
      if (accountsBefore(final, userLine).has(name)) return pass(`The user "${name}" exists in the image.`, `O usuário "${name}" existe na imagem.`);
      return fail(
        `"USER ${user}" names a user the image does not have: the container fails with "unable to find user ${name}". Create it first (useradd / adduser) or use a numeric uid.`,
        `"USER ${user}" aponta para um usuário que a imagem não tem: o contêiner falha com "unable to find user ${name}". Crie o usuário antes (useradd / adduser) ou use um uid numérico.`,
      );
    },
    'root-steps-first': onFinalStage((final) => {
      const instructions = inheritedInstructions(final);
      let user = 'root';
      for (const instruction of instructions) {
        if (instruction.keyword === 'USER' && instruction.args.length > 0) user = expand(instruction.args[0].value, instruction);
        if (instruction.keyword !== 'RUN' || uidOf(user, accountsBefore(final, instruction)) === 0) continue;
        const call = callsOf(instruction).find((candidate) => needsRoot(candidate, instructions));
        if (call)
          return fail(
            `"${call.name} ${argValues(call).join(' ')}" runs after "USER ${user}" and needs root: it fails with "Permission denied". Do the root steps first and switch user at the end.`,
            `"${call.name} ${argValues(call).join(' ')}" roda depois do "USER ${user}" e precisa de root: falha com "Permission denied". Faça os passos de root antes e troque de usuário no fim.`,
          );
      }
      const installed = surelyRun(callsOfRuns(instructions)).filter(isAptInstall).flatMap((call) => packagesOf(call).map((word) => packageName(word.value)));
      if (!installed.includes(RUNTIME_PACKAGE))
        return fail(
          `The image no longer installs ${RUNTIME_PACKAGE}, which the app needs to reach PostgreSQL: keep the apt-get install, and run it before USER.`,
          `A imagem não instala mais o ${RUNTIME_PACKAGE}, de que a aplicação precisa para falar com o PostgreSQL: mantenha o apt-get install e rode antes do USER.`,
        );
      return pass('Every step that needs root runs before the switch to the unprivileged user.', 'Todo passo que precisa de root roda antes da troca para o usuário sem privilégios.');
    }),
    'uploads-writable'(submission) {
      const final = finalStage(submission.model);
      const { user, accounts } = final ? runtime(final) : { user: null, accounts: new Map() as Accounts };
      if (!final || !user) return fail('There is no non-root USER yet.', 'Ainda não há um USER que não seja root.');
      const covers = (path: string, recursive: boolean) => path === UPLOADS || (recursive && UPLOADS.startsWith(`${path.replace(/\/$/, '')}/`));
      let state: Ownership = { owned: false, en: `${UPLOADS} belongs to root`, pt: `${UPLOADS} pertence ao root` };
      const give = (owner: string, instruction: Instruction, call?: CommandCall) => {
        state = ownership(expand(owner, instruction), user, accountsBefore(final, call ?? instruction), accounts);
      };
      let current = 'root';
      for (const instruction of inheritedInstructions(final)) {
        if (instruction.keyword === 'USER' && instruction.args.length > 0) current = expand(instruction.args[0].value, instruction);
        if (instruction.keyword === 'COPY' || instruction.keyword === 'ADD') {
          for (const copy of copiedPaths(final).filter((candidate) => candidate.instruction === instruction)) {
            if (!covers(copy.target, copy.folder)) continue;
            if (copy.chown === null) state = { owned: false, en: `${UPLOADS} belongs to root`, pt: `${UPLOADS} pertence ao root` };
            else give(copy.chown, instruction);
          }
        }
        // Only root may give files away: a chown after the switch fails (root-steps-first says so) and changes nothing.
        if (instruction.keyword !== 'RUN' || uidOf(current, accountsBefore(final, instruction)) !== 0) continue;
        const workdir = workdirAt(final, instruction);
        for (const call of surelyRun(callsOf(instruction))) {
          if (call.name === 'chown') {
            const [owner, ...paths] = positionals(argValues(call));
            const recursive = argValues(call).some((arg) => /^-[A-Za-z]*R/.test(arg) || arg === '--recursive');
            if (owner && paths.some((path) => covers(resolvePath(workdir, path), recursive))) give(owner, instruction, call);
          } else if (call.name === 'install' && argValues(call).includes('-d')) {
            const ownerIndex = argValues(call).indexOf('-o');
            const owner = ownerIndex === -1 ? null : argValues(call)[ownerIndex + 1];
            if (owner && positionals(argValues(call), ['-o', '-g', '-m']).some((path) => covers(resolvePath(workdir, path), false))) give(owner, instruction, call);
          } else if (call.name === 'chmod' && !state.owned) {
            const [mode, ...paths] = positionals(argValues(call));
            const everyone = /^[0-7]*[2367]$/.test(mode ?? '') || /(?:^|,)[ao]*\+[rwxXst]*w/.test(mode ?? '');
            if (everyone && paths.some((path) => covers(resolvePath(workdir, path), argValues(call).some((arg) => /^-[A-Za-z]*R/.test(arg)))))
              state = { owned: false, en: `chmod ${mode} lets every user of the container write to ${UPLOADS}, but it still belongs to root`, pt: `chmod ${mode} deixa qualquer usuário do contêiner gravar em ${UPLOADS}, mas a pasta continua do root` };
          }
        }
      }
      if (state.owned) return pass(`${UPLOADS} belongs to ${user}, so the app can write its uploads.`, `${UPLOADS} pertence a ${user}, então a aplicação consegue gravar os uploads.`);
      return fail(
        `${state.en}: give ${UPLOADS} to the user the app runs as, ${describeUid(user, accounts)} (COPY --chown=… or chown after the last COPY).`,
        `${state.pt}: passe ${UPLOADS} para o usuário com que a aplicação roda, ${describeUidPt(user, accounts)} (COPY --chown=… ou chown depois do último COPY).`,
      );
    },
  },
};

export default graders;
