/**
 * One live Yjs document and the connections that hold it, speaking the standard y-websocket
 * protocol (sync + awareness from y-protocols).
 *
 * Durability: an accepted update is appended to the store, and only when that write has finished
 * is it applied to the document, which broadcasts it. Updates arriving together are written in one
 * transaction (group commit), so a fast typist and fifty conferences share fsyncs.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { DOC_SCHEMA_VERSION, docSchemaVersion, migrateDoc } from '@cb/shared/doc/schema';
import { CloseCode, LIMITS } from '@cb/shared/protocol';
import type { Logger } from '../logger.ts';
import type { DocumentsPort } from '../store/Store.ts';
import { AwarenessViolation, filterAwarenessUpdate, type PresenceIdentity } from './awarenessFilter.ts';
import { extendReach } from './integrable.ts';
import {
  DocumentClosedError,
  DocumentTooNewError,
  MESSAGE_AWARENESS,
  MESSAGE_QUERY_AWARENESS,
  MESSAGE_SYNC,
  ProtocolViolation,
  SYNC_STEP_1,
  SYNC_STEP_2,
  SYNC_UPDATE,
  type SyncConnection,
} from './roomTypes.ts';
import { writeFrom } from './acceptWrite.ts';
import { updateFrom } from './updates.ts';

/** The origin of updates the server makes itself: no connection, so every connection gets them. */
const SERVER_ORIGIN = Symbol('server');

interface Queued {
  update: Uint8Array;
  /** The sender, or null for a change the server made (see `change`). */
  conn: SyncConnection | null;
  /** For the server's own changes: told when the update is stored and applied, or failed. */
  settle?: (err: Error | null) => void;
  /** Per client, the clock a client's update brings the document to (see integrable.ts). */
  ends?: Map<number, number>;
  /** Already applied and broadcast before storing (the benchmark's broadcast-first reference). */
  applied?: boolean;
}

export class DocRoom {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly ready: Promise<void>;
  private readonly conns = new Map<SyncConnection, Set<number>>();
  private queue: Queued[] = [];
  private queuedBytes = 0;
  /** Per client, how far updates accepted but not yet applied (queued, or being stored) reach. */
  private ahead = new Map<number, number>();
  private flushScheduled = false;
  private flushing: Promise<void> | null = null;
  private storedCount = 0;
  private storedBytes = 0;
  private lastSeq = 0;
  private compacting = false;
  private destroyed = false;
  private unloading = false;
  /** The server's own changes run one after another, each on the state the last one left. */
  private changeChain: Promise<void> = Promise.resolve();
  private changesInFlight = 0;
  /** The conference is closed: no update is accepted from anyone, the server included. */
  private frozen = false;

  constructor(
    readonly name: string,
    private readonly store: DocumentsPort,
    private readonly log: Logger,
    private readonly compactAfterUpdates: number,
    /** Where accepted updates are made durable (shared with other rooms for group commit). */
    private readonly commit: (docName: string, updates: Uint8Array[]) => Promise<number> = (name, updates) =>
      store.appendUpdates(name, updates),
    /**
     * Told after accepted updates have been stored and applied (e.g. to schedule a snapshot, or to
     * audit what changed), with who sent them (null: the server's own change).
     */
    private readonly onChanged: (doc: Y.Doc, senders: (PresenceIdentity | null)[]) => void = () => undefined,
    /** Settles when an earlier copy of this document has finished writing and unloading. */
    private readonly after: Promise<void> = Promise.resolve(),
    /**
     * BENCHMARK REFERENCE ONLY (CB_BENCH_BROADCAST_FIRST): clients' updates are applied and
     * broadcast as soon as they pass the checks, before they are stored. Gives up durability.
     */
    private readonly broadcastFirst = false,
  ) {
    this.awareness.setLocalState(null);
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_SYNC);
      encoding.writeVarUint(encoder, SYNC_UPDATE);
      encoding.writeVarUint8Array(encoder, update);
      const message = encoding.toUint8Array(encoder);
      for (const conn of this.conns.keys()) if (conn !== origin) conn.send(message);
    });
    this.awareness.on('update', this.onAwarenessUpdate);
    this.ready = this.load();
  }

  get connectionCount(): number {
    return this.conns.size;
  }

  get idle(): boolean {
    return this.conns.size === 0 && this.queue.length === 0 && this.flushing === null && !this.busy;
  }

  /** A change by the server is under way: the room must not be unloaded under it. */
  get busy(): boolean {
    return this.changesInFlight > 0;
  }

  private async load(): Promise<void> {
    // An earlier copy may still be storing its last updates: loading before that would miss them.
    await this.after.catch(() => undefined);
    const stored = await this.store.loadUpdates(this.name);
    this.storedCount = stored.updates.length;
    this.storedBytes = stored.bytes;
    this.lastSeq = stored.lastSeq;
    this.doc.transact(() => {
      for (const update of stored.updates) {
        try {
          Y.applyUpdate(this.doc, update, 'store');
        } catch (err) {
          this.log.error(
            { doc: this.name, err: (err as Error).message },
            'skipped an unreadable stored update',
          );
        }
      }
    }, 'store');
    await this.bringUpToDate();
  }

  /**
   * Checks the document's schema version once it is loaded: one written by newer software is not
   * served (the room fails to load with DocumentTooNewError); an older one is migrated, the
   * migration stored like any change before anyone sees the document.
   */
  private async bringUpToDate(): Promise<void> {
    const version = docSchemaVersion(this.doc);
    if (version === null || version === DOC_SCHEMA_VERSION) return;
    if (version > DOC_SCHEMA_VERSION) throw new DocumentTooNewError(version);
    const update = updateFrom(this.doc, (doc) => void migrateDoc(doc));
    if (!update) return;
    this.lastSeq = await this.commit(this.name, [update]);
    this.storedCount += 1;
    this.storedBytes += update.byteLength;
    Y.applyUpdate(this.doc, update, SERVER_ORIGIN);
    this.log.info({ doc: this.name, from: version, to: DOC_SCHEMA_VERSION }, 'migrated a document');
  }

  /** Call once `ready` has resolved. Starts the sync handshake with the new connection. */
  add(conn: SyncConnection): void {
    this.conns.set(conn, new Set());
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    encoding.writeVarUint(encoder, SYNC_STEP_1);
    encoding.writeVarUint8Array(encoder, Y.encodeStateVector(this.doc));
    conn.send(encoding.toUint8Array(encoder));
    const states = this.awareness.getStates();
    if (states.size > 0) {
      conn.send(this.awarenessMessage([...states.keys()]));
    }
  }

  remove(conn: SyncConnection): void {
    const ids = this.conns.get(conn);
    this.conns.delete(conn);
    if (ids && ids.size > 0) awarenessProtocol.removeAwarenessStates(this.awareness, [...ids], null);
  }

  /** Handles one message; throws ProtocolViolation for anything the connection may not send. */
  receive(conn: SyncConnection, message: Uint8Array): void {
    try {
      const decoder = decoding.createDecoder(message);
      const type = decoding.readVarUint(decoder);
      if (type === MESSAGE_SYNC) this.receiveSync(conn, decoder);
      else if (type === MESSAGE_AWARENESS) this.receiveAwareness(conn, decoding.readVarUint8Array(decoder));
      else if (type === MESSAGE_QUERY_AWARENESS)
        conn.send(this.awarenessMessage([...this.awareness.getStates().keys()]));
      else throw new ProtocolViolation(CloseCode.malformed);
    } catch (err) {
      if (err instanceof ProtocolViolation) throw err;
      throw new ProtocolViolation(CloseCode.malformed);
    }
  }

  private receiveSync(conn: SyncConnection, decoder: decoding.Decoder): void {
    const step = decoding.readVarUint(decoder);
    if (step === SYNC_STEP_1) {
      const stateVector = decoding.readVarUint8Array(decoder);
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_SYNC);
      encoding.writeVarUint(encoder, SYNC_STEP_2);
      encoding.writeVarUint8Array(encoder, Y.encodeStateAsUpdate(this.doc, stateVector));
      conn.send(encoding.toUint8Array(encoder));
      return;
    }
    if (step !== SYNC_STEP_2 && step !== SYNC_UPDATE) throw new ProtocolViolation(CloseCode.malformed);
    const update = decoding.readVarUint8Array(decoder);
    const ends = writeFrom(update, {
      doc: this.doc,
      canWrite: conn.canWrite,
      frozen: this.frozen,
      ahead: this.ahead,
      onRefused: (why) => this.log.warn({ doc: this.name, bytes: update.byteLength }, why),
    });
    if (!ends) return;
    if (this.storedBytes + this.queuedBytes + update.byteLength > LIMITS.maxDocumentBytes) {
      throw new ProtocolViolation(CloseCode.documentTooLarge);
    }
    if (this.broadcastFirst) {
      Y.applyUpdate(this.doc, update, conn);
      this.queue.push({ conn, update, applied: true });
    } else {
      this.queue.push({ conn, update, ends });
      extendReach(this.ahead, ends);
    }
    this.queuedBytes += update.byteLength;
    this.scheduleFlush();
  }

  private receiveAwareness(conn: SyncConnection, update: Uint8Array): void {
    const owned = this.conns.get(conn);
    if (!owned) return;
    let filtered: Uint8Array | null;
    try {
      const presenceOnly = !conn.canWrite || this.frozen;
      filtered = filterAwarenessUpdate(update, conn.identity, presenceOnly, owned, (id) => {
        for (const [other, ids] of this.conns) if (other !== conn && ids.has(id)) return true;
        return false;
      });
    } catch (err) {
      if (err instanceof AwarenessViolation) throw new ProtocolViolation(CloseCode.malformed);
      throw err;
    }
    if (filtered) awarenessProtocol.applyAwarenessUpdate(this.awareness, filtered, conn);
  }

  private readonly onAwarenessUpdate = ({
    added,
    updated,
    removed,
  }: {
    added: number[];
    updated: number[];
    removed: number[];
  }): void => {
    const changed = [...added, ...updated, ...removed];
    if (changed.length === 0) return;
    const message = this.awarenessMessage(changed);
    for (const conn of this.conns.keys()) conn.send(message);
  };

  private awarenessMessage(clients: number[]): Uint8Array {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
    encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(this.awareness, clients));
    return encoding.toUint8Array(encoder);
  }

  private scheduleFlush(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    setImmediate(() => {
      this.flushScheduled = false;
      void this.flush();
    });
  }

  /** Writes every queued update in one transaction, then applies (and so broadcasts) them. */
  async flush(): Promise<void> {
    while (this.flushing) await this.flushing;
    if (this.queue.length === 0) return;
    const batch = this.queue;
    this.queue = [];
    this.queuedBytes = 0;
    this.flushing = (async () => {
      try {
        this.lastSeq = await this.commit(
          this.name,
          batch.map((b) => b.update),
        );
      } catch (err) {
        // Not durable, so not acknowledged: drop the senders; their providers resend on reconnect.
        this.log.error({ doc: this.name, err: (err as Error).message }, 'could not store updates');
        for (const conn of new Set(batch.map((b) => b.conn))) conn?.close(CloseCode.serverShutdown);
        for (const b of batch) b.settle?.(new Error('The change could not be saved.'));
        return;
      }
      this.storedCount += batch.length;
      let applied = 0;
      const senders = new Set<PresenceIdentity | null>();
      for (const { conn, update, settle, applied: early } of batch) {
        this.storedBytes += update.byteLength;
        try {
          if (!early) Y.applyUpdate(this.doc, update, conn ?? SERVER_ORIGIN);
          applied++;
          senders.add(conn?.identity ?? null);
          settle?.(null);
        } catch (err) {
          // It applied to a scratch document but not to this one: the sender is out of step.
          this.log.warn({ doc: this.name, err: (err as Error).message }, 'an update could not be applied');
          conn?.close(CloseCode.malformed);
          settle?.(err as Error);
        }
      }
      if (applied > 0) this.onChanged(this.doc, [...senders]);
    })();
    try {
      await this.flushing;
    } finally {
      this.flushing = null;
      // The batch is in the document now (or was dropped): only what is still queued is ahead of it.
      this.ahead = new Map();
      for (const q of this.queue) if (q.ends) extendReach(this.ahead, q.ends);
    }
    if (this.storedCount > this.compactAfterUpdates) void this.compact();
  }

  /**
   * A change the server makes itself (e.g. a professional's view, given over /control: they may
   * not write documents). Worked out on a scratch copy of the current state, then put through the
   * same path as a client's update: queued, stored, applied, broadcast to every connection.
   * Resolves once stored and applied; rejects, with nothing broadcast, when it could not be stored
   * or `fn` throws.
   */
  change(fn: (doc: Y.Doc) => void): Promise<void> {
    if (this.unloading) return Promise.reject(new Error('This document is being unloaded.'));
    this.changesInFlight++;
    const run = this.changeChain.then(() => this.changeNow(fn));
    this.changeChain = run.catch(() => undefined);
    return run.finally(() => {
      this.changesInFlight--;
    });
  }

  private async changeNow(fn: (doc: Y.Doc) => void): Promise<void> {
    await this.ready;
    if (this.frozen) throw new DocumentClosedError();
    const update = updateFrom(this.doc, fn);
    if (!update) return;
    if (this.storedBytes + this.queuedBytes + update.byteLength > LIMITS.maxDocumentBytes) {
      throw new Error('This board has reached its size limit.');
    }
    await new Promise<void>((resolve, reject) => {
      this.queue.push({ conn: null, update, settle: (err) => (err ? reject(err) : resolve()) });
      this.queuedBytes += update.byteLength;
      this.scheduleFlush();
    });
  }

  /**
   * From now on every update is refused (senders are closed with `conferenceClosed`) and so is
   * every server change. Resolves once what was accepted before is stored and applied.
   */
  async freeze(): Promise<void> {
    this.frozen = true;
    await this.settled();
  }

  /** Undoes `freeze` (when closing the conference failed half-way). */
  unfreeze(): void {
    this.frozen = false;
  }

  /** Waits for the server's changes under way and every queued update to be stored and applied. */
  private async settled(): Promise<void> {
    await this.ready;
    await this.changeChain;
    await this.flush();
  }

  /** The whole document as one update, once everything accepted so far is stored and applied. */
  async currentState(): Promise<Uint8Array> {
    await this.settled();
    return Y.encodeStateAsUpdate(this.doc);
  }

  /** Folds every stored update into one. Safe at any time outside a flush. */
  async compact(): Promise<void> {
    if (this.compacting || this.destroyed || this.storedCount <= 1) return;
    this.compacting = true;
    try {
      await this.flush();
      // Discarded meanwhile (its records are being purged): writing the merged state back would undo that.
      if (this.destroyed) return;
      const merged = Y.encodeStateAsUpdate(this.doc);
      const upto = this.lastSeq;
      await this.store.compact(this.name, merged, upto);
      this.storedCount = 1;
      this.storedBytes = merged.byteLength;
    } catch (err) {
      this.log.error({ doc: this.name, err: (err as Error).message }, 'compaction failed; will retry');
    } finally {
      this.compacting = false;
    }
  }

  /** Drops the room without writing anything more (its conference's records are being purged). */
  discard(): void {
    this.unloading = true;
    this.destroyed = true;
    for (const q of this.queue) q.settle?.(new DocumentClosedError());
    this.queue = [];
    this.awareness.destroy();
    this.doc.destroy();
  }

  async destroy(): Promise<void> {
    this.unloading = true;
    await this.changeChain;
    await this.flush();
    await this.compact();
    this.destroyed = true;
    this.awareness.destroy();
    this.doc.destroy();
  }
}
