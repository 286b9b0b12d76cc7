import { defineRule } from '../define-rule.ts';
import { callsOf, finalStage } from '../query/commands.ts';
import { rootStage } from '../query/stages.ts';

/** Images that hold a compiler or build tool, not a runtime. */
const TOOLCHAINS: Record<string, string> = {
  golang: 'a static binary on scratch or gcr.io/distroless/static',
  rust: 'the binary on debian:slim or distroless/cc',
  gcc: 'the binary on debian:slim or distroless/cc',
  maven: 'the jar on eclipse-temurin:<version>-jre',
  gradle: 'the jar on eclipse-temurin:<version>-jre',
  'mcr.microsoft.com/dotnet/sdk': 'mcr.microsoft.com/dotnet/aspnet or runtime',
};

export default defineRule({
  meta: {
    id: 'multi-stage-build-toolchain',
    aliases: {},
    severity: 'warning',
    fixable: false,
    lesson: 'small-images',
    title: { en: 'Do not ship the build toolchain', 'pt-BR': 'Não entregue o toolchain de build' },
    description: {
      en: 'Compiler images (golang, rust, gcc, maven, gradle, .NET SDK) weigh hundreds of MB and carry tools an attacker would love to find. Build in a first stage and copy only the result into a small runtime image in the final stage.',
      'pt-BR': 'Imagens de compilador (golang, rust, gcc, maven, gradle, .NET SDK) pesam centenas de MB e trazem ferramentas que um atacante adoraria encontrar. Compile num primeiro estágio e copie só o resultado para uma imagem de runtime pequena no estágio final.',
    },
    examples: {
      bad: 'FROM golang:1.27\nCOPY . .\nRUN go build -o /app\nCMD ["/app"]',
      good: 'FROM golang:1.27 AS build\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /app\nFROM gcr.io/distroless/static-debian13:nonroot\nCOPY --from=build /app /app\nCMD ["/app"]',
    },
    messages: {
      toolchainInFinal: { en: 'The final stage is based on the "{image}" build image: build in an earlier stage and ship {runtime}.', 'pt-BR': 'O estágio final usa a imagem de build "{image}": compile num estágio anterior e entregue {runtime}.' },
      nodeBuildInFinal: { en: 'The final stage builds the app on the full "{image}" image: build in an earlier stage and copy the output onto a slim image.', 'pt-BR': 'O estágio final faz o build da aplicação na imagem completa "{image}": faça o build num estágio anterior e copie o resultado para uma imagem slim.' },
    },
  },
  check(model, report) {
    const stage = finalStage(model);
    if (!stage) return;
    const root = rootStage(stage);
    const image = root.baseImage;
    if (!root.baseImageRange || image.raw.includes('$')) return;
    const name = image.registry ? `${image.registry}/${image.repository}` : image.repository;
    const range = stage.baseImageRange ?? stage.from.keywordRange;
    if (TOOLCHAINS[name] && !/(?:^|-)(?:runtime|jre)/.test(image.tag ?? '')) {
      report({ messageId: 'toolchainInFinal', data: { image: image.raw, runtime: TOOLCHAINS[name] }, range });
      return;
    }
    if (name === 'node' && !/(?:slim|alpine)/.test(image.tag ?? '')) {
      const builds = stage.instructions.some((instruction) => instruction.keyword === 'RUN' && callsOf(instruction).some((call) => ['npm', 'yarn', 'pnpm'].includes(call.name) && call.args.some((word, i) => word.value === 'build' && (i === 0 || call.args[i - 1].value === 'run'))));
      if (builds) report({ messageId: 'nodeBuildInFinal', data: { image: image.raw }, range });
    }
  },
});
