// Benchmark for the Dockerfile checker (not a test: timings are printed, never asserted).
// Run with `npm run bench:checker` (node bench/checker.ts).
// `node bench/checker.ts --families` runs only the input families (linear cost), `--families stages env` some of them.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { validate } from 'dockerfile-utils';
import { checkModel } from '../src/checker/engine.ts';
import { checkDockerfile, rules } from '../src/checker/index.ts';
import { parseDockerfile } from '../src/checker/model/parse.ts';
import type { DockerfileModel } from '../src/checker/model/types.ts';

const corpusDir = fileURLToPath(new URL('../../shared/corpus/dockerfiles/', import.meta.url));
const ROUNDS = 5;

function listDockerfiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) found.push(...listDockerfiles(path));
    else if (entry.startsWith('Dockerfile')) found.push(path);
  }
  return found;
}

const familiesArg = process.argv.indexOf('--families');
const onlyFamilies = familiesArg === -1 ? null : process.argv.slice(familiesArg + 1);
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const fmt = (value: number) => value.toFixed(value < 10 ? 2 : 1).padStart(8);

function corpusBenchmark(): void {
  const texts = listDockerfiles(corpusDir).map((file) => readFileSync(file, 'utf8'));

  function timeCorpus(run: (text: string) => unknown): number {
    const start = process.hrtime.bigint();
    for (const text of texts) run(text);
    return ms(start);
  }

  function percentile(sorted: number[], p: number): number {
    return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
  }

  const ours = (text: string) => checkDockerfile(text);
  const theirs = (text: string) => validate(text);

  // Warm up both sides so the JIT has compiled the hot paths.
  for (let i = 0; i < 3; i++) {
    timeCorpus(ours);
    timeCorpus(theirs);
  }

  // Interleave the two sides, several rounds, and keep the best round of each.
  const oursRounds: number[] = [];
  const theirsRounds: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    oursRounds.push(timeCorpus(ours));
    theirsRounds.push(timeCorpus(theirs));
  }
  const oursBest = Math.min(...oursRounds);
  const theirsBest = Math.min(...theirsRounds);

  const perFile: number[] = [];
  const typicalPerFile: number[] = [];
  for (const text of texts) {
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const start = process.hrtime.bigint();
      checkDockerfile(text);
      best = Math.min(best, ms(start));
    }
    perFile.push(best);
    if (text.split('\n').length <= 200) typicalPerFile.push(best);
  }
  perFile.sort((a, b) => a - b);
  typicalPerFile.sort((a, b) => a - b);

  function bigFile(lines: number): string {
    const out: string[] = [];
    for (let i = 0; out.length < lines; i = (i + 1) % texts.length) out.push(...texts[i].split('\n'));
    return out.slice(0, lines).join('\n');
  }

  function best(run: () => void, times = 3): number {
    let result = Infinity;
    for (let i = 0; i < times; i++) {
      const start = process.hrtime.bigint();
      run();
      result = Math.min(result, ms(start));
    }
    return result;
  }

  const tenThousand = bigFile(10_000);
  const tenThousandOurs = best(() => checkDockerfile(tenThousand));
  const tenThousandTheirs = best(() => validate(tenThousand));

  // Scaling: the same content repeated 1×, 2×, 4×, measured in interleaved rounds and keeping the
  // best round of each size, so GC pauses and other load on the machine do not decide the ratio.
  // Even so, expect ±15% on a busy machine: compare several runs before concluding.
  const scalingBase = texts.filter((text) => text.split('\n').length <= 200).slice(0, 60).join('\n');
  const scalingInputs = [1, 2, 4].map((factor) => ({ factor, text: Array(factor).fill(scalingBase).join('\n') }));
  const scalingBest = scalingInputs.map(() => Infinity);
  for (let round = 0; round < 20; round++) {
    scalingInputs.forEach(({ text }, k) => {
      const start = process.hrtime.bigint();
      checkDockerfile(text);
      scalingBest[k] = Math.min(scalingBest[k], ms(start));
    });
  }
  const scaling = scalingInputs.map(({ factor, text }, k) => ({ factor, lines: text.split('\n').length, time: scalingBest[k] }));

  const lines = texts.reduce((sum, text) => sum + text.split('\n').length, 0);
  console.log(`Dockerfile checker benchmark — ${rules.length} rules, ${texts.length} corpus files, ${lines} lines, Node ${process.version}`);
  console.log('');
  console.log('                                   ours (ms)  dockerfile-utils validate() (ms)  ratio');
  console.log(`whole corpus (best of ${ROUNDS})         ${fmt(oursBest)}  ${fmt(theirsBest)}                          ${(oursBest / theirsBest).toFixed(2)}×`);
  console.log(`10,000-line file                  ${fmt(tenThousandOurs)}  ${fmt(tenThousandTheirs)}                          ${(tenThousandOurs / tenThousandTheirs).toFixed(2)}×`);
  console.log('');
  console.log(`per file: p50 ${percentile(perFile, 50).toFixed(3)} ms, p99 ${percentile(perFile, 99).toFixed(3)} ms, max ${perFile[perFile.length - 1].toFixed(2)} ms`);
  console.log(`typical files (≤ 200 lines, ${typicalPerFile.length}): p50 ${percentile(typicalPerFile, 50).toFixed(3)} ms, p99 ${percentile(typicalPerFile, 99).toFixed(3)} ms`);
  console.log('');
  console.log('scaling (same content repeated; best of 20 interleaved rounds, relative to 1×)');
  for (const row of scaling) console.log(`  ${row.factor}× ${String(row.lines).padStart(6)} lines ${fmt(row.time)} ms  ${(row.time / scaling[0].time).toFixed(2)}×`);
  console.log('');
  console.log('targets: typical p50 ≤ 3 ms; corpus ≤ 1.0× validate(); 2× input ≤ 2.3× time');
}

// Input families: each built at n, 2n and 4n and checked in full (parse + every rule), in this
// process. Time is the best of a few runs; "heap" is what the parsed model keeps after a full GC,
// "peak" the most heap in use while checking. Linear cost: each doubling ≤ 2.2× the time.
interface Family {
  name: string;
  /** What n counts. */
  unit: string;
  n: number;
  make: (n: number) => string;
}

const lines = (n: number, line: (i: number) => string) => Array.from({ length: n }, (_, i) => line(i)).join('\n');

const FAMILIES: Family[] = [
  { name: 'stages', unit: 'chained stages', n: 5_000, make: (n) => `FROM alpine:3.20 AS s0\n${lines(n - 1, (i) => `FROM s${i} AS s${i + 1}\nRUN echo ${i}`)}` },
  {
    name: 'stages-env',
    unit: 'chained stages with ENV, HEALTHCHECK, COPY',
    n: 2_500,
    make: (n) => `FROM alpine:3.20 AS s0\n${lines(n - 1, (i) => `FROM s${i} AS s${i + 1}\nENV E${i}=$E${i - 1}/x\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\nCOPY a.txt rel/\nRUN echo $E${i}`)}`,
  },
  { name: 'env', unit: 'ENV lines', n: 10_000, make: (n) => `FROM alpine:3.20\n${lines(n, (i) => `ENV V${i}=v${i} W${i}=\${V${i}}-${i}`)}\nRUN echo $V1` },
  {
    name: 'arg',
    unit: 'ARGs (half global, half in the stage)',
    n: 10_000,
    make: (n) => `${lines(n / 2, (i) => `ARG A${i}=x${i}`)}\nFROM alpine:3.20\n${lines(n / 2, (i) => `ARG A${i}`)}\nCOPY . /app/$A1`,
  },
  { name: 'undefined-var', unit: 'ENV lines using undefined variables', n: 2_500, make: (n) => `FROM alpine:3.20\n${lines(n, (i) => `ENV V${i}=$W${i}`)}` },
  { name: 'path-append', unit: 'ENV PATH=…:$PATH lines', n: 2_500, make: (n) => `FROM debian:12\n${lines(n, (i) => `ENV PATH=/opt/p${i}/bin:$PATH`)}\nRUN echo "$PATH"` },
  {
    name: 'run-chains',
    unit: 'RUN lines with && chains',
    n: 2_500,
    make: (n) => `FROM debian:12\n${lines(n, (i) => `RUN apt-get update && apt-get install -y pkg${i} && cd /tmp && make && make install && rm -rf /var/lib/apt/lists/*`)}`,
  },
  { name: 'heredoc', unit: 'heredoc lines', n: 10_000, make: (n) => `FROM debian:12\nRUN <<EOF\n${lines(n, (i) => `echo line ${i} && apt-get install -y p${i}`)}\nEOF` },
  { name: 'continuation', unit: 'continuation lines in one RUN', n: 10_000, make: (n) => `FROM debian:12\nRUN apt-get update \\\n${lines(n, (i) => ` && apt-get install -y pkg${i} \\`)}\n && true` },
  {
    name: 'copy-from',
    unit: 'COPY --from lines (one builder stage per 5)',
    n: 5_000,
    make: (n) => `${lines(n / 5, (i) => `FROM alpine:3.20 AS b${i}\nRUN echo ${i}`)}\nFROM alpine:3.20\n${lines(n, (i) => `COPY --from=b${i % (n / 5)} /out /out${i}`)}`,
  },
  { name: 'labels', unit: 'LABEL lines', n: 10_000, make: (n) => `FROM alpine:3.20\n${lines(n, (i) => `LABEL org.example.k${i}="value ${i}"`)}` },
  { name: 'comments', unit: 'comment lines above one instruction', n: 10_000, make: (n) => `FROM alpine:3.20\n${lines(n, (i) => `# hadolint ignore=DL3018 note ${i}`)}\nRUN apk add curl` },
  { name: 'long-line', unit: 'bytes in one RUN line', n: 1 << 20, make: (n) => `FROM alpine:3.20\nRUN ${'echo a && '.repeat(Math.floor(n / 10))}true` },
  { name: 'nested-subst', unit: 'levels of "$( … )" nesting', n: 10_000, make: (n) => `FROM alpine:3.20\nRUN echo ${'"$(echo '.repeat(n)}x${')"'.repeat(n)}` },
  {
    name: 'nested-sh',
    unit: 'RUN sh -c "bash -c \'sh -c …\'" lines',
    n: 2_500,
    make: (n) => `FROM debian:12\n${lines(n, (i) => `RUN sh -c "bash -c 'sh -c \\"apt-get install -y p${i} && curl -s http://x | sh\\"'"`)}`,
  },
  { name: 'unclosed', unit: 'RUN lines with unclosed quotes and $( ${ `', n: 10_000, make: (n) => `FROM debian:12\n${lines(n, (i) => `RUN echo "$(a \${b \`c 'd ${i}`)}` },
];

function exposeGc(): (() => void) | null {
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return null;
  }
}

const held: { model: DockerfileModel | null } = { model: null };

function parseAndCheck(text: string): DockerfileModel {
  const model = parseDockerfile(text);
  checkModel(model);
  return model;
}

/**
 * Heap the model of `text` keeps once checked: heap in use while it is held minus once it is let go, both after
 * a full GC (so code the GC flushes in between does not count). Models live only in `held`: no stale local keeps one alive.
 */
function modelHeap(text: string, gc: (() => void) | null): number {
  held.model = parseAndCheck(text);
  gc?.();
  gc?.();
  const holding = process.memoryUsage().heapUsed;
  held.model = null;
  gc?.();
  gc?.();
  return holding - process.memoryUsage().heapUsed;
}

function familiesBenchmark(only: string[]): void {
  const gc = exposeGc();
  const selected = only.length > 0 ? FAMILIES.filter((family) => only.includes(family.name)) : FAMILIES;
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)}`.padStart(6);
  console.log('');
  console.log(`input families (full checkDockerfile, every rule; best of up to 3 runs; heap = model kept after GC${gc ? '' : ' — GC not exposed, rough'})`);
  console.log('family          n        time n / 2n / 4n (ms)          ratios 2n/n 4n/2n   heap n / 2n / 4n (MB)  peak 4n (MB)');
  // Warm the JIT on a small input of every family, so the first size measured is not the slowest.
  for (const family of selected) checkDockerfile(family.make(Math.max(10, Math.floor(family.n / 20))));
  let worst = { name: '', ratio: 0 };
  for (const family of selected) {
    const times: number[] = [];
    const heaps: number[] = [];
    let peak = 0;
    for (const factor of [1, 2, 4]) {
      // A super-linear path could take minutes at 4n: past 15 s the larger sizes are skipped (shown as NaN).
      if (times.length > 0 && times[times.length - 1] > 15_000) {
        times.push(NaN);
        heaps.push(NaN);
        continue;
      }
      const text = family.make(family.n * factor);
      let best = Infinity;
      let spent = 0;
      for (let run = 0; run < 3 && (run === 0 || spent < 3_000); run++) {
        gc?.();
        const before = process.memoryUsage().heapUsed;
        const start = process.hrtime.bigint();
        checkDockerfile(text);
        const elapsed = ms(start);
        // Heap in use right after the check (garbage not yet collected included): a rough peak.
        if (factor === 4) peak = Math.max(peak, process.memoryUsage().heapUsed - before);
        best = Math.min(best, elapsed);
        spent += elapsed;
      }
      times.push(best);
      // Twice, keeping the larger: now and then a GC still holds the model a moment after it is let go.
      heaps.push(Math.max(modelHeap(text, gc), modelHeap(text, gc)));
    }
    const ratios = [times[1] / times[0], times[2] / times[1]];
    if (Math.max(...ratios) > worst.ratio) worst = { name: family.name, ratio: Math.max(...ratios) };
    console.log(
      `${family.name.padEnd(14)} ${String(family.n).padStart(8)}  ${times.map((time) => fmt(time)).join(' /')}   ${ratios.map((ratio) => `${ratio.toFixed(2)}×`.padStart(7)).join(' ')}   ${heaps.map(mb).join(' /')}   ${mb(peak)}   (${family.unit})`,
    );
  }
  console.log('');
  console.log(`targets: 5,000 stages, 10,000 ENV, 10,000 ARG each < 1,000 ms; each doubling ≤ 2.2× (worst here: ${worst.name} ${worst.ratio.toFixed(2)}×, noisy below ~20 ms)`);
}

if (!onlyFamilies) corpusBenchmark();
familiesBenchmark(onlyFamilies ?? []);
