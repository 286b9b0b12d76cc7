// The checker's cost must grow linearly with its input. Timing is left to `npm run bench:checker`
// (noisy timings are never asserted here); this test counts work instead, which is deterministic:
// every read of an element of `model.instructions`, `model.stages` or `stage.instructions`, every
// step along `stage.baseStage` and every lookup in `instruction.variables` made by the rules while
// checking an input of size n and of size 2n. A rule that walks a stage chain per stage, scans the
// whole file per instruction or copies the variables per lookup reads ~4× as much at 2n, not ~2×.
import { describe, expect, it } from 'vitest';
import { checkModel } from '../../src/checker/engine.ts';
import { parseDockerfile } from '../../src/checker/model/parse.ts';
import type { VariableScope } from '../../src/checker/model/scope.ts';
import type { DockerfileModel } from '../../src/checker/model/types.ts';

const lines = (n: number, line: (i: number) => string) => Array.from({ length: n }, (_, i) => line(i)).join('\n');

const FAMILIES: Record<string, (n: number) => string> = {
  'chained stages': (n) => `FROM alpine:3.20 AS s0\n${lines(n, (i) => `FROM s${i} AS s${i + 1}\nRUN echo ${i}`)}`,
  'chained stages with ENV, HEALTHCHECK, COPY, apt-get': (n) =>
    `FROM debian:12-slim AS s0\n${lines(n, (i) => `FROM s${i} AS s${i + 1}\nENV E${i}=$E${i - 1}/x\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\nCOPY a.txt rel/\nRUN apt-get update && apt-get install -y p${i} && echo $U${i}`)}`,
  'sibling stages': (n) => `FROM alpine:3.20 AS base\n${lines(n, (i) => `FROM base AS s${i}\nWORKDIR /w${i}\nCOPY --from=base /a /b${i}`)}`,
  'ENV lines': (n) => `FROM alpine:3.20\n${lines(n, (i) => `ENV V${i}=v${i} W${i}=\${V${i}}-x`)}\nCOPY . $V1`,
  'ARG lines': (n) => `${lines(n, (i) => `ARG G${i}=x${i}`)}\nFROM alpine:3.20\n${lines(n, (i) => `ARG G${i}\nARG L${i}=$G${i}`)}`,
  'undefined variables': (n) => `FROM scratch\n${lines(n, (i) => `ENV V${i}=$W${i}\nCOPY a /$TARGETARCH${i}/$V${i}x`)}`,
  'COPY --from': (n) => `${lines(n / 10, (i) => `FROM alpine:3.20 AS b${i}\nRUN echo ${i}`)}\nFROM alpine:3.20\n${lines(n, (i) => `COPY --from=b${i % (n / 10)} /out /out${i}`)}`,
  'RUN && chains': (n) => `FROM debian:12\n${lines(n, (i) => `RUN apt-get update && apt-get install -y pkg${i} && cd /tmp && make && rm -rf /var/lib/apt/lists/*`)}`,
  'LABEL lines': (n) => `FROM alpine:3.20\n${lines(n, (i) => `LABEL org.example.k${i}="value ${i}"`)}`,
  'comment lines': (n) => `FROM alpine:3.20\n${lines(n, (i) => `# hadolint ignore=DL3018 note ${i}`)}\nRUN apk add curl`,
  'heredoc lines': (n) => `FROM debian:12\nRUN <<EOF\n${lines(n, (i) => `apt-get install -y p${i} && echo ${i}`)}\nEOF`,
};

/** Wraps the model so that the rules' reads are counted. */
function instrument(model: DockerfileModel): () => number {
  let reads = 0;
  const counted = <T extends object>(array: T[]): T[] =>
    new Proxy(array, {
      get(target, key, receiver) {
        if (typeof key === 'string' && key !== 'length' && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver);
      },
    });
  const countedScope = (scope: VariableScope): VariableScope =>
    new Proxy(scope, {
      get(target, key) {
        const value = Reflect.get(target, key, target);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          reads++;
          const result = value.apply(target, args);
          // Iterating the variables costs one read per variable.
          if (result && typeof result === 'object' && Symbol.iterator in result) {
            return (function* () {
              for (const item of result as Iterable<unknown>) {
                reads++;
                yield item;
              }
            })();
          }
          return result;
        };
      },
    });
  for (const instruction of model.instructions) instruction.variables = countedScope(instruction.variables);
  for (const stage of model.stages) {
    stage.instructions = counted(stage.instructions);
    const base = stage.baseStage;
    Object.defineProperty(stage, 'baseStage', {
      get() {
        reads++;
        return base;
      },
    });
  }
  model.instructions = counted(model.instructions);
  model.stages = counted(model.stages);
  return () => reads;
}

function readsToCheck(text: string): number {
  const model = parseDockerfile(text);
  const reads = instrument(model);
  checkModel(model);
  return reads();
}

describe('checking cost grows linearly with the input', () => {
  for (const [name, make] of Object.entries(FAMILIES)) {
    it(name, () => {
      const n = 200;
      const small = readsToCheck(make(n));
      const large = readsToCheck(make(2 * n));
      expect(small).toBeGreaterThan(0);
      // Linear: about 2×. Quadratic work would read about 4× as much.
      expect(large, `reads at n=${n}: ${small}, at 2n: ${large}`).toBeLessThanOrEqual(2.3 * small + 100);
    });
  }
});
