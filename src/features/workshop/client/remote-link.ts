// A phone remote's link, `?remote&room=<id>#key=<k>`: read by the loader before reveal.js rewrites the hash to
// its slide, then taken out of the address bar. The key moves slides only; it is kept for this tab so a reload
// still works. No imports: the loader, which every page carries, stays small.

export interface RemoteLink { room: string; key: string }

const storageKey = (room: string) => `workshop:remote:${room}`;

export function remoteLinkFromUrl(): RemoteLink | null {
  const params = new URLSearchParams(location.search);
  const room = params.get('room');
  if (!params.has('remote') || !room || !/^[\w-]{1,64}$/.test(room)) return null;
  const fromHash = /^#key=([\w-]{16,128})$/.exec(location.hash)?.[1];
  if (fromHash) history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  const key = fromHash ?? stored(room);
  if (fromHash) store(room, fromHash);
  return key ? { room, key } : null;
}

// Storage may be refused (a private window's settings): the remote then works until a reload.
function stored(room: string): string | null {
  try {
    return sessionStorage.getItem(storageKey(room));
  } catch {
    return null;
  }
}

function store(room: string, key: string): void {
  try {
    sessionStorage.setItem(storageKey(room), key);
  } catch {
    // kept for this page only
  }
}
