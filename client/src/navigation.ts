/**
 * A tiny pathname router: `navigate` changes the address without a reload, `usePathname` re-renders
 * on every change (including the browser's back and forward buttons).
 */
import { useSyncExternalStore } from 'react';

const CHANGE = 'cb:navigate';

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(CHANGE));
  window.scrollTo(0, 0);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

const location = () => window.location.pathname + window.location.search;

/** The current path and query, e.g. `/signin?next=%2Fadmin`. */
export function useLocation(): string {
  return useSyncExternalStore(subscribe, location);
}

/** A same-site path that is safe to send someone back to after signing in, or null. */
export function safeNext(raw: string | null): string | null {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return null;
  // Browsers drop tabs and newlines from a URL and read `\` as `/`, so "/\t/elsewhere" would
  // become "//elsewhere", another site: refuse control characters and backslashes anywhere.
  for (const ch of raw) if (ch < ' ' || ch === '\u007f' || ch === '\\') return null;
  return raw;
}

/** The sign-in page, coming back to where the person was. */
export function signInPath(): string {
  return `/signin?next=${encodeURIComponent(location())}`;
}
