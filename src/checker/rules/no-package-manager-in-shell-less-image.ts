import { defineRule } from '../define-rule.ts';
import { toolCalled } from '../query/commands.ts';

const TOOLS = new Set(['apt-get', 'apt', 'apk', 'yum', 'dnf', 'microdnf', 'zypper', 'pip', 'pip3', 'npm', 'curl', 'wget']);

export default defineRule({
  meta: {
    id: 'no-package-manager-in-shell-less-image',
    aliases: {},
    severity: 'error',
    fixable: false,
    lesson: 'distroless',
    title: { en: 'No package managers or downloads in scratch or distroless stages', 'pt-BR': 'Sem gerenciador de pacotes ou downloads em estágios scratch ou distroless' },
    description: {
      en: 'scratch and distroless images ship no package manager, no curl and no wget: that is the point of them. Install and download in a build stage, then `COPY --from` only the files you need into the final stage.',
      'pt-BR': 'Imagens scratch e distroless não trazem gerenciador de pacotes, curl nem wget: esse é justamente o objetivo delas. Instale e baixe o que precisar num estágio de build e depois traga com `COPY --from` só os arquivos necessários para o estágio final.',
    },
    examples: {
      bad: 'FROM gcr.io/distroless/base-debian13\nRUN ["apt-get", "install", "-y", "ca-certificates"]',
      good: 'FROM debian:13-slim AS certs\nRUN apt-get update && apt-get install -y --no-install-recommends ca-certificates\nFROM gcr.io/distroless/base-debian13\nCOPY --from=certs /etc/ssl/certs /etc/ssl/certs',
    },
    messages: {
      missingTool: { en: '{tool} does not exist in a {kind} image: do this in a build stage and COPY --from the result.', 'pt-BR': '{tool} não existe numa imagem {kind}: faça isso num estágio de build e traga o resultado com COPY --from.' },
    },
  },
  check(model, report) {
    for (const stage of model.stages) {
      if (!stage.scratch && !stage.distroless) continue;
      const kind = stage.scratch ? 'scratch' : 'distroless';
      for (const instruction of stage.instructions) {
        if (instruction.keyword !== 'RUN') continue;
        const found = toolCalled(instruction, TOOLS);
        if (found) report({ messageId: 'missingTool', data: { tool: found.tool, kind }, range: found.range });
      }
    }
  },
});
