/**
 * The documents this process holds, by conference: both documents of a conference (`<id>` and
 * `<id>.restricted`) are loaded, written, frozen and unloaded here, and only where the ownership
 * port says this process owns the conference. Connections (SyncServer), the server's own writes
 * (decision views, the demo, tests), the snapshotter, the closer and the retention purge all go
 * through it; hooks tell listeners when a document loads, takes updates, freezes or unloads, which
 * is where the snapshotter, the document audit and (scaled out) a bus attach.
 */
import * as Y from 'yjs';
import { docNameFor, parseDocName } from '@cb/shared/protocol';
import type { Ownership } from '../bus/Ownership.ts';
import { NotOwnerError } from '../bus/Ownership.ts';
import { loadDoc } from '../conferences.ts';
import { DomainError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import type { Store } from '../store/Store.ts';
import { CommitQueue } from './CommitQueue.ts';
import { DocRoom } from './DocRoom.ts';
import { DocumentClosedError, type AppliedEvent, type DocReader, type DocWriter } from './roomTypes.ts';

export interface DocHostHooks {
  loaded: (docName: string) => void;
  applied: (event: AppliedEvent) => void;
  frozen: (conferenceId: string) => void;
  unloaded: (docName: string) => void;
}

export interface DocHostOptions {
  docIdleMs: number;
  compactAfterUpdates: number;
  /** Benchmark reference only: broadcast before the store has the update (gives up durability). */
  benchBroadcastFirst?: boolean;
}

const conferenceClosed = () =>
  new DomainError(
    'conflict',
    'CONFERENCE_CLOSED',
    'This conference has been closed, so the board can no longer be changed.',
  );

export class DocHost implements DocWriter, DocReader {
  private readonly rooms = new Map<string, DocRoom>();
  private readonly idleTimers = new Map<string, NodeJS.Timeout>();
  private readonly commits: CommitQueue;
  private closing = false;
  /** Conferences whose documents take no more updates (closed); their rooms are frozen. */
  private readonly closedConferences = new Set<string>();
  /** Conferences whose records have been purged: no one may open their documents again. */
  private readonly purged = new Set<string>();
  /** Rooms being unloaded: their last writes may still be on the way to the store. */
  private readonly unloads = new Map<string, Promise<void>>();
  private readonly hooks: { [K in keyof DocHostHooks]: Set<DocHostHooks[K]> } = {
    loaded: new Set(),
    applied: new Set(),
    frozen: new Set(),
    unloaded: new Set(),
  };

  constructor(
    private readonly store: Store,
    private readonly ownership: Ownership,
    private readonly log: Logger,
    private readonly options: DocHostOptions,
  ) {
    this.commits = new CommitQueue(store);
  }

  /** Calls `hook` on every later event of that kind; returns the way to stop. */
  on<K extends keyof DocHostHooks>(event: K, hook: DocHostHooks[K]): () => void {
    const set = this.hooks[event] as Set<DocHostHooks[K]>;
    set.add(hook);
    return () => set.delete(hook);
  }

  private tell<K extends keyof DocHostHooks>(event: K, ...args: Parameters<DocHostHooks[K]>): void {
    for (const hook of this.hooks[event] as Set<(...a: Parameters<DocHostHooks[K]>) => void>) {
      try {
        hook(...args);
      } catch (err) {
        this.log.error({ event, err: (err as Error).message }, 'a document listener failed');
      }
    }
  }

  /** Calls `listener` with the conference id whenever one of its documents took an update. */
  onDocumentChanged(listener: (conferenceId: string) => void): () => void {
    return this.on('applied', (event) => listener(event.conferenceId));
  }

  /**
   * Calls `listener` after accepted updates were stored and applied to a loaded document, with the
   * live document (read it, never write it) and who sent them. For auditing what changed.
   */
  onDocumentApplied(listener: (event: AppliedEvent) => void): () => void {
    return this.on('applied', listener);
  }

  /** Whether the conference's records are gone (its documents may never be opened again). */
  isPurged(conferenceId: string): boolean {
    return this.purged.has(conferenceId);
  }

  /** The conference row says closed (e.g. after a restart): its documents take no more updates. */
  noteClosed(conferenceId: string): void {
    this.closedConferences.add(conferenceId);
  }

  private room(docName: string): DocRoom {
    const timer = this.idleTimers.get(docName);
    if (timer) {
      clearTimeout(timer);
      this.idleTimers.delete(docName);
    }
    let room = this.rooms.get(docName);
    if (!room) {
      const address = parseDocName(docName);
      const conferenceId = address?.conferenceId ?? docName;
      if (!this.ownership.owns(conferenceId)) throw new NotOwnerError(conferenceId);
      const restricted = address?.restricted ?? false;
      room = new DocRoom(
        docName,
        this.store,
        this.log,
        this.options.compactAfterUpdates,
        (name, updates) => this.commits.append(name, updates),
        (doc, senders, changed) =>
          this.tell('applied', { conferenceId, docName, restricted, doc, senders, changed }),
        this.unloads.get(docName),
        this.options.benchBroadcastFirst === true,
      );
      // Frozen before anything can reach it; the promise only waits for the (empty) queue.
      if (this.closedConferences.has(conferenceId)) void room.freeze().catch(() => undefined);
      this.rooms.set(docName, room);
      const created = room;
      void created.ready.then(
        () => this.tell('loaded', docName),
        () => undefined,
      );
    }
    return room;
  }

  /** Resolves once the room's stored state is loaded; a room that cannot load is dropped. */
  private whenLoaded(docName: string, room: DocRoom): Promise<void> {
    return room.ready.catch((err: unknown) => {
      this.log.error({ doc: docName, err: (err as Error).message }, 'could not load a document');
      if (this.rooms.get(docName) === room) this.rooms.delete(docName);
      throw err;
    });
  }

  /**
   * The room of a document, loaded (for a connection to join). Pair every call with `release`
   * once the connection has left, so an idle document is unloaded.
   */
  async open(docName: string): Promise<DocRoom> {
    const room = this.room(docName);
    await this.whenLoaded(docName, room);
    return room;
  }

  /** A connection left the room: unloads it after the idle time if nobody else holds it. */
  release(docName: string, room: DocRoom): void {
    this.scheduleUnload(docName, room);
  }

  /**
   * Writes into a document on the server's own account, loading it if nobody holds it: stored,
   * then applied and sent to everyone connected, as a chair's edit would be (DocRoom.change).
   * Resolves once the change is durable; rejects when it is not.
   */
  async change(docName: string, fn: (doc: Y.Doc) => void): Promise<void> {
    const conferenceId = parseDocName(docName)?.conferenceId;
    if (!conferenceId) throw new Error(`Not a document name: ${docName}`);
    // After a restart the closed set starts empty: the conference row is the truth.
    if ((await this.store.findConference(conferenceId))?.status === 'closed') this.noteClosed(conferenceId);
    if (this.closing) throw new Error('The server is shutting down.');
    if (this.closedConferences.has(conferenceId)) throw conferenceClosed();
    const room = this.room(docName);
    // Started before the load is awaited, so the room counts as busy and is not unloaded meanwhile.
    const changed = room.change(fn);
    try {
      await Promise.all([this.whenLoaded(docName, room), changed]);
    } catch (err) {
      throw err instanceof DocumentClosedError ? conferenceClosed() : err;
    } finally {
      if (this.rooms.get(docName) === room) this.scheduleUnload(docName, room);
    }
  }

  private scheduleUnload(docName: string, room: DocRoom): void {
    if (room.connectionCount > 0 || this.idleTimers.has(docName)) return;
    const timer = setTimeout(() => {
      this.idleTimers.delete(docName);
      if (this.rooms.get(docName) !== room || room.connectionCount > 0 || room.busy) return;
      this.rooms.delete(docName);
      const unload = room
        .destroy()
        .then(() => this.tell('unloaded', docName))
        .catch((err: unknown) =>
          this.log.error({ doc: docName, err: (err as Error).message }, 'unload failed'),
        )
        .finally(() => {
          if (this.unloads.get(docName) === unload) this.unloads.delete(docName);
        });
      this.unloads.set(docName, unload);
    }, this.options.docIdleMs);
    timer.unref();
    this.idleTimers.set(docName, timer);
  }

  /**
   * A document's whole state as one update: from its room when loaded (once everything accepted
   * is stored and applied), otherwise from the store (after any unload under way has written).
   */
  async stateOf(docName: string): Promise<Uint8Array> {
    const room = this.rooms.get(docName);
    if (room) return room.currentState();
    await this.unloads.get(docName);
    const doc = await loadDoc(this.store, docName);
    try {
      return Y.encodeStateAsUpdate(doc);
    } finally {
      doc.destroy();
    }
  }

  isClosed(conferenceId: string): boolean {
    return this.closedConferences.has(conferenceId);
  }

  private roomsOf(conferenceId: string): DocRoom[] {
    return [false, true].flatMap((restricted) => this.rooms.get(docNameFor(conferenceId, restricted)) ?? []);
  }

  /**
   * The conference is closing: from now on its documents take no updates from anyone (senders
   * are closed with `conferenceClosed`), while reading goes on. Resolves once every update
   * accepted before is stored, so that a final snapshot taken next includes it.
   */
  async freezeConference(conferenceId: string): Promise<void> {
    this.closedConferences.add(conferenceId);
    await Promise.all(this.roomsOf(conferenceId).map((room) => room.freeze()));
    this.tell('frozen', conferenceId);
  }

  /** Closing failed before it was recorded: the documents take updates again. */
  unfreezeConference(conferenceId: string): void {
    this.closedConferences.delete(conferenceId);
    for (const room of this.roomsOf(conferenceId)) room.unfreeze();
  }

  /**
   * Before the retention purge: drops the conference's rooms without writing, so that nothing in
   * memory is written back over the purge, and refuses to open them again. (Its connections are
   * ended by the caller, through the hub.)
   */
  async evictConference(conferenceId: string): Promise<void> {
    this.closedConferences.add(conferenceId);
    this.purged.add(conferenceId);
    for (const restricted of [false, true]) {
      const docName = docNameFor(conferenceId, restricted);
      const timer = this.idleTimers.get(docName);
      if (timer) clearTimeout(timer);
      this.idleTimers.delete(docName);
      const room = this.rooms.get(docName);
      this.rooms.delete(docName);
      room?.discard();
      await this.unloads.get(docName);
    }
  }

  /** For tests and health: how many documents are in memory. */
  get loadedDocuments(): number {
    return this.rooms.size;
  }

  isLoaded(docName: string): boolean {
    return this.rooms.has(docName);
  }

  /** Stops loading, writes what is queued and compacts every room. */
  async close(): Promise<void> {
    this.closing = true;
    for (const timer of this.idleTimers.values()) clearTimeout(timer);
    this.idleTimers.clear();
    const rooms = [...this.rooms.values()];
    this.rooms.clear();
    await Promise.all([...rooms.map((r) => r.destroy().catch(() => undefined)), ...this.unloads.values()]);
  }
}
