import { defineRule } from '../define-rule.ts';
import { finalStage } from '../query/commands.ts';
import { inheritedInstructions } from '../query/stages.ts';

export default defineRule({
  meta: {
    id: 'healthcheck-missing',
    aliases: { hadolint: ['DL3057'], trivy: ['DS-0026'] },
    severity: 'info',
    fixable: false,
    lesson: 'healthchecks-and-probes',
    title: { en: 'Add a HEALTHCHECK to the final image', 'pt-BR': 'Adicione um HEALTHCHECK à imagem final' },
    description: {
      en: 'Without a health check, Docker only knows whether the process is running, not whether it answers. A HEALTHCHECK lets `docker ps`, Compose `depends_on: condition: service_healthy` and Swarm notice a stuck service. On Kubernetes, probes replace it, so this is informational.',
      'pt-BR': 'Sem health check, o Docker só sabe se o processo está rodando, não se ele responde. Um HEALTHCHECK permite que o `docker ps`, o `depends_on: condition: service_healthy` do Compose e o Swarm percebam um serviço travado. No Kubernetes as probes fazem esse papel, por isso é só um aviso informativo.',
    },
    examples: { bad: 'FROM nginx:1.30\nCOPY site /usr/share/nginx/html', good: 'FROM nginx:1.30\nCOPY site /usr/share/nginx/html\nHEALTHCHECK --interval=30s --timeout=3s CMD curl -fs http://localhost/ || exit 1' },
    messages: {
      missing: { en: 'The final stage has no HEALTHCHECK: Docker cannot tell whether the service answers.', 'pt-BR': 'O estágio final não tem HEALTHCHECK: o Docker não consegue saber se o serviço responde.' },
    },
  },
  check(model, report) {
    const stage = finalStage(model);
    if (!stage) return;
    if (inheritedInstructions(stage).some((instruction) => instruction.keyword === 'HEALTHCHECK')) return;
    report({ messageId: 'missing', range: stage.from.keywordRange });
  },
});
