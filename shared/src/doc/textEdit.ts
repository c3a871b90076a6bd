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

export interface TextEdit {
  /** The words as they were when editing began. */
  readonly base: string;
  /** Writes the draft (merged with any concurrent change); false when the item has gone. */
  save(next: string): boolean;
  /** Drops the draft. */
  cancel(): void;
}

interface Op {
  /** Where, in the words the edit began from. */
  at: number;
  remove: number;
  insert: string;
}

/** Above this many cells the middle is replaced whole (still correct, merges less finely). */
const MAX_DIFF_CELLS = 250_000;

/**
 * The insertions and deletions turning `a` into `b`, by the longest common subsequence of what
 * lies between their common start and end; positions are in `a`, in order.
 */
export function textOps(a: string, b: string): Op[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const x = a.slice(start, endA);
  const y = b.slice(start, endB);
  if (x.length === 0 && y.length === 0) return [];
  if (x.length === 0 || y.length === 0 || (x.length + 1) * (y.length + 1) > MAX_DIFF_CELLS)
    return [{ at: start, remove: x.length, insert: y }];
  // lcs[i][j]: the longest common subsequence of x[i..] and y[j..].
  const w = y.length + 1;
  const lcs = new Uint32Array((x.length + 1) * w);
  for (let i = x.length - 1; i >= 0; i--)
    for (let j = y.length - 1; j >= 0; j--)
      lcs[i * w + j] =
        x[i] === y[j]
          ? (lcs[(i + 1) * w + j + 1] ?? 0) + 1
          : Math.max(lcs[(i + 1) * w + j] ?? 0, lcs[i * w + j + 1] ?? 0);
  const ops: Op[] = [];
  let op: Op | null = null;
  const flush = () => {
    if (op && (op.remove > 0 || op.insert)) ops.push(op);
    op = null;
  };
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) {
    if (i < x.length && j < y.length && x[i] === y[j]) {
      flush();
      i++;
      j++;
    } else if (j < y.length && (i === x.length || (lcs[i * w + j + 1] ?? 0) >= (lcs[(i + 1) * w + j] ?? 0))) {
      op ??= { at: start + i, remove: 0, insert: '' };
      op.insert += y[j];
      j++;
    } else {
      op ??= { at: start + i, remove: 0, insert: '' };
      op.remove++;
      i++;
    }
  }
  flush();
  return ops;
}

/** Applies `textOps(text, next)` to a Y.Text holding `text`, last first so positions hold. */
function applyOps(yText: Y.Text, ops: Op[]): void {
  for (const op of [...ops].reverse()) {
    if (op.remove > 0) yText.delete(op.at, op.remove);
    if (op.insert) yText.insert(op.at, op.insert);
  }
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
