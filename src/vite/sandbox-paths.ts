/**
 * Pages that embed the WebContainer lab: only these are cross-origin isolated (COOP/COEP also restrict what a
 * page may embed, so the rest of the site stays without them). One list for dev, preview and the host configs.
 */
export const ISOLATED_PATH = /^\/(en|pt-br)\/healthchecks-and-probes\//;

export const isolationHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'credentialless',
} as const;
