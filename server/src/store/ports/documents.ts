/**
 * Document updates: the record of every accepted Yjs update, appended durably before it is
 * broadcast (see sync/DocRoom.ts), loaded when a document opens, compacted in the background.
 */
import type { Sealed } from './common.ts';

export interface StoredUpdates {
  /** Every stored update, in the order appended. */
  updates: Uint8Array[];
  /** Highest sequence number among them, or 0 when there are none. */
  lastSeq: number;
  /** Their plaintext bytes, all together. */
  bytes: number;
}

export interface DocumentsPort {
  /** Durable when it resolves; the last seq, which covers these updates and all before them. */
  appendUpdates(docName: string, updates: Uint8Array[]): Promise<number>;
  /**
   * Several documents' updates in one durable write (one transaction); each batch's last seq, in
   * order (0 for a batch without updates). A failed write rejects, and stores none of them.
   */
  appendUpdateBatches(batches: { docName: string; updates: Uint8Array[] }[]): Promise<number[]>;
  loadUpdates(docName: string): Promise<StoredUpdates>;
  /** Replaces every stored update with seq ≤ uptoSeq by `merged`, atomically. */
  compact(docName: string, merged: Uint8Array, uptoSeq: number): Promise<void>;
}

/** One stored row of updates, sealed (sealing/documents.ts frames and seals them). */
export interface SealedUpdateRow {
  /**
   * The sealed bytes. appendRows takes ownership of them: a backend may transfer their
   * ArrayBuffer to another thread, leaving it detached here.
   */
  data: Sealed;
  /** Plaintext bytes of the updates in it (frame headers not counted). */
  bytes: number;
  /** 0: one update, sealed as is (every row written before frames existed); n ≥ 1: n, framed. */
  frames: number;
}

export interface StoredUpdateRow extends SealedUpdateRow {
  /** Increasing with every row appended, across all documents (so never reused). */
  seq: number;
}

/** What a backend implements: rows of sealed updates, with their seqs. */
export interface DocumentsBackend {
  /**
   * Appends each batch's row (null: nothing for that batch, answered 0) in ONE transaction, durable
   * (on disk) before it resolves; each row's seq, in order. A failure rejects and writes none.
   */
  appendRows(rows: { docName: string; row: SealedUpdateRow | null }[]): Promise<number[]>;
  /** The document's rows in seq order. */
  loadRows(docName: string): Promise<StoredUpdateRow[]>;
  /** Deletes the document's rows with seq ≤ uptoSeq and appends `row`, atomically. */
  replaceRows(docName: string, row: SealedUpdateRow, uptoSeq: number): Promise<void>;
}
