// The offline status's first state and the lines the client redraws.
import { describe, expect, it } from 'vitest';
import { toMarkup } from '../../../src/ui/dom.ts';
import { translateFrom } from '../../../src/ui/strings.ts';
import { megabytes, offlineStatusView, progressLine, stateLine } from '../../../src/features/offline/view.ts';
import en from '../../../src/translations/en.json' with { type: 'json' };

const t = translateFrom(en);

describe('offline status view', () => {
  it('starts at "checking", with "Prepare" and the update prompt hidden', () => {
    const markup = offlineStatusView(t).map(toMarkup).join('');
    expect(markup).toContain(`<p data-offline-state role="status">${en['offline.checking']}</p>`);
    expect(markup).toContain('<div data-offline-prepare hidden>');
    expect(markup).toContain('<div class="offline-update" data-offline-update role="status" hidden>');
    expect(stateLine('readyAll', t)).toBe(en['offline.readyAll']);
  });

  it('counts files and megabytes in the page language', () => {
    expect(megabytes(12_345_678, 'pt-BR')).toBe('12,3 MB');
    const line = progressLine({ files: 2, totalFiles: 5, bytes: 1_500_000, totalBytes: 9_000_000 }, 'en', t);
    expect(line).toBe(t('offline.progress', { files: 2, total: 5, done: '1.5 MB', size: '9 MB' }));
  });
});
