import { defineRule } from '../define-rule.ts';
import type { Instruction } from '../model/types.ts';
import { callsOf, finalStage, positionals } from '../query/commands.ts';
import { inheritedInstructions } from '../query/stages.ts';
import { baseRunsAsNonRoot, isRootUser, lastUser } from '../query/users.ts';

const ACCOUNT_TOOLS = new Set(['useradd', 'adduser', 'usermod']);
/** Options of useradd and adduser (shadow, Debian and BusyBox) that take a value. */
const ADD_OPTIONS_WITH_VALUE = new Set([
  '-b', '-c', '-d', '-e', '-f', '-g', '-G', '-h', '-k', '-K', '-p', '-P', '-R', '-s', '-u',
  '--base-dir', '--comment', '--home-dir', '--home', '--expiredate', '--inactive', '--gid', '--groups', '--ingroup', '--skel',
  '--key', '--password', '--shell', '--uid', '--root', '--prefix', '--gecos', '--firstuid', '--lastuid', '--conf',
]);
const USERMOD_OPTIONS_WITH_VALUE = new Set([...ADD_OPTIONS_WITH_VALUE, '-l', '--login']);

/** Users given uid 0 by `useradd -o -u 0 name`, `adduser --uid 0 name` or `usermod -u 0 name`, with the line that did it. */
function uidZeroUsers(instructions: Instruction[]): Map<string, number> {
  const users = new Map<string, number>();
  for (const instruction of instructions) {
    if (instruction.keyword !== 'RUN') continue;
    for (const call of callsOf(instruction)) {
      if (!ACCOUNT_TOOLS.has(call.name)) continue;
      const args = call.args.map((word) => word.value);
      const uid = args.flatMap((arg, i) => (arg === '-u' || arg === '--uid' ? [args[i + 1] ?? ''] : /^(?:-u|--uid=)(\d+)$/.exec(arg)?.slice(1) ?? []));
      const name = positionals(call.args, call.name === 'usermod' ? USERMOD_OPTIONS_WITH_VALUE : ADD_OPTIONS_WITH_VALUE).at(-1)?.value;
      if (name && uid.some((value) => /^0+$/.test(value))) users.set(name, call.nameWord.range.line);
    }
  }
  return users;
}

export default defineRule({
  meta: {
    id: 'non-root-user',
    aliases: { hadolint: ['DL3002'], trivy: ['DS-0002'] },
    severity: 'warning',
    fixable: false,
    lesson: 'security-layers',
    title: { en: 'Run the final image as a non-root user', 'pt-BR': 'Rode a imagem final com um usuário que não seja root' },
    description: {
      en: 'Root in a container is the same uid 0 as root on the host, held back only by namespaces, capabilities and seccomp. If the process is compromised or a volume is mounted, root makes the damage much larger. End the final stage with `USER` set to an unprivileged user.',
      'pt-BR': 'O root no container é o mesmo uid 0 do root no host, contido só por namespaces, capabilities e seccomp. Se o processo for comprometido ou um volume for montado, ser root aumenta muito o estrago. Termine o estágio final com `USER` apontando para um usuário sem privilégios.',
    },
    examples: { bad: 'FROM node:24-slim\nCOPY . .\nCMD ["node", "server.js"]', good: 'FROM node:24-slim\nCOPY . .\nUSER node\nCMD ["node", "server.js"]' },
    messages: {
      rootUser: { en: 'The final stage runs as "{user}": switch to an unprivileged user with USER.', 'pt-BR': 'O estágio final roda como "{user}": troque para um usuário sem privilégios com USER.' },
      uidZeroUser: { en: '"{user}" was given uid 0 on line {line}, so the final stage still runs as root: give it its own uid.', 'pt-BR': '"{user}" recebeu o uid 0 na linha {line}, então o estágio final continua rodando como root: dê a ele um uid próprio.' },
      noUser: { en: 'The final stage never sets USER, so the container runs as root.', 'pt-BR': 'O estágio final nunca define USER, então o container roda como root.' },
    },
  },
  check(model, report) {
    const stage = finalStage(model);
    if (!stage) return;
    const last = lastUser(stage);
    if (last) {
      const { user, instruction } = last;
      const range = instruction.args[0].range;
      const uidZeroLine = uidZeroUsers(inheritedInstructions(stage)).get(user.split(':')[0]);
      if (isRootUser(user)) report({ messageId: 'rootUser', data: { user }, range });
      else if (uidZeroLine !== undefined) report({ messageId: 'uidZeroUser', data: { user, line: uidZeroLine }, range });
      return;
    }
    if (!baseRunsAsNonRoot(stage)) report({ messageId: 'noUser', range: stage.from.range });
  },
});
