import { chromium } from 'playwright-core';
import { serveDist } from '../tests/e2e/static-server.ts';
const server = await serveDist('/tmp/main-dist');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await (await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true })).newPage();
for (const path of ['/en/healthchecks-and-probes/', '/en/cgroups/', '/en/distroless/', '/en/security-layers/', '/en/dockerfile-practices/', '/pt-br/playground/']) {
  await page.goto(server.origin + path);
  await page.addStyleTag({ content: `.exercise { grid-template-columns: minmax(0, 1fr); } details.sim-table { overflow-x: auto; max-width: 100%; } .cg-controls label, .playground-controls label { min-width: 0; max-width: 100%; } .cg-controls label > *, .playground-controls select { max-width: 100%; min-width: 0; } .lab-static { max-width: 100%; overflow-x: auto; }` });
  console.log(path, await page.evaluate(() => {
    const w = document.documentElement.clientWidth;
    const clipped = (el: Element) => { for (let a = el.parentElement; a; a = a.parentElement) { const o = getComputedStyle(a).overflowX; if (o !== 'visible') return a !== document.documentElement && a !== document.body; } return false; };
    const off = [...document.querySelectorAll('main *')].filter((el) => el.getBoundingClientRect().right > w + 1 && !clipped(el));
    const outer = off.filter((el) => !off.includes(el.parentElement!));
    return outer.slice(0, 3).map((el) => `${el.tagName}.${el.className} in ${el.parentElement?.tagName}.${el.parentElement?.className} right=${Math.round(el.getBoundingClientRect().right)}`);
  }));
}
await browser.close(); await server.close();
