/**
 * Plain data read from a Yjs document for React: read again at most once a frame after the
 * document (or, when given, one part of it) changes, and cached until then. The one pattern behind
 * the board's views of the genogram, the plan and the decisions.
 */
import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

interface SnapshotStore<T> {
  subscribe(listener: () => void): () => void;
  get(): T;
}

/**
 * `read(doc)` must return a new value only when called again after a change; `part` narrows what
 * is watched (e.g. one top-level map), so edits elsewhere on the board do not re-read.
 */
export function useDocSnapshot<T>(
  doc: Y.Doc | null,
  read: (doc: Y.Doc) => T,
  empty: T,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any Yjs type; only observeDeep is used
  part?: (doc: Y.Doc) => Y.AbstractType<any>,
): T {
  const store = useMemo((): SnapshotStore<T> => {
    if (!doc) return { subscribe: () => () => {}, get: () => empty };
    let value: { v: T } | null = null;
    return {
      subscribe(listener) {
        let frame = 0;
        const changed = () => {
          if (frame) return;
          frame = requestAnimationFrame(() => {
            frame = 0;
            value = null;
            listener();
          });
        };
        const watched = part?.(doc) ?? null;
        if (watched) watched.observeDeep(changed);
        else doc.on('update', changed);
        return () => {
          cancelAnimationFrame(frame);
          if (watched) watched.unobserveDeep(changed);
          else doc.off('update', changed);
        };
      },
      get() {
        value ??= { v: read(doc) };
        return value.v;
      },
    };
    // `read`, `empty` and `part` are module-level functions and constants at every call site.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [doc]);
  return useSyncExternalStore(store.subscribe, store.get);
}
