/**
 * The few insertions and deletions that turn one text into another, and applying them to a Y.Text:
 * what editing an item's words writes (textEdit.ts, boardWrite.ts replaceText), so that a change in
 * two places is two small changes, and someone else's edit in between survives. Pure.
 */
import type * as Y from 'yjs';

export interface Op {
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
export function applyOps(yText: Y.Text, ops: Op[]): void {
  for (const op of [...ops].reverse()) {
    if (op.remove > 0) yText.delete(op.at, op.remove);
    if (op.insert) yText.insert(op.at, op.insert);
  }
}
