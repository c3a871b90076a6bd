/**
 * The family tree as plain data, read again (at most once a frame) when the genogram part of the
 * public document changes; edits elsewhere on the board do not re-read it.
 */
import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { docParts } from '@cb/shared/doc/schema';
import { readGenogram, type GenogramModel } from '@cb/shared/genogram/model';

const EMPTY_MODEL: GenogramModel = { people: [], relationships: [], households: [] };

interface ModelStore {
  subscribe(listener: () => void): () => void;
  get(): GenogramModel;
}

function modelStore(doc: Y.Doc | null): ModelStore {
  if (!doc) return { subscribe: () => () => {}, get: () => EMPTY_MODEL };
  const genogram = docParts(doc).genogram;
  let model: GenogramModel | null = null;
  return {
    subscribe(listener) {
      let frame = 0;
      const changed = () => {
        if (frame) return;
        frame = requestAnimationFrame(() => {
          frame = 0;
          model = null;
          listener();
        });
      };
      genogram.observeDeep(changed);
      return () => {
        cancelAnimationFrame(frame);
        genogram.unobserveDeep(changed);
      };
    },
    get() {
      model ??= readGenogram(doc);
      return model;
    },
  };
}

export function useGenogram(doc: Y.Doc | null): GenogramModel {
  const store = useMemo(() => modelStore(doc), [doc]);
  return useSyncExternalStore(store.subscribe, store.get);
}
