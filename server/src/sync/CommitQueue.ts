/**
 * Group commit across documents: every document that has updates to store in the same turn of
 * the event loop shares one transaction, so fifty busy conferences cost one fsync a turn, not
 * fifty. A caller's promise resolves only when its updates are durable.
 */
import type { DocumentsPort } from '../store/Store.ts';

interface Pending {
  docName: string;
  updates: Uint8Array[];
  resolve: (lastSeq: number) => void;
  reject: (err: unknown) => void;
}

export class CommitQueue {
  private pending: Pending[] = [];
  private scheduled = false;

  constructor(private readonly store: Pick<DocumentsPort, 'appendUpdateBatches'>) {}

  /** Stores `updates` for `docName`; resolves with the last stored seq. */
  append(docName: string, updates: Uint8Array[]): Promise<number> {
    return new Promise((resolve, reject) => {
      this.pending.push({ docName, updates, resolve, reject });
      if (this.scheduled) return;
      this.scheduled = true;
      setImmediate(() => void this.flush());
    });
  }

  private async flush(): Promise<void> {
    this.scheduled = false;
    const batch = this.pending;
    this.pending = [];
    try {
      const lasts = await this.store.appendUpdateBatches(
        batch.map(({ docName, updates }) => ({ docName, updates })),
      );
      batch.forEach((p, i) => p.resolve(lasts[i] ?? 0));
    } catch (err) {
      for (const p of batch) p.reject(err);
    }
  }
}
