// Which precached pages can answer a navigation when the network cannot.

/** The precache key of the page (the site's URLs end in `/`), then the offline page. */
export function navigationFallbacks(pathname: string, offlinePage: string): [page: string, offline: string] {
  const clean = pathname.replace(/\/index\.html$/, '/');
  const page = clean.endsWith('/') || /\.\w+$/.test(clean) ? clean : `${clean}/`;
  return [page, offlinePage];
}
