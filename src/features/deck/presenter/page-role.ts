// What a deck page is for, read from its URL: the same page serves the audience, the presenter's window
// (`?presenter`), a remote (`?remote`), the presenter's next-slide preview (`?receiver`, reveal.js's name) and
// reveal.js's print view (`?print-pdf`).
import type { RevealConfig } from 'reveal.js';

export type PageRole = 'audience' | 'presenter' | 'remote' | 'preview' | 'print';

export function pageRole(search: string): PageRole {
  const params = new URLSearchParams(search);
  if (params.has('receiver')) return 'preview';
  if (params.has('print-pdf')) return 'print';
  if (params.has('presenter')) return 'presenter';
  if (params.has('remote')) return 'remote';
  return 'audience';
}

/** reveal.js settings a role changes: the preview jumps without animating; a remote on a phone keeps one slide
 *  at a time (reveal.js would otherwise switch a narrow deck to its scroll view, where next() does not page). */
export function roleConfig(role: PageRole): Partial<RevealConfig> {
  if (role === 'preview') return { transition: 'none', backgroundTransition: 'none' };
  if (role === 'remote') return { scrollActivationWidth: 0 };
  return {};
}
