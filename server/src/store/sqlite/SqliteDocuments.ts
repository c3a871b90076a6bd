/**
 * Document update rows in SQLite. Appends go to the update writer's own connection on a worker
 * thread (UpdateWriter.ts); loads and compaction run on the main connection, compaction in one
 * IMMEDIATE transaction. Rows arrive and leave sealed (sealing/SealedDocuments.ts).
 */
import type Database from 'better-sqlite3';
import type { DocumentsBackend, SealedUpdateRow, StoredUpdateRow } from '../ports/documents.ts';
import { blob, bound, type Row } from './rows.ts';
import { UpdateWriter } from './UpdateWriter.ts';

export class SqliteDocuments implements DocumentsBackend {
  private readonly writer: UpdateWriter;

  constructor(
    private readonly db: Database.Database,
    file: string,
  ) {
    this.writer = new UpdateWriter(file);
  }

  appendRows(rows: { docName: string; row: SealedUpdateRow | null }[]): Promise<number[]> {
    return this.writer.write(rows);
  }

  async loadRows(docName: string): Promise<StoredUpdateRow[]> {
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
