/**
 * The value from the last render when `same` says the new one is equal to it, so a memoised child
 * given a freshly built array or object of the same content (a list filtered again after an
 * unrelated change) does not draw again.
 */
import { useState } from 'react';

export function useSame<T>(next: T, same: (a: T, b: T) => boolean): T {
  // React's pattern for information from earlier renders: set during render, redrawn at once.
  const [kept, setKept] = useState(next);
  if (kept === next || same(kept, next)) return kept;
  setKept(() => next);
  return next;
}

/** Two arrays of the same length whose elements are pairwise `same`. */
export function sameArray<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): boolean {
  return a.length === b.length && a.every((x, i) => same(x, b[i] as T));
}
