/**
 * The board as plain data, read again (at most once a frame) whenever either document changes.
 * An external store for React: the snapshot is cached until the documents change.
 */
import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { readBoard, type BoardView } from '@cb/shared/doc/board';
import { onceAFrame } from './useDocSnapshot.ts';

interface BoardStore {
  subscribe(listener: () => void): () => void;
  get(): BoardView | null;
}

const EMPTY: BoardStore = { subscribe: () => () => {}, get: () => null };

function boardStore(publicDoc: Y.Doc, restrictedDoc: Y.Doc | null): BoardStore {
  let view: BoardView | null = null;
  return {
    subscribe(listener) {
      const { changed, stop } = onceAFrame(() => (view = null), listener);
      publicDoc.on('update', changed);
      restrictedDoc?.on('update', changed);
      return () => {
        stop();
        publicDoc.off('update', changed);
        restrictedDoc?.off('update', changed);
      };
    },
    get() {
      view ??= readBoard(publicDoc, restrictedDoc);
      return view;
    },
  };
}

export function useBoardView(publicDoc: Y.Doc | null, restrictedDoc: Y.Doc | null): BoardView | null {
  const store = useMemo(
    () => (publicDoc ? boardStore(publicDoc, restrictedDoc) : EMPTY),
    [publicDoc, restrictedDoc],
  );
  return useSyncExternalStore(store.subscribe, store.get);
}
