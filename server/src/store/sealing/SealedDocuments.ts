/**
 * Document updates sealed with the data key: ONE seal per document per batch. A batch's single
 * update is sealed as is (frames 0, the format of every row written before frames existed); two
 * or more are framed (updateFrames.ts) and sealed together. Loading gives back every update on
 * its own, as appended, whichever kind of row holds it.
 */
import type { Cipher } from '../../crypto.ts';
import type { DocumentsBackend, DocumentsPort, SealedUpdateRow, StoredUpdates } from '../ports/documents.ts';
import { AAD } from './aad.ts';
import { frameUpdates, unframeUpdates } from './updateFrames.ts';

const asView = (b: Buffer): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

export class SealedDocuments implements DocumentsPort {
  constructor(
    private readonly rows: DocumentsBackend,
    private readonly cipher: Cipher,
  ) {}

  /** The row for one document's batch; null when there is nothing to store. */
  private seal(docName: string, updates: readonly Uint8Array[]): SealedUpdateRow | null {
    const [first] = updates;
    if (!first) return null;
    if (updates.length === 1)
      return { data: this.cipher.encrypt(first, AAD.update(docName)), bytes: first.byteLength, frames: 0 };
    let bytes = 0;
    for (const u of updates) bytes += u.byteLength;
    const frame = frameUpdates(updates);
    const data = this.cipher.encrypt(frame, AAD.updateFrames(docName, updates.length));
    return { data, bytes, frames: updates.length };
  }

  async appendUpdates(docName: string, updates: Uint8Array[]): Promise<number> {
    const [last] = await this.appendUpdateBatches([{ docName, updates }]);
    return last ?? 0;
  }

  async appendUpdateBatches(batches: { docName: string; updates: Uint8Array[] }[]): Promise<number[]> {
    return this.rows.appendRows(
      batches.map(({ docName, updates }) => ({ docName, row: this.seal(docName, updates) })),
    );
  }

  async loadUpdates(docName: string): Promise<StoredUpdates> {
    const rows = await this.rows.loadRows(docName);
    const updates: Uint8Array[] = [];
    let bytes = 0;
    for (const row of rows) {
      bytes += row.bytes;
      if (row.frames === 0) {
        updates.push(asView(this.cipher.decrypt(row.data, AAD.update(docName))));
        continue;
      }
      const frame = this.cipher.decrypt(row.data, AAD.updateFrames(docName, row.frames));
      for (const u of unframeUpdates(frame, row.frames)) updates.push(u);
    }
    return { updates, lastSeq: rows.at(-1)?.seq ?? 0, bytes };
  }

  async compact(docName: string, merged: Uint8Array, uptoSeq: number): Promise<void> {
    const row = {
      data: this.cipher.encrypt(merged, AAD.update(docName)),
      bytes: merged.byteLength,
      frames: 0,
    };
    await this.rows.replaceRows(docName, row, uptoSeq);
  }
}
