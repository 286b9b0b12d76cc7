import { defineRule } from '../define-rule.ts';
import { callsOf, toolCalled } from '../query/commands.ts';
import { missingDownloaders } from '../query/images.ts';
import type { Stage } from '../model/types.ts';
import { holdsInChain, rootStage } from '../query/stages.ts';

export default defineRule({
  meta: {
    id: 'healthcheck-tool-missing',
    aliases: {},
    severity: 'warning',
    fixable: false,
    lesson: 'healthchecks-and-probes',
    title: { en: 'HEALTHCHECK uses a tool the image lacks', 'pt-BR': 'O HEALTHCHECK usa uma ferramenta que a imagem não tem' },
    description: {
      en: 'Slim, Alpine, distroless and scratch images leave out curl (and often wget). A HEALTHCHECK that calls a missing tool fails every time, so the container is marked unhealthy even though the service is fine. Install the tool, use what the image has (busybox wget on Alpine), or ship a tiny health-check binary.',
      'pt-BR': 'Imagens slim, Alpine, distroless e scratch deixam o curl de fora (e muitas vezes o wget também). Um HEALTHCHECK que chama uma ferramenta ausente falha sempre, e o container fica unhealthy mesmo com o serviço funcionando. Instale a ferramenta, use o que a imagem tem (o wget do busybox no Alpine) ou inclua um binário pequeno de health check.',
    },
    examples: {
      bad: 'FROM python:3.13-slim\nHEALTHCHECK CMD curl -f http://localhost:8000/health || exit 1',
      good: 'FROM python:3.13-slim\nHEALTHCHECK CMD ["python", "-c", "import urllib.request; urllib.request.urlopen(\'http://localhost:8000/health\')"]',
    },
    messages: {
      missingTool: { en: '{tool} is not installed in {image}: this HEALTHCHECK will always fail.', 'pt-BR': '{tool} não vem instalado em {image}: este HEALTHCHECK vai falhar sempre.' },
    },
  },
  check(model, report) {
    // Every stage of a chain has the same root, so "installed somewhere in the chain" is memoised per stage (linear in long chains).
    const missingByRoot = new Map<Stage, Set<string>>();
    const missingFor = (root: Stage) => missingByRoot.get(root) ?? missingByRoot.set(root, missingDownloaders(root)).get(root)!;
    const installedIn = holdsInChain((link) => {
      const missing = missingFor(rootStage(link));
      return link.instructions.some(
        (instruction) => instruction.keyword === 'RUN' && callsOf(instruction).some((call) => call.args.some((word) => missing.has(word.value))),
      ) || link.instructions.some((instruction) => (instruction.keyword === 'COPY' || instruction.keyword === 'ADD') && instruction.args.some((word) => /(?:^|\/)(?:curl|wget)$/.test(word.value)));
    });
    for (const stage of model.stages) {
      if (!stage.instructions.some((instruction) => instruction.keyword === 'HEALTHCHECK')) continue;
      const root = rootStage(stage);
      const missing = missingFor(root);
      if (missing.size === 0) continue;
      if (installedIn(stage)) continue;
      for (const instruction of stage.instructions) {
        if (instruction.keyword !== 'HEALTHCHECK') continue;
        const image = root.scratch ? 'scratch' : root.baseImage.raw;
        const found = toolCalled(instruction, missing);
        if (found) report({ messageId: 'missingTool', data: { tool: found.tool, image }, range: found.range });
      }
    }
  },
});
