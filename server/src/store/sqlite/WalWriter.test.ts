/**
 * The document writer's group commit, against a real SQLite file: no write is answered before an
 * fdatasync of the WAL that started after its commit has returned, writes made meanwhile share
 * the next one, and a failure loses nothing that was answered.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applyMigrations } from './migrations.ts';
import { type SyncFile, WalWriter } from './WalWriter.ts';

const dirs: string[] = [];
const open: WalWriter[] = [];

function dbFile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cb-wal-'));
  dirs.push(dir);
  const file = path.join(dir, 'cb.db');
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  applyMigrations(db);
  db.close();
  return file;
}

/** fdatasync held until the test lets it go, each call remembered. */
function heldSyncs() {
  const calls: { fd: number; release: (err?: Error) => void }[] = [];
  const sync: SyncFile = (fd, done) => {
    calls.push({ fd, release: (err) => (err ? done(err) : fs.fdatasync(fd, done)) });
  };
  const call = (i: number) => {
    const c = calls[i];
    if (!c) throw new Error(`no fdatasync #${i} was made`);
    return c;
  };
  return { calls, call, sync };
}

function writer(file: string, sync?: SyncFile): WalWriter {
  const w = new WalWriter(file, sync);
  open.push(w);
  return w;
}

const row = (n: number) => ({ data: Buffer.alloc(16, n), bytes: 16, frames: 0 });
const tick = () => new Promise((r) => setImmediate(r));
const rowsIn = (file: string) => {
  const db = new Database(file, { readonly: true });
  const n = (db.prepare('SELECT count(*) AS n FROM doc_updates').get() as { n: number }).n;
  db.close();
  return n;
};

afterEach(async () => {
  for (const w of open.splice(0)) await w.close();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('the document writer', () => {
  it('answers a write only after an fdatasync of the WAL started after its commit', async () => {
    const file = dbFile();
    const { calls, call, sync } = heldSyncs();
    const w = writer(file, sync);
    let answered: number[] | null = null;
    const first = w.write([{ docName: 'a', row: row(1) }]).then((s) => (answered = s));
    await tick();
    expect(calls).toHaveLength(1);
    expect(fs.fstatSync(call(0).fd).ino).toBe(fs.statSync(`${file}-wal`).ino);
    expect(answered).toBeNull();
    expect(rowsIn(file)).toBe(1); // committed, in the WAL, not yet answered
    call(0).release();
    await first;
    expect(answered).toEqual([1]);
  });

  it('shares one fdatasync among the writes made while one is on its way, in order', async () => {
    const { calls, call, sync } = heldSyncs();
    const w = writer(dbFile(), sync);
    const order: string[] = [];
    const a = w.write([{ docName: 'a', row: row(1) }]).then((s) => order.push(`a${s}`));
    const b = w
      .write([
        { docName: 'b', row: row(2) },
        { docName: 'x', row: null },
      ])
      .then((s) => order.push(`b${s}`));
    const c = w.write([{ docName: 'c', row: row(3) }]).then((s) => order.push(`c${s}`));
    await tick();
    expect(calls).toHaveLength(1);
    call(0).release();
    await a;
    await tick();
    // b and c were committed before the first sync returned but after it started: one more.
    expect(order).toEqual(['a1']);
    expect(calls).toHaveLength(2);
    call(1).release();
    await Promise.all([b, c]);
    expect(order).toEqual(['a1', 'b2,0', 'c3']);
    expect(calls).toHaveLength(2);
  });

  it('rejects a write that cannot be committed, writes none of its rows, and goes on', async () => {
    const file = dbFile();
    const w = writer(file);
    const bad = { docName: null as unknown as string, row: row(9) };
    await expect(w.write([{ docName: 'a', row: row(1) }, bad])).rejects.toThrow(/could not store updates/);
    expect(rowsIn(file)).toBe(0);
    expect(await w.write([{ docName: 'a', row: row(2) }])).toEqual([expect.any(Number)]);
    expect(rowsIn(file)).toBe(1);
  });

  it('after a failed fdatasync, fails what it covered and takes nothing more', async () => {
    const { call, sync } = heldSyncs();
    const w = writer(dbFile(), sync);
    const lost = w.write([{ docName: 'a', row: row(1) }]);
    await tick();
    call(0).release(Object.assign(new Error('EIO: i/o error, fdatasync'), { code: 'EIO' }));
    await expect(lost).rejects.toThrow(/could not store updates: EIO/);
    await expect(w.write([{ docName: 'a', row: row(2) }])).rejects.toThrow(/could not store updates/);
    await expect(w.durable()).rejects.toThrow(/could not store updates/);
  });

  it('waits, when asked, until every commit so far is on disk', async () => {
    const { calls, call, sync } = heldSyncs();
    const w = writer(dbFile(), sync);
    await w.durable(); // nothing written: at once
    expect(calls).toHaveLength(0);
    void w.write([{ docName: 'a', row: row(1) }]);
    let done = false;
    const waiting = w.durable().then(() => (done = true));
    await tick();
    expect(done).toBe(false);
    call(0).release();
    await waiting;
    expect(done).toBe(true);
  });

  it('has the WAL checkpointed off the main thread once enough has been written', async () => {
    const file = dbFile();
    const w = writer(file);
    const checkpointed = new Promise<{ log: number; checkpointed: number }>((resolve) => {
      w.checkpointer.onCheckpoint = (reply) => {
        if (reply.type === 'checkpointed') resolve(reply);
      };
    });
    const big = { data: Buffer.alloc(256 * 1024, 7), bytes: 256 * 1024, frames: 0 };
    for (let i = 0; i < 20; i++) await w.write([{ docName: `d${i}`, row: big }]);
    const reply = await checkpointed;
    expect(reply.log).toBeGreaterThan(0);
    expect(reply.checkpointed).toBe(reply.log);
    expect(rowsIn(file)).toBe(20);
  });
});
