/**
 * A key-value view over a Y.Array of `{ key, val }` entries (the idea of y-utility's YKeyValue: an
 * array does not grow a tombstone per overwrite the way one Y.Map entry rewritten per stroke does).
 *
 * Why not y-utility itself: its YKeyValue deletes duplicate entries (left by two concurrent writers)
 * on construction and on every remote change, from whichever client sees them. A read-only viewer
 * that writes is disconnected by the server, so here reading never writes: the rightmost entry for a
 * key wins, deterministically on every peer, and only `write` (the chair's) removes older entries.
 */
import type * as Y from 'yjs';

export interface KeyValueEntry<T> {
  key: string;
  val: T;
}

export interface KeyValueChanges<T> {
  /** Keys added or changed, with their new value. */
  put: Map<string, T>;
  /** Keys removed. */
  removed: string[];
}

export class RecordKeyValue<T> {
  /** The winning entry per key, kept by identity so a diff is a reference comparison. */
  private current = new Map<string, KeyValueEntry<T>>();

  constructor(private readonly yarray: Y.Array<KeyValueEntry<T>>) {
    this.current = this.scan();
  }

  get(key: string): T | undefined {
    return this.current.get(key)?.val;
  }

  values(): T[] {
    return [...this.current.values()].map((e) => e.val);
  }

  /** Calls `listener` after each transaction that changed the array, with what changed. */
  observe(listener: (changes: KeyValueChanges<T>, tr: Y.Transaction) => void): () => void {
    const handler = (_event: Y.YArrayEvent<KeyValueEntry<T>>, tr: Y.Transaction) => {
      const next = this.scan();
      const put = new Map<string, T>();
      for (const [key, entry] of next) if (this.current.get(key) !== entry) put.set(key, entry.val);
      const removed = [...this.current.keys()].filter((key) => !next.has(key));
      this.current = next;
      if (put.size > 0 || removed.length > 0) listener({ put, removed }, tr);
    };
    this.yarray.observe(handler);
    return () => this.yarray.unobserve(handler);
  }

  /**
   * Sets and removes keys. Call inside the caller's `doc.transact` so a batch is one update.
   * Every older entry of a touched key is deleted, which also clears duplicates left by others.
   */
  write(put: Map<string, T>, removed: Iterable<string>): void {
    const touched = new Set<string>([...put.keys(), ...removed]);
    if (touched.size === 0) return;
    const entries = this.yarray.toArray();
    // From the right, so earlier indices stay valid while deleting.
    for (let i = entries.length - 1; i >= 0; i--) {
      const entry = entries[i];
      if (entry && touched.has(entry.key)) this.yarray.delete(i, 1);
    }
    const added = [...put].map(([key, val]) => ({ key, val }));
    if (added.length > 0) this.yarray.push(added);
  }

  private scan(): Map<string, KeyValueEntry<T>> {
    const out = new Map<string, KeyValueEntry<T>>();
    const entries = this.yarray.toArray();
    for (let i = entries.length - 1; i >= 0; i--) {
      const entry = entries[i];
      if (entry && typeof entry.key === 'string' && !out.has(entry.key)) out.set(entry.key, entry);
    }
    return out;
  }
}
