/**
 * `/sync/<docName>`: authenticates the upgrade from the cookie, authorises the document for the
 * role, holds people who are still in the lobby until the chair lets them in, and hands admitted
 * connections to their DocRoom. Documents nobody holds are unloaded after a short idle time.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import * as Y from 'yjs';
import {
  canSeeRestricted,
  canWrite,
  CLOSE_REASONS,
  CloseCode,
  docNameFor,
  LIMITS,
  parseDocName,
  SYNC_PATH_PREFIX,
} from '@cb/shared/protocol';
import type { AccessResolver, ConferenceAccess } from '../access.ts';
import { loadDoc } from '../conferences.ts';
import type { ConferenceEvents } from '../events.ts';
import { allowedOrigins } from '../http/csrf.ts';
import { DomainError } from '../errors.ts';
import type { Hub } from '../hub.ts';
import type { Logger } from '../logger.ts';
import type { Store } from '../store/Store.ts';
import { CommitQueue } from './CommitQueue.ts';
import { HeldMessages } from './heldMessages.ts';
import type { PresenceIdentity } from './awarenessFilter.ts';
import { DocRoom } from './DocRoom.ts';
import {
  DocumentClosedError,
  DocumentTooNewError,
  ProtocolViolation,
  type SyncConnection,
} from './roomTypes.ts';

export interface SyncServerOptions {
  publicUrl: string | undefined;
  docIdleMs: number;
  compactAfterUpdates: number;
  pingIntervalMs: number;
  /** Benchmark reference only: broadcast before storing (see Config.benchBroadcastFirst). */
  benchBroadcastFirst?: boolean;
}

function reject(socket: Duplex, status: number, text: string): void {
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}`,
    );
  }
  socket.destroy();
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/** Updates were stored and applied to a loaded document (see `SyncServer.onDocumentApplied`). */
export interface AppliedEvent {
  conferenceId: string;
  docName: string;
  restricted: boolean;
  /** The live document: read it, never write it. */
  doc: Y.Doc;
  /** Who sent the updates just applied; null for the server's own changes. */
  senders: (PresenceIdentity | null)[];
}

/** Writes into a document on the server's own account (see `SyncServer.change`). */
export interface DocWriter {
  change(docName: string, fn: (doc: Y.Doc) => void): Promise<void>;
}

/** Reads a document's current state, whether or not it is loaded (see `SyncServer.stateOf`). */
export interface DocReader {
  stateOf(docName: string): Promise<Uint8Array>;
}

const conferenceClosed = () =>
  new DomainError(
    'conflict',
    'CONFERENCE_CLOSED',
    'This conference has been closed, so the board can no longer be changed.',
  );

export class SyncServer implements DocWriter, DocReader {
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: LIMITS.maxMessageBytes });
  private readonly rooms = new Map<string, DocRoom>();
  private readonly idleTimers = new Map<string, NodeJS.Timeout>();
  /** Connections of people still in the lobby, by participant id: started when admitted. */
  private readonly held = new Map<string, Set<() => void>>();
  private readonly pingTimer: NodeJS.Timeout;
  private readonly alive = new WeakSet<WebSocket>();
  private readonly commits: CommitQueue;
  private closing = false;
  /** Conferences whose documents take no more updates (closed); their rooms are frozen. */
  private readonly closedConferences = new Set<string>();
  /** Conferences whose records have been purged: no one may open their documents again. */
  private readonly purged = new Set<string>();
  /** Rooms being unloaded: their last writes may still be on the way to the store. */
  private readonly unloads = new Map<string, Promise<void>>();
  private readonly changeListeners = new Set<(conferenceId: string) => void>();
  private readonly appliedListeners = new Set<(event: AppliedEvent) => void>();

  constructor(
    private readonly store: Store,
    private readonly access: AccessResolver,
    private readonly hub: Hub,
    events: ConferenceEvents,
    private readonly log: Logger,
    private readonly options: SyncServerOptions,
  ) {
    this.commits = new CommitQueue(store);
    events.on('participantStatus', (participant) => {
      const starters = this.held.get(participant.id);
      if (participant.status === 'admitted' && starters) {
        this.held.delete(participant.id);
        for (const start of starters) start();
      }
    });
    // Sockets come from handleUpgrade (noServer), which emits no 'connection': liveness is
    // tracked from connect() instead.
    this.pingTimer = setInterval(() => {
      for (const ws of this.wss.clients) {
        if (!this.alive.has(ws)) ws.terminate();
        else {
          this.alive.delete(ws);
          ws.ping();
        }
      }
    }, options.pingIntervalMs);
    this.pingTimer.unref();
  }

  handles(req: IncomingMessage): boolean {
    return (req.url ?? '').startsWith(SYNC_PATH_PREFIX);
  }

  async handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    socket.on('error', () => socket.destroy());
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const docName = decodeURIComponent(url.pathname.slice(SYNC_PATH_PREFIX.length));
      const address = parseDocName(docName);
      if (!address) return reject(socket, 404, 'Not Found');
      const origin = req.headers.origin;
      if (origin && !allowedOrigins(req, this.options.publicUrl).has(origin))
        return reject(socket, 403, 'Forbidden');
      const access = await this.access.conference(req.headers.cookie, address.conferenceId);
      if (!access) return reject(socket, 401, 'Unauthorized');
      if (access.conference.purgedAt || this.purged.has(access.conference.id))
        return reject(socket, 404, 'Not Found');
      if (address.restricted && !canSeeRestricted(access.role)) return reject(socket, 403, 'Forbidden');
      if (access.status === 'refused' || access.status === 'removed') return reject(socket, 403, 'Forbidden');
      this.wss.handleUpgrade(req, socket, head, (ws) => this.connect(ws, access, docName));
    } catch (err) {
      this.log.error({ err: (err as Error).message }, 'sync upgrade failed');
      reject(socket, 500, 'Internal Server Error');
    }
  }

  private room(docName: string): DocRoom {
    const timer = this.idleTimers.get(docName);
    if (timer) {
      clearTimeout(timer);
      this.idleTimers.delete(docName);
    }
    let room = this.rooms.get(docName);
    if (!room) {
      const conferenceId = parseDocName(docName)?.conferenceId ?? docName;
      room = new DocRoom(
        docName,
        this.store,
        this.log,
        this.options.compactAfterUpdates,
        (name, updates) => this.commits.append(name, updates),
        (doc, senders) => {
          this.changeListeners.forEach((listener) => listener(conferenceId));
          const restricted = parseDocName(docName)?.restricted ?? false;
          const event: AppliedEvent = { conferenceId, docName, restricted, doc, senders };
          for (const listener of this.appliedListeners) {
            try {
              listener(event);
            } catch (err) {
              this.log.error({ doc: docName, err: (err as Error).message }, 'a document listener failed');
            }
          }
        },
        this.unloads.get(docName),
        this.options.benchBroadcastFirst === true,
      );
      // Frozen before anything can reach it; the promise only waits for the (empty) queue.
      if (this.closedConferences.has(conferenceId)) void room.freeze().catch(() => undefined);
      this.rooms.set(docName, room);
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
   * Writes into a document on the server's own account, loading it if nobody holds it: stored,
   * then applied and sent to everyone connected, as a chair's edit would be (DocRoom.change).
   * Resolves once the change is durable; rejects when it is not.
   */
  async change(docName: string, fn: (doc: Y.Doc) => void): Promise<void> {
    const conferenceId = parseDocName(docName)?.conferenceId;
    if (!conferenceId) throw new Error(`Not a document name: ${docName}`);
    // After a restart the closed set starts empty: the conference row is the truth.
    if ((await this.store.findConference(conferenceId))?.status === 'closed')
      this.closedConferences.add(conferenceId);
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

  private connect(ws: WebSocket, access: ConferenceAccess, docName: string): void {
    // After a restart the closed set starts empty: the conference row is the truth.
    if (access.conference.status === 'closed') this.closedConferences.add(access.conference.id);
    this.alive.add(ws);
    ws.on('pong', () => this.alive.add(ws));
    const identity = { name: access.name, role: access.role, participantId: access.participant?.id ?? null };
    let room: DocRoom | null = null;
    let closed = false;
    let inLobby = access.status !== 'admitted';
    const held = new HeldMessages();
    const conn: SyncConnection = {
      identity,
      canWrite: canWrite(access.role),
      send: (message) => {
        if (ws.readyState === ws.OPEN) ws.send(message, (err) => err && ws.terminate());
      },
      close: (code) => {
        if (ws.readyState === ws.OPEN || ws.readyState === ws.CONNECTING) ws.close(code, CLOSE_REASONS[code]);
      },
    };
    const expiresAt = access.link?.expiresAt ? new Date(access.link.expiresAt).getTime() : null;
    const participantId = access.participant?.id ?? null;
    const linkId = access.link?.id ?? null;
    const tooMany = this.hub.full(participantId, linkId);
    const untrack = this.hub.add({
      conferenceId: access.conference.id,
      participantId: access.participant?.id ?? null,
      linkId: access.link?.id ?? null,
      sessionTokenHash: access.staff?.sessionTokenHash ?? null,
      expiresAt,
      end: (code) => conn.close(code),
    });

    const deliver = (message: Uint8Array): void => {
      if (!room) return;
      try {
        room.receive(conn, message);
      } catch (err) {
        const code = err instanceof ProtocolViolation ? err.code : CloseCode.malformed;
        this.log.info(
          { doc: docName, role: access.role, code },
          'closed a sync connection for a protocol violation',
        );
        conn.close(code);
      }
    };

    const start = (): void => {
      if (closed) return;
      inLobby = false;
      const r = this.room(docName);
      this.whenLoaded(docName, r).then(
        () => {
          if (closed) return;
          room = r;
          r.add(conn);
          for (const message of held.take()) deliver(message);
        },
        (err: unknown) =>
          conn.close(
            err instanceof DocumentTooNewError ? CloseCode.documentTooNew : CloseCode.serverShutdown,
          ),
      );
    };

    ws.on('message', (data) => {
      const message = toBytes(data);
      if (room) return deliver(message);
      // Held until the document is loaded (and, for people in the lobby, until they are let in).
      const refused = held.keep(message, inLobby);
      if (refused !== null) {
        this.log.info({ doc: docName, role: access.role, code: refused }, 'closed a held sync connection');
        conn.close(refused);
      }
    });
    ws.on('error', () => ws.terminate());
    ws.on('close', () => {
      closed = true;
      untrack();
      if (access.participant) this.held.get(access.participant.id)?.delete(start);
      if (room) {
        room.remove(conn);
        this.scheduleUnload(docName, room);
      }
    });

    if (tooMany) {
      this.log.info({ doc: docName, role: access.role }, 'refused a sync connection: too many open');
      return conn.close(CloseCode.tooManyConnections);
    }
    if (access.status === 'admitted') start();
    else if (access.participant) {
      const starters = this.held.get(access.participant.id) ?? new Set();
      starters.add(start);
      this.held.set(access.participant.id, starters);
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

  /** Calls `listener` with the conference id whenever one of its documents took an update. */
  onDocumentChanged(listener: (conferenceId: string) => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /**
   * Calls `listener` after accepted updates were stored and applied to a loaded document, with the
   * live document (read it, never write it) and who sent them. For auditing what changed.
   */
  onDocumentApplied(listener: (event: AppliedEvent) => void): () => void {
    this.appliedListeners.add(listener);
    return () => this.appliedListeners.delete(listener);
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
  }

  /** Closing failed before it was recorded: the documents take updates again. */
  unfreezeConference(conferenceId: string): void {
    this.closedConferences.delete(conferenceId);
    for (const room of this.roomsOf(conferenceId)) room.unfreeze();
  }

  /**
   * Before the retention purge: closes every connection to the conference and drops its rooms
   * without writing, so that nothing in memory is written back over the purge.
   */
  async evictConference(conferenceId: string): Promise<void> {
    this.closedConferences.add(conferenceId);
    this.purged.add(conferenceId);
    this.hub.endWhere((c) => c.conferenceId === conferenceId, CloseCode.conferenceClosed);
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

  /** Stops accepting, closes every socket, writes what is queued and compacts. */
  async close(): Promise<void> {
    this.closing = true;
    clearInterval(this.pingTimer);
    for (const timer of this.idleTimers.values()) clearTimeout(timer);
    this.idleTimers.clear();
    for (const ws of this.wss.clients)
      ws.close(CloseCode.serverShutdown, CLOSE_REASONS[CloseCode.serverShutdown]);
    const rooms = [...this.rooms.values()];
    this.rooms.clear();
    await Promise.all([...rooms.map((r) => r.destroy().catch(() => undefined)), ...this.unloads.values()]);
    this.wss.close();
  }
}
