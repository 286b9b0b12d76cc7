import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { expect } from 'vitest';
import { fileURLToPath } from 'node:url';
import { serveDist } from './static-server.ts';

/** The built site; DIST_DIR points elsewhere (e.g. a private `astro build --outDir`) when several builds share a machine. */
export const distDir = process.env.DIST_DIR ? `${process.env.DIST_DIR.replace(/\/$/, '')}/` : fileURLToPath(new URL('../../dist/', import.meta.url));
export const screenshotDir = fileURLToPath(new URL('../../screenshots/', import.meta.url));

/** Debian's Chromium unless CHROMIUM_PATH says otherwise (Playwright's own browser download is not used). */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Site {
  origin: string;
  browser: Browser;
  close(): Promise<void>;
}

/** Serves a build (the one under test unless told otherwise) to a fresh Chromium. */
export async function openSite(root = distDir): Promise<Site> {
  const server = await serveDist(root);
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  mkdirSync(screenshotDir, { recursive: true });
  return {
    origin: server.origin,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
  /** Requests that tried to leave 127.0.0.1 (they are blocked). */
  foreignRequests: string[];
}

export interface GuardedRequests {
  /** How many requests stayed on 127.0.0.1 (or were data: and blob: URLs). */
  local: number;
  /** The URLs of those that tried to leave it: they are blocked. */
  foreign: string[];
  /** The page each foreign request came from, in the same order. */
  foreignFrom: string[];
}

/** The page a request came from; a service worker's requests have none. */
function pageOf(request: Request): string {
  try {
    return request.frame().page().url();
  } catch {
    return 'a service worker';
  }
}

/** Blocks, and records, every request of `context` that would leave 127.0.0.1; counts the others. */
export async function guardRequests(context: BrowserContext): Promise<GuardedRequests> {
  const requests: GuardedRequests = { local: 0, foreign: [], foreignFrom: [] };
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1') {
      requests.local++;
      return route.continue();
    }
    requests.foreign.push(url.href);
    requests.foreignFrom.push(pageOf(route.request()));
    return route.abort();
  });
  return requests;
}

/** A fresh context whose page records console errors and blocks (and records) any non-local request. */
export async function watchedPage(site: Site, options: Parameters<Browser['newContext']>[0] = {}): Promise<WatchedPage> {
  const context = await site.browser.newContext(options);
  const errors: string[] = [];
  const { foreign: foreignRequests } = await guardRequests(context);
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return { page, context, errors, foreignRequests };
}

/** The page logged no console error and asked nothing of another host; closes its context unless `keepOpen`. */
export async function expectClean(watched: WatchedPage, { keepOpen = false } = {}): Promise<void> {
  expect(watched.errors, 'console errors').toEqual([]);
  expect(watched.foreignRequests, 'requests that left 127.0.0.1').toEqual([]);
  if (!keepOpen) await watched.context.close();
}
