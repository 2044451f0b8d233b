// Hash routing: `#/nhiem-vu?nhom=I&q=noi+vu`. The screen and its filters live in the address, so a
// reload keeps both and other screens can link to a filtered list.

export interface HashRoute {
  /** First path segment without slashes, e.g. `nhiem-vu`; '' for the start page. */
  path: string;
  query: URLSearchParams;
}

export type QueryPatch = Record<string, string | null | undefined>;

const REPLACED = 'thbc:hashreplace';

export function parseHash(hash: string): HashRoute {
  const raw = hash.replace(/^#\/?/, '');
  const at = raw.indexOf('?');
  const path = (at >= 0 ? raw.slice(0, at) : raw).replace(/\/+$/, '');
  return { path, query: new URLSearchParams(at >= 0 ? raw.slice(at + 1) : '') };
}

/** `#/path?a=1`, leaving out empty values. */
export function formatHash(path: string, query?: QueryPatch | URLSearchParams): string {
  const params = new URLSearchParams();
  const entries =
    query instanceof URLSearchParams ? [...query.entries()] : Object.entries(query ?? {});
  for (const [k, v] of entries) if (v !== null && v !== undefined && v !== '') params.set(k, v);
  const search = params.toString();
  return `#/${path}${search ? `?${search}` : ''}`;
}

export function subscribeHash(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  window.addEventListener(REPLACED, onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener(REPLACED, onChange);
  };
}

export function currentHash(): string {
  return window.location.hash;
}

/**
 * Goes to `hash`. `replace` rewrites the current history entry (typing in a search box should not
 * fill the Back button with one entry per letter).
 */
export function goTo(hash: string, options: { replace?: boolean } = {}): void {
  if (hash === window.location.hash) return;
  if (options.replace) {
    window.history.replaceState(window.history.state, '', hash);
    window.dispatchEvent(new Event(REPLACED));
  } else {
    window.location.hash = hash;
  }
}
