/**
 * Editing an item's words in place as a draft that merges with anyone else's edit of the same
 * words. Pure: takes Y.Docs, does no I/O.
 *
 * The editor holds a draft (the text box) while someone else may change the same item. Saving by
 * diffing the draft against the text as it is NOW would undo their change (it is not in the draft).
 * So editing begins with a fork: a copy of the document as the editor saw it. On save the draft is
 * written into the fork, as the few insertions and deletions that turn the words the editor began
 * from into the draft, and the fork's new operations are applied to the live document as one update.
 * Yjs then merges them character by character with whatever happened meanwhile, exactly as two
 * people typing at once would be merged.
 */
import * as Y from 'yjs';
import { findItem, LOCAL_ORIGIN, replaceText } from './boardWrite.ts';
import { applyOps, textOps } from './textDiff.ts';

export interface TextEdit {
  /** The words as they were when editing began. */
  readonly base: string;
  /** Writes the draft (merged with any concurrent change); false when the item has gone. */
  save(next: string): boolean;
  /** Drops the draft. */
  cancel(): void;
}

const textOf = (map: Y.Map<unknown> | undefined): Y.Text | null => {
  const t = map?.get('text');
  return t instanceof Y.Text ? t : null;
};

/** Begins editing an item's words; null when there is no such item. */
export function beginTextEdit(docs: (Y.Doc | null)[], id: string): TextEdit | null {
  const found = findItem(docs, id);
  const text = textOf(found?.map);
  if (!found || !text) return null;
  const base = text.toString();
  let fork: Y.Doc | null = new Y.Doc();
  Y.applyUpdate(fork, Y.encodeStateAsUpdate(found.doc));
  const drop = () => {
    fork?.destroy();
    fork = null;
  };
  return {
    base,
    save(next) {
      const now = findItem(docs, id);
      const live = textOf(now?.map);
      const copy = fork ? textOf(findItem([fork], id)?.map) : null;
      try {
        if (!now || !live) return false;
        // Moved meanwhile (to or from professionals-only: a new item in the other document), or
        // saved twice: the fork no longer describes this text, so write the draft over it as it is.
        if (!fork || !copy || now.doc !== found.doc || now.map !== found.map) {
          replaceText(live, next);
          return true;
        }
        const before = Y.encodeStateVector(fork);
        const ops = textOps(base, next);
        if (ops.length === 0) return true;
        fork.transact(() => applyOps(copy, ops));
        Y.applyUpdate(found.doc, Y.encodeStateAsUpdate(fork, before), LOCAL_ORIGIN);
        return true;
      } finally {
        drop();
      }
    },
    cancel: drop,
  };
}
