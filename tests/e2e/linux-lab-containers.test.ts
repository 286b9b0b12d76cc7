// Issue 14's labs in Chromium: every command of a lab typed into the real kernel at a reader's pace (waiting for the
// prompt each time), every step marked done from the transcript, and the progress still there after a reload.
// Each lab runs on the first built English page that embeds it (a lab no page embeds is skipped). DIST_DIR=/tmp/x runs against another build.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distDir, openSite, watchedPage, type Site } from './browser.ts';
import { stepDone, typeLine } from './linux-lab-terminal.ts';

const dist = process.env.LABS_DIST ?? distDir;
const root = join(import.meta.dirname, '..', '..');

/** The first built English page that embeds the lab, as a URL path, or undefined. */
function pageWithLab(id: string): string | undefined {
  const walk = (dir: string): string | undefined => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (/slides|talk/.test(name)) continue;
        const found = walk(path);
        if (found) return found;
      } else if (name === 'index.html' && readFileSync(path, 'utf8').includes(`data-lab-id="${id}"`)) {
        return `/${relative(dist, dir)}/`;
      }
    }
    return undefined;
  };
  return existsSync(join(dist, 'en')) ? walk(join(dist, 'en')) : undefined;
}

interface LabFile { steps: Array<{ id: string; commands: string[] }> }
const labFile = (id: string) => parse(readFileSync(join(root, 'content', 'labs', `${id}.yaml`), 'utf8')) as LabFile;

let site: Site;
beforeAll(async () => {
  site = await openSite(dist);
});
afterAll(async () => site?.close());

async function runLab(id: string, path: string): Promise<void> {
  // The labs are about the machine: the service worker (saving the whole site beside it) stays off.
  const watched = await watchedPage(site, { serviceWorkers: 'block' });
  const { page, context } = watched;
  await page.goto(`${site.origin}${path}`);
  const lab = page.locator(`linux-lab[data-lab-id="${id}"]`);
  await lab.scrollIntoViewIfNeeded();
  await lab.getByRole('button', { name: /^(Start lab|Iniciar o laboratório)$/ }).click();
  await expect.poll(() => lab.getAttribute('data-state'), { timeout: 90_000 }).toBe('running');
  await expect.poll(() => lab.locator('.linux-lab-status').textContent(), { timeout: 60_000 }).toContain('ready');
  for (const step of labFile(id).steps) {
    for (const command of step.commands) await typeLine(page, lab, command);
    await expect.poll(() => stepDone(lab, step.id), { timeout: 20_000 }).toBe('');
  }
  await page.reload();
  await page.waitForLoadState('networkidle');
  const reloaded = page.locator(`linux-lab[data-lab-id="${id}"]`);
  for (const step of labFile(id).steps) expect(await stepDone(reloaded, step.id)).toBe('');
  expect(watched.errors.filter((e) => !e.includes('was received when fetching the script'))).toEqual([]);
  await context.close();
}

describe('container labs (v86 in Chromium)', () => {
  const oci = pageWithLab('oci');
  const networking = pageWithLab('networking');
  const storage = pageWithLab('storage');
  const dockerRun = pageWithLab('docker-run');

  it.skipIf(!oci)('OCI runtime: crun spec, run, look from the host, update a limit, kill and delete', { timeout: 600_000 }, async () => {
    await runLab('oci', oci!);
  });

  it.skipIf(!networking)('networking: veth, a bridge with three containers, NAT, a published port', { timeout: 600_000 }, async () => {
    await runLab('networking', networking!);
  });

  it.skipIf(!storage)('storage: overlayfs by hand, a whiteout, two layers stacked, pivot_root into them', { timeout: 600_000 }, async () => {
    await runLab('storage', storage!);
  });

  it.skipIf(!dockerRun)('capstone, docker run unpacked: layers, docker0 with NAT, a bundle with a memory limit, crun, the published port', { timeout: 600_000 }, async () => {
    await runLab('docker-run', dockerRun!);
  });
});
