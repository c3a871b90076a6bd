/**
 * Document update rows in SQLite. Appends go to the update writer's own connection, synced by
 * group commit (WalWriter.ts); loads and compaction run on the main connection, compaction in one
 * IMMEDIATE transaction. A load first waits for every append made so far to be on disk, so it
 * never returns a row that could still be lost. Rows arrive and leave sealed
 * (sealing/SealedDocuments.ts).
 */
import type Database from 'better-sqlite3';
import type { DocumentsBackend, SealedUpdateRow, StoredUpdateRow } from '../ports/documents.ts';
import { blob, bound, type Row } from './rows.ts';
import { WalWriter } from './WalWriter.ts';

export class SqliteDocuments implements DocumentsBackend {
  private readonly writer: WalWriter;

  constructor(
    private readonly db: Database.Database,
    file: string,
  ) {
    this.writer = new WalWriter(file);
  }

  appendRows(rows: { docName: string; row: SealedUpdateRow | null }[]): Promise<number[]> {
    return this.writer.write(rows);
  }

  async loadRows(docName: string): Promise<StoredUpdateRow[]> {
    await this.writer.durable();
    const rows = this.db
      .prepare('SELECT seq, data, bytes, frames FROM doc_updates WHERE doc_name = ? ORDER BY seq')
      .all(docName) as Row[];
    return rows.map((r) => ({
      seq: Number(r.seq),
      data: blob(r.data),
      bytes: Number(r.bytes),
      frames: Number(r.frames),
    }));
  }

  async replaceRows(docName: string, row: SealedUpdateRow, uptoSeq: number): Promise<void> {
    this.db
      .transaction(() => {
        this.db.prepare('DELETE FROM doc_updates WHERE doc_name = ? AND seq <= ?').run(docName, uptoSeq);
        this.db
          .prepare('INSERT INTO doc_updates (doc_name, data, bytes, frames) VALUES (?, ?, ?, ?)')
          .run(docName, bound(row.data), row.bytes, row.frames);
      })
      .immediate();
  }

  /** Writes already sent are finished first. */
  close(): Promise<void> {
    return this.writer.close();
  }
}
