/**
 * The board as plain data for React (an external store): read again at most once a frame after
 * a part of the documents it shows changes, and only those parts (boardView.ts), every unchanged
 * item, list and view kept as the same object, so that memoised sections and cards skip drawing.
 */
import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import type { BoardView } from '@cb/shared/doc/board';
import { BoardReader, watchedParts } from './boardView.ts';
import { onceAFrame } from './useDocSnapshot.ts';

interface BoardStore {
  subscribe(listener: () => void): () => void;
  get(): BoardView | null;
}

const EMPTY: BoardStore = { subscribe: () => () => {}, get: () => null };

function boardStore(publicDoc: Y.Doc, restrictedDoc: Y.Doc | null): BoardStore {
  const reader = new BoardReader(publicDoc, restrictedDoc);
  return {
    subscribe(listener) {
      const { changed, stop } = onceAFrame(() => {}, listener);
      const watching = watchedParts(publicDoc, restrictedDoc).map(([type, part]) => {
        const onChange = () => {
          reader.mark(part);
          changed();
        };
        type.observeDeep(onChange);
        return () => type.unobserveDeep(onChange);
      });
      // Whatever changed while nobody listened is read again (unchanged objects are still shared).
      reader.markAll();
      return () => {
        stop();
        for (const unwatch of watching) unwatch();
        reader.markAll();
      };
    },
    get: () => reader.read(),
  };
}

export function useBoardView(publicDoc: Y.Doc | null, restrictedDoc: Y.Doc | null): BoardView | null {
  const store = useMemo(
    () => (publicDoc ? boardStore(publicDoc, restrictedDoc) : EMPTY),
    [publicDoc, restrictedDoc],
  );
  return useSyncExternalStore(store.subscribe, store.get);
}
