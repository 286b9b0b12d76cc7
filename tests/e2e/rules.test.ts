import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distDir, openSite, screenshotDir, watchedPage, type Site } from './browser.ts';
import { checkDockerfile, rules } from '../../src/checker/index.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

describe('rule reference', () => {
  it('every rule has a page in both languages, and findings link to them', () => {
    for (const rule of rules) {
      expect(existsSync(`${distDir}/en/rules/${rule.meta.id}/index.html`), rule.meta.id).toBe(true);
      expect(existsSync(`${distDir}/pt-br/rules/${rule.meta.id}/index.html`), rule.meta.id).toBe(true);
    }
    const findings = checkDockerfile('FROM node\nADD app.js /app/\nCMD node /app/app.js\n', { lang: 'pt-BR' });
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) expect(existsSync(`${distDir}${finding.docsUrl}index.html`), finding.docsUrl).toBe(true);
  });

  it('every rule page renders code as code: no raw backticks and no unfilled {placeholders}, in both languages', () => {
    const problems: string[] = [];
    for (const locale of ['en', 'pt-br']) {
      for (const rule of rules) {
        const html = readFileSync(`${distDir}/${locale}/rules/${rule.meta.id}/index.html`, 'utf8');
        const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
        // What a reader sees: text outside tags and outside code blocks (code examples may hold any character).
        const prose = main.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<pre[\s\S]*?<\/pre>/g, '').replace(/<code[\s\S]*?<\/code>/g, '').replace(/<[^>]+>/g, ' ');
        if (prose.includes('`')) problems.push(`${locale}/${rule.meta.id}: raw backtick`);
        const placeholder = /\{\w+\}/.exec(prose);
        if (placeholder) problems.push(`${locale}/${rule.meta.id}: ${placeholder[0]}`);
        const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '';
        if (description.includes('`')) problems.push(`${locale}/${rule.meta.id}: backtick in the page description`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('searching a hadolint code and pressing Enter lands on our rule', async () => {
    const watched = await watchedPage(site);
    const { page } = watched;
    await page.goto(`${site.origin}/en/rules/`);
    const items = page.locator('.rule-list > li');
    expect(await items.count()).toBe(rules.length);
    await page.locator('.rule-filter input[name=q]').fill('dl3020');
    await expect(page.locator('.rule-list > li:not([hidden])').count()).resolves.toBe(1);
    await page.screenshot({ path: `${screenshotDir}/rules-filter-en.png` });
    await Promise.all([page.waitForURL('**/en/rules/prefer-copy-over-add/'), page.locator('.rule-filter input[name=q]').press('Enter')]);
    await expect(page.locator('h1').textContent()).resolves.toBe('Use COPY for local files');
    await expect(page.locator('.sl-markdown-content pre').count()).resolves.toBeGreaterThanOrEqual(2);
    await expect(page.getByRole('link', { name: 'DL3020' }).count()).resolves.toBe(1);
    await page.screenshot({ path: `${screenshotDir}/rule-page-en.png` });
    expect(watched.errors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
    await watched.context.close();
  });

  it('finds Trivy ids written with or without padding, and filters by severity', async () => {
    const watched = await watchedPage(site);
    const { page } = watched;
    await page.goto(`${site.origin}/pt-br/rules/`);
    await page.locator('.rule-filter input[name=q]').fill('DS005');
    await expect(page.locator('.rule-list > li:not([hidden]) code').allTextContents()).resolves.toContain('prefer-copy-over-add');
    await page.locator('.rule-filter input[name=q]').fill('');
    await page.getByLabel('Severidade').selectOption('error');
    const shown = await page.locator('.rule-list > li:not([hidden])').evaluateAll((els) => els.map((e) => e.getAttribute('data-severity')));
    expect(shown.length).toBe(rules.filter((r) => r.meta.severity === 'error').length);
    expect(new Set(shown)).toEqual(new Set(['error']));
    // The filter lives in the URL, so a filtered list can be shared.
    expect(new URL(page.url()).searchParams.get('severity')).toBe('error');
    expect(watched.errors).toEqual([]);
    await watched.context.close();
  });
});
