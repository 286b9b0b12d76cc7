import { describe, expect, it } from 'vitest';
import { missingFromCaches, prepareOffline, type PrepareProgress, type RuntimeAsset } from '../../../src/features/offline/client/prepare.ts';
import { offlinePageHtml } from '../../../src/features/offline/build/offline-page.ts';

const assets: RuntimeAsset[] = [
  { url: '/_astro/editor.api.x.js', bytes: 5, cache: 'astro-assets' },
  { url: '/vm/state.bin.zst', bytes: 8, cache: 'vm-abc' },
  { url: '/vm/bzImage', bytes: 3, cache: 'vm-abc' },
];
const body = (bytes: number) => new Response(new Uint8Array(bytes));

describe('Prepare for offline use', () => {
  it('stores every file in the cache the service worker reads it from and ends with every byte counted', async () => {
    const stored: string[] = [];
    const seen: PrepareProgress[] = [];
    const result = await prepareOffline(assets, (p) => seen.push(p), {
      fetchFile: async (url) => body(assets.find((a) => a.url === url)!.bytes),
      store: async (asset, response) => void stored.push(`${asset.cache} ${asset.url} ${(await response.arrayBuffer()).byteLength}`),
    });
    expect(result.failed).toEqual([]);
    expect(stored.sort()).toEqual(['astro-assets /_astro/editor.api.x.js 5', 'vm-abc /vm/bzImage 3', 'vm-abc /vm/state.bin.zst 8']);
    expect(seen[0]).toEqual({ files: 0, totalFiles: 3, bytes: 0, totalBytes: 16 });
    expect(seen.at(-1)).toEqual({ files: 3, totalFiles: 3, bytes: 16, totalBytes: 16 });
    expect(seen.every((p, i) => i === 0 || p.bytes >= seen[i - 1].bytes)).toBe(true);
  });

  it('reports the files that could not be fetched or stored, and finishes the others', async () => {
    const result = await prepareOffline(assets, () => undefined, {
      fetchFile: async (url) => (url === '/vm/bzImage' ? new Response('gone', { status: 404 }) : body(1)),
      store: async (asset) => {
        if (asset.url === '/vm/state.bin.zst') throw new Error('QuotaExceededError');
      },
    });
    expect(result.failed.sort()).toEqual(['/vm/bzImage', '/vm/state.bin.zst']);
  });

  it('lists what the caches still lack', async () => {
    const missing = await missingFromCaches(assets, async (url) => (url.startsWith('/vm/') ? undefined : new Response('')));
    expect(missing.map((a) => a.url)).toEqual(['/vm/state.bin.zst', '/vm/bzImage']);
  });
});

describe('the offline page', () => {
  it('speaks both languages and links each course home', () => {
    const html = offlinePageHtml();
    expect(html).toContain('<section lang="en">');
    expect(html).toContain('<section lang="pt-BR">');
    expect(html).toContain('You are offline');
    expect(html).toContain('Você está offline');
    expect(html).toContain('<a href="/en/">Course home</a>');
    expect(html).toContain('<a href="/pt-br/">Início do curso</a>');
  });
});
