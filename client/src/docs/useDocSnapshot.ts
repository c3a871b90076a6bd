/**
 * Plain data read from Yjs documents for React: read again at most once a frame after one of the
 * watched parts changes, and cached until then, so typing elsewhere on the board does not re-read
 * it. The one pattern behind the board's views of the family tree, the plan, attendance and the
 * decisions.
 */
import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

/** The part of a Yjs type this needs (Y.Map and Y.Array differ in their event types). */
export interface Observable {
  observeDeep(f: () => void): void;
  unobserveDeep(f: () => void): void;
}

/**
 * `changed` may be called any number of times: `forget` and `listener` run once, in the next
 * frame. `stop` drops a pending call (when the store is unsubscribed) but still forgets: a change
 * that came in just before, if the store is subscribed to again, is read then, never lost.
 */
export function onceAFrame(forget: () => void, listener: () => void) {
  let frame = 0;
  return {
    changed() {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        forget();
        listener();
      });
    },
    stop() {
      if (!frame) return;
      cancelAnimationFrame(frame);
      frame = 0;
      forget();
    },
  };
}

interface SnapshotStore<T> {
  subscribe(listener: () => void): () => void;
  get(): T;
}

/** Reads once, then again only after a watched part changed (at most once a frame). */
function snapshotStore<T>(read: () => T, watch: () => Observable[]): SnapshotStore<T> {
  let value: { v: T } | null = null;
  return {
    subscribe(listener) {
      const { changed, stop } = onceAFrame(() => (value = null), listener);
      const watched = watch();
      for (const type of watched) type.observeDeep(changed);
      return () => {
        stop();
        for (const type of watched) type.unobserveDeep(changed);
      };
    },
    get() {
      value ??= { v: read() };
      return value.v;
    },
  };
}

/**
 * `read()` and `watch()` are called with the (at most two) documents given in `docs`; the store
 * is made anew only when one of those documents changes identity.
 */
export function useDocSnapshot<T>(
  docs: readonly [Y.Doc | null, (Y.Doc | null)?],
  read: () => T,
  watch: () => Observable[],
): T {
  const [first, second] = docs;
  // `read` and `watch` depend only on the documents, which are the dependencies.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const store = useMemo(() => snapshotStore(read, watch), [first, second]);
  return useSyncExternalStore(store.subscribe, store.get);
}
