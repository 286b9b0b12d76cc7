import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { distDir } from './browser.ts';

/** Every HTML file of the built site. */
export function htmlFiles(dir = distDir): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return htmlFiles(path);
      return entry.name.endsWith('.html') ? [path] : [];
    })
    .sort();
}

/** The URL path a static host serves a built file at (`en/x/index.html` → `/en/x/`). */
export const urlPathOf = (file: string) => `/${relative(distDir, file).split(sep).join('/')}`.replace(/\/index\.html$/, '/');

/** Every page of the built site, as URL paths. */
export const sitePaths = () => htmlFiles().map(urlPathOf);

/** Scrolls to the bottom step by step, so islands that load on approach do load, then waits for the network. */
export async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    // A viewport per step: every part of the page is in view once, which is what "on approach" loading needs.
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight) {
      scrollTo(0, y);
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 20)));
    }
  });
  await page.waitForLoadState('networkidle');
}

/** Every page of the context reports CSP violations (DOM events and the console's "Content Security Policy" errors). */
export async function recordViolations(context: BrowserContext): Promise<string[]> {
  const violations: string[] = [];
  await context.exposeBinding('__reportCspViolation', ({ page }, text: string) => void violations.push(`${page.url()}: ${text}`));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation(text: string): void }).__reportCspViolation;
      report(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`);
    });
  });
  const watch = (page: Page) =>
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) violations.push(`${page.url()}: console: ${message.text()}`);
    });
  context.pages().forEach(watch);
  context.on('page', watch);
  return violations;
}
