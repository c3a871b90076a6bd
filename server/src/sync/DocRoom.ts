/**
 * One live Yjs document and the connections that hold it, speaking the standard y-websocket
 * protocol (sync + awareness from y-protocols).
 *
 * Durability (roomWrites.ts): an accepted update is appended to the store, and only when that
 * write has finished is it applied to the document, which broadcasts it. Updates arriving together
 * are written in one transaction (group commit), so a fast typist and fifty conferences share fsyncs.
 * Connections and presence: roomConnections.ts; loading and the schema check: roomLoad.ts.
 */
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { CloseCode } from '@cb/shared/protocol';
import type { Logger } from '../logger.ts';
import type { DocumentsPort } from '../store/Store.ts';
import type { PresenceIdentity } from './awarenessFilter.ts';
import { AFTER_STEP_2, writeFrom } from './acceptWrite.ts';
import { Handshakes } from './handshakes.ts';
import { RoomConnections } from './roomConnections.ts';
import { step1Message, step2Message, updateMessage } from './roomMessages.ts';
import { loadRoom } from './roomLoad.ts';
import {
  DocumentClosedError,
  MESSAGE_AWARENESS,
  MESSAGE_QUERY_AWARENESS,
  MESSAGE_SYNC,
  ProtocolViolation,
  SYNC_STEP_1,
  SYNC_STEP_2,
  SYNC_UPDATE,
  type ChangedTypes,
  type SyncConnection,
} from './roomTypes.ts';
import { updateFrom } from './updates.ts';
import { RoomWrites, SERVER_ORIGIN } from './roomWrites.ts';

export class DocRoom {
  readonly doc = new Y.Doc();
  readonly ready: Promise<void>;
  private readonly conns = new RoomConnections(this.doc);
  private readonly writes: RoomWrites;
  private unloading = false;
  private readonly handshakes = new Handshakes();
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
    private readonly onChanged: (
      doc: Y.Doc,
      senders: (PresenceIdentity | null)[],
      changed: ChangedTypes,
    ) => void = () => undefined,
    /** Settles when an earlier copy of this document has finished writing and unloading. */
    private readonly after: Promise<void> = Promise.resolve(),
    /**
     * BENCHMARK REFERENCE ONLY (CB_BENCH_BROADCAST_FIRST): clients' updates are applied and
     * broadcast as soon as they pass the checks, before they are stored. Gives up durability.
     */
    private readonly broadcastFirst = false,
  ) {
    this.doc.on('update', (update: Uint8Array, origin: unknown) =>
      this.conns.broadcast(updateMessage(update), origin),
    );
    this.writes = new RoomWrites({
      name,
      doc: this.doc,
      store,
      log,
      compactAfterUpdates,
      commit,
      onChanged,
      onSettled: (id) => this.conns.settled(id),
    });
    this.ready = this.load();
  }

  get awareness() {
    return this.conns.awareness;
  }

  get connectionCount(): number {
    return this.conns.size;
  }

  get idle(): boolean {
    return this.conns.size === 0 && !this.writes.pending && !this.busy;
  }

  /** A change by the server is under way: the room must not be unloaded under it. */
  get busy(): boolean {
    return this.changesInFlight > 0;
  }

  private async load(): Promise<void> {
    // An earlier copy may still be storing its last updates: loading before that would miss them.
    await this.after.catch(() => undefined);
    this.writes.loaded(await loadRoom(this.doc, this.name, this.store, this.commit, this.log, SERVER_ORIGIN));
  }

  /** Call once `ready` has resolved. Starts the sync handshake with the new connection. */
  add(conn: SyncConnection): void {
    conn.send(step1Message(this.doc));
    this.conns.add(conn);
  }

  remove(conn: SyncConnection): void {
    this.conns.remove(conn);
  }

  /** Handles one message; throws ProtocolViolation for anything the connection may not send. */
  receive(conn: SyncConnection, message: Uint8Array): void {
    try {
      const decoder = decoding.createDecoder(message);
      const type = decoding.readVarUint(decoder);
      if (type === MESSAGE_SYNC) this.receiveSync(conn, decoder);
      else if (type === MESSAGE_AWARENESS) {
        // Broadcast-first applies updates at once, so presence has nothing to wait for there.
        const after = this.broadcastFirst ? 0 : this.writes.lastPendingBatch;
        this.conns.receive(conn, decoding.readVarUint8Array(decoder), !conn.canWrite || this.frozen, after);
      } else if (type === MESSAGE_QUERY_AWARENESS) this.conns.sendPresence(conn);
      else throw new ProtocolViolation(CloseCode.malformed);
    } catch (err) {
      if (err instanceof ProtocolViolation) throw err;
      throw new ProtocolViolation(CloseCode.malformed);
    }
  }

  private receiveSync(conn: SyncConnection, decoder: decoding.Decoder): void {
    const step = decoding.readVarUint(decoder);
    if (step === SYNC_STEP_1) {
      this.handshakes.began(conn);
      conn.send(step2Message(this.doc, decoding.readVarUint8Array(decoder)));
      return;
    }
    if (step !== SYNC_STEP_2 && step !== SYNC_UPDATE) throw new ProtocolViolation(CloseCode.malformed);
    const update = decoding.readVarUint8Array(decoder);
    if (step === SYNC_UPDATE) return this.take(conn, update, this.handshakes.midway(conn));
    const early = this.handshakes.answered(conn);
    this.take(conn, update, false);
    for (const u of early) this.take(conn, u, false);
  }

  /** One update from a connection: checked (acceptWrite.ts), then queued for the store. */
  private take(conn: SyncConnection, update: Uint8Array, beforeStep2: boolean): void {
    const ends = writeFrom(update, {
      doc: this.doc,
      canWrite: conn.canWrite,
      frozen: this.frozen,
      ahead: this.writes.ahead,
      beforeStep2,
      onRefused: (why) => this.log.warn({ doc: this.name, bytes: update.byteLength }, why),
    });
    if (ends === AFTER_STEP_2) {
      if (!this.handshakes.keep(conn, update)) throw new ProtocolViolation(CloseCode.messageTooLarge);
      return;
    }
    if (!ends) return;
    if (this.writes.wouldExceed(update.byteLength)) throw new ProtocolViolation(CloseCode.documentTooLarge);
    if (this.broadcastFirst) Y.applyUpdate(this.doc, update, conn);
    this.writes.accept(conn, update, ends, this.broadcastFirst);
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
    if (this.writes.wouldExceed(update.byteLength)) throw new Error('This board has reached its size limit.');
    await this.writes.acceptFromServer(update);
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

  /** Folds every stored update into one. */
  compact(): Promise<void> {
    return this.writes.compact();
  }

  /** Writes every queued update, then applies (and so broadcasts) them. */
  flush(): Promise<void> {
    return this.writes.flush();
  }

  /** Drops the room without writing anything more (its conference's records are being purged). */
  discard(): void {
    this.unloading = true;
    this.writes.discard();
    this.conns.destroy();
    this.doc.destroy();
  }

  async destroy(): Promise<void> {
    this.unloading = true;
    await this.changeChain;
    await this.writes.close();
    this.conns.destroy();
    this.doc.destroy();
  }
}
