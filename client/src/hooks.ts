/** Small hooks used across pages. */
import { useCallback, useEffect, useState } from 'react';
import { pathOf, type GetRoute, type HttpResponses, type RouteParams } from '@cb/shared/protocol';
import { apiGetOnce } from './api.ts';

/** Sets the browser tab's title for the page being shown. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Conference Board` : 'Conference Board';
  }, [title]);
}

export type Loadable<T> =
  { state: 'loading' } | { state: 'loaded'; data: T } | { state: 'failed'; error: unknown };

/**
 * Loads a GET route of the shared table (shared/src/protocol/http.ts), again whenever `reload` is
 * called; its answer's type comes from the table. `params` null: nothing to load yet. `update`
 * changes the loaded data in place (after creating or removing something) without another round
 * trip.
 */
export function useApiData<R extends GetRoute>(route: R, params: RouteParams<R> | null) {
  type T = HttpResponses[R];
  // The path is what identifies a load: a new object with the same values is the same load.
  const path = params === null ? null : pathOf(route, params);
  const [result, setResult] = useState<{ path: string | null; value: Loadable<T> }>({
    path,
    value: { state: 'loading' },
  });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (path === null) return;
    let live = true;
    apiGetOnce<T>(path).then(
      (data) => live && setResult({ path, value: { state: 'loaded', data } }),
      (error: unknown) => live && setResult({ path, value: { state: 'failed', error } }),
    );
    return () => {
      live = false;
    };
  }, [path, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const update = useCallback(
    (change: (data: T) => T) =>
      setResult((r) =>
        r.value.state === 'loaded' ? { ...r, value: { ...r.value, data: change(r.value.data) } } : r,
      ),
    [],
  );
  const loadable: Loadable<T> = result.path === path ? result.value : { state: 'loading' };
  return { loadable, reload, update };
}

/** The current time, refreshed every `intervalMs` (for "waiting 3 minutes"). */
export function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}
