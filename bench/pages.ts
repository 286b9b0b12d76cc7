/**
 * `npm run bench:pages`: build time, and the JS/CSS a first visit downloads on each kind of page, raw and gzip,
 * against the budgets. It prints figures; it never fails a build (budgets are enforced elsewhere, with a margin).
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { kb, pageWeight } from './page-weight.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist`;

const started = performance.now();
execFileSync(process.execPath, [`${root}node_modules/astro/bin/astro.mjs`, 'build'], { cwd: root, stdio: 'ignore' });
const buildSeconds = (performance.now() - started) / 1000;

const pages = [
  { label: 'reading page', path: 'en/what-is-a-container', budgetJsGzip: 30 * 1024 },
  { label: 'reading page (pt-BR)', path: 'pt-br/history', budgetJsGzip: 30 * 1024 },
  { label: 'lesson deck', path: 'en/what-is-a-container/slides', budgetJsGzip: 80 * 1024 },
  { label: 'talk deck', path: 'en/talk', budgetJsGzip: 80 * 1024 },
  { label: 'course home', path: 'en', budgetJsGzip: 30 * 1024 },
];

console.log(`build: ${buildSeconds.toFixed(1)} s (astro build, including Pagefind)\n`);
console.log('page                    JS raw    JS gzip   budget    CSS raw   CSS gzip  files(js/css)');
for (const page of pages) {
  const { js, css } = pageWeight(dist, page.path);
  const ratio = js.gzip / page.budgetJsGzip;
  console.log(
    `${page.label.padEnd(22)}  ${kb(js.raw).padStart(8)}  ${kb(js.gzip).padStart(8)}  ${(ratio * 100).toFixed(0).padStart(4)}% of ${kb(page.budgetJsGzip).padEnd(8)} ${kb(css.raw).padStart(8)}  ${kb(css.gzip).padStart(8)}  ${js.files}/${css.files}`,
  );
}
