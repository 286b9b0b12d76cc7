import { defineRule } from '../define-rule.ts';
import { finalStage } from '../query/commands.ts';
import { inheritedInstructions } from '../query/stages.ts';

const ROOT = /^(?:root|0)(?::.*)?$/;

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
      'pt-BR': 'O root no contêiner é o mesmo uid 0 do root no host, contido só por namespaces, capabilities e seccomp. Se o processo for comprometido ou um volume for montado, ser root aumenta muito o estrago. Termine o estágio final com `USER` apontando para um usuário sem privilégios.',
    },
    examples: { bad: 'FROM node:22-slim\nCOPY . .\nCMD ["node", "server.js"]', good: 'FROM node:22-slim\nCOPY . .\nUSER node\nCMD ["node", "server.js"]' },
    messages: {
      rootUser: { en: 'The final stage runs as "{user}": switch to an unprivileged user with USER.', 'pt-BR': 'O estágio final roda como "{user}": troque para um usuário sem privilégios com USER.' },
      noUser: { en: 'The final stage never sets USER, so the container runs as root.', 'pt-BR': 'O estágio final nunca define USER, então o contêiner roda como root.' },
    },
  },
  check(model, report) {
    const stage = finalStage(model);
    if (!stage) return;
    const users = inheritedInstructions(stage).filter((instruction) => instruction.keyword === 'USER' && instruction.args.length > 0);
    const last = users[users.length - 1];
    if (last) {
      const user = last.args[0].value;
      if (ROOT.test(user)) report({ messageId: 'rootUser', data: { user }, range: last.args[0].range });
      return;
    }
    const base = stage.baseStage ? null : stage.baseImage;
    const nonRootByDefault = base !== null && (/nonroot/.test(base.tag ?? '') || (base.registry === 'cgr.dev' && !(base.tag ?? '').includes('dev')));
    if (!nonRootByDefault) report({ messageId: 'noUser', range: stage.from.range });
  },
});
