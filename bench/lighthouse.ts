/**
 * `npm run bench:lighthouse` (after a build; DIST_DIR picks another build): Lighthouse's performance, accessibility,
 * best-practices and SEO scores for a reading page, a deck, the playground and a lab page, mobile and desktop, in
 * Debian's Chromium. The site is served from 127.0.0.1 with gzip, as the nginx image and static hosts serve it.
 * Prints scores against the goals (95 / 100 / 100 / 100) and every failing audit; it never fails a build.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import lighthouse, { desktopConfig, type Result } from 'lighthouse';
import { chromiumPath, distDir } from '../tests/e2e/browser.ts';
import { serveDist } from '../tests/e2e/static-server.ts';

// LH_PATHS=/en/talk/,/pt-br/history/ audits other pages instead; LH_PAGES=deck,lab picks from the default ones.
const pages = process.env.LH_PATHS ? process.env.LH_PATHS.split(',').map((path) => ({ label: path.split('/').filter(Boolean).pop() ?? 'home', path })) : [
  { label: 'reading', path: '/en/what-is-a-container/' },
  { label: 'deck', path: '/en/what-is-a-container/slides/' },
  { label: 'playground', path: '/en/playground/' },
  // The lab page: a lesson with interactive simulators (PID namespaces visualizer, namespaces lab).
  { label: 'lab', path: process.env.LAB_PAGE ?? '/en/namespaces/' },
  ];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const goals: Record<(typeof categories)[number], number> = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };
const only = process.env.LH_PAGES?.split(',');
const formFactors = (process.env.LH_FORM_FACTORS ?? 'mobile,desktop').split(',') as Array<'mobile' | 'desktop'>;
// Performance is simulated from a trace of this machine's CPU: on a busy machine take the median of LH_RUNS=3.
const runs = Number(process.env.LH_RUNS ?? 1);

/** A gzip front for the plain static server: Lighthouse's simulated network counts transfer sizes. */
async function gzipProxy(upstream: string) {
  const compressible = /^(text\/|application\/(javascript|json|xml|wasm)|image\/svg)/;
  const server = createServer((req, res) => {
    const forward = request(`${upstream}${req.url}`, { method: req.method, headers: { ...req.headers, 'accept-encoding': 'identity' } }, (up) => {
      const chunks: Buffer[] = [];
      up.on('data', (c: Buffer) => chunks.push(c));
      up.on('end', () => {
        const body = Buffer.concat(chunks);
        const headers = { ...up.headers };
        const gzip = compressible.test(String(headers['content-type'] ?? '')) && /gzip/.test(String(req.headers['accept-encoding'] ?? ''));
        const out = gzip ? gzipSync(body, { level: 6 }) : body;
        if (gzip) headers['content-encoding'] = 'gzip';
        headers['content-length'] = String(out.length);
        res.writeHead(up.statusCode ?? 500, headers).end(out);
      });
    });
    forward.on('error', () => res.writeHead(502).end());
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** Chromium with a DevTools port Lighthouse connects to (same flags as the e2e harness). */
async function launchChromium() {
  const profile = mkdtempSync(join(tmpdir(), 'lighthouse-chromium-'));
  const child = spawn(chromiumPath, [
    '--headless=new', '--remote-debugging-port=0', `--user-data-dir=${profile}`, '--no-sandbox', '--disable-gpu', '--disable-quic',
    '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', 'about:blank',
  ]);
  const port = await new Promise<number>((resolve, reject) => {
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk;
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(stderr);
      if (match) resolve(Number(match[1]));
    });
    child.on('exit', (code) => reject(new Error(`chromium exited (${code}): ${stderr.slice(-500)}`)));
  });
  return {
    port,
    close() {
      child.kill();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const site = await serveDist(distDir);
const proxy = await gzipProxy(site.origin);
const chromium = await launchChromium();
try {
  console.log(`Lighthouse on ${distDir} (served with gzip at ${proxy.origin}); goals: ${categories.map((c) => `${c} ${goals[c]}`).join(', ')}`);
  const [load] = loadavg();
  if (load > availableParallelism()) console.log(`load average ${load.toFixed(1)} on ${availableParallelism()} cores: performance scores (TBT above all) will read low`);
  console.log(runs > 1 ? `median of ${runs} runs per page\n` : '');
  for (const page of pages.filter((p) => !only || only.includes(p.label))) {
    for (const formFactor of formFactors) {
      const lhrs: Result[] = [];
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(
          `${proxy.origin}${page.path}`,
          { port: chromium.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] },
          formFactor === 'desktop' ? desktopConfig : undefined,
        );
        if (!result) throw new Error(`no Lighthouse result for ${page.path}`);
        lhrs.push(result.lhr);
      }
      // The run with the median performance score stands for all (its metrics and failing audits are printed).
      const performance = (l: Result) => l.categories.performance?.score ?? 0;
      const lhr = [...lhrs].sort((a, b) => performance(a) - performance(b))[Math.floor(lhrs.length / 2)];
      const scores = categories.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100));
      const row = categories.map((c, i) => `${c} ${String(scores[i]).padStart(3)}${scores[i] < goals[c] ? '!' : ' '}`).join('  ');
      console.log(`${page.label.padEnd(10)} ${formFactor.padEnd(7)} ${row}   ${page.path}`);
      for (const warning of lhr.runWarnings) console.log(`${''.padEnd(18)} ⚠ ${warning}`);
      const metrics = { FCP: 'first-contentful-paint', LCP: 'largest-contentful-paint', TBT: 'total-blocking-time', CLS: 'cumulative-layout-shift', SI: 'speed-index' };
      console.log(`${''.padEnd(18)} ${Object.entries(metrics).map(([name, id]) => `${name} ${lhr.audits[id]?.displayValue ?? '?'}`).join(', ')}`);
      // Every scored audit that did not pass, so the fix is in the output.
      for (const category of categories) {
        for (const ref of lhr.categories[category]?.auditRefs ?? []) {
          const audit = lhr.audits[ref.id];
          if (ref.weight === 0 || audit.score === null || audit.score >= 0.9 || audit.scoreDisplayMode === 'informative') continue;
          console.log(`${''.padEnd(18)} ✗ ${category}: ${audit.id} — ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
        }
      }
    }
  }
} finally {
  chromium.close();
  await proxy.close();
  await site.close();
}
