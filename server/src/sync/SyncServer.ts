/**
 * `/sync/<docName>`: authenticates the upgrade from the cookie, authorises the document for the
 * role, holds people who are still in the lobby until the chair lets them in, and hands admitted
 * connections to their DocRoom (opened through the DocHost, which unloads documents nobody holds).
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import {
  canSeeRestricted,
  canWrite,
  CLOSE_REASONS,
  CloseCode,
  LIMITS,
  parseDocName,
  SYNC_PATH_PREFIX,
} from '@cb/shared/protocol';
import type { AccessResolver, ConferenceAccess } from '../access.ts';
import type { Bus } from '../bus/Bus.ts';
import { allowedOrigins } from '../http/csrf.ts';
import type { Hub } from '../hub.ts';
import type { Logger } from '../logger.ts';
import type { DocHost } from './DocHost.ts';
import type { DocRoom } from './DocRoom.ts';
import { HeldMessages } from './heldMessages.ts';
import { sendFrame } from './socketWrites.ts';
import { DocumentTooNewError, ProtocolViolation, type SyncConnection } from './roomTypes.ts';

export interface SyncServerOptions {
  publicUrl: string | undefined;
  pingIntervalMs: number;
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

export class SyncServer {
  private readonly wss = new WebSocketServer({
    noServer: true,
    maxPayload: LIMITS.maxMessageBytes,
    // Messages are framed once and written straight to the sockets (socketWrites.ts): no compression.
    perMessageDeflate: false,
  });
  /** Connections of people still in the lobby, by participant id: started when admitted. */
  private readonly held = new Map<string, Set<() => void>>();
  private readonly pingTimer: NodeJS.Timeout;
  private readonly alive = new WeakSet<WebSocket>();

  constructor(
    private readonly docs: DocHost,
    private readonly access: AccessResolver,
    private readonly hub: Hub,
    bus: Bus,
    private readonly log: Logger,
    private readonly options: SyncServerOptions,
  ) {
    bus.subscribe('participantStatus', ({ participant }) => {
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
      if (access.conference.purgedAt || this.docs.isPurged(access.conference.id))
        return reject(socket, 404, 'Not Found');
      if (address.restricted && !canSeeRestricted(access.role)) return reject(socket, 403, 'Forbidden');
      if (access.status === 'refused' || access.status === 'removed') return reject(socket, 403, 'Forbidden');
      this.wss.handleUpgrade(req, socket, head, (ws) => this.connect(ws, socket, access, docName));
    } catch (err) {
      this.log.error({ err: (err as Error).message }, 'sync upgrade failed');
      reject(socket, 500, 'Internal Server Error');
    }
  }

  private connect(ws: WebSocket, socket: Duplex, access: ConferenceAccess, docName: string): void {
    // After a restart the closed set starts empty: the conference row is the truth.
    if (access.conference.status === 'closed') this.docs.noteClosed(access.conference.id);
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
        // Errors on the socket reach `ws`, which closes the connection.
        if (ws.readyState === ws.OPEN) sendFrame(socket, message);
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
      this.docs.open(docName).then(
        (r) => {
          if (closed) return this.docs.release(docName, r);
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
        this.docs.release(docName, room);
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

  /**
   * Before the retention purge: closes every connection to the conference (in every process) and
   * drops its rooms without writing.
   */
  async evictConference(conferenceId: string): Promise<void> {
    this.hub.end({ conferenceId }, CloseCode.conferenceClosed);
    await this.docs.evictConference(conferenceId);
  }

  /** Stops accepting, closes every socket, then the documents write what is queued and compact. */
  async close(): Promise<void> {
    clearInterval(this.pingTimer);
    for (const ws of this.wss.clients)
      ws.close(CloseCode.serverShutdown, CLOSE_REASONS[CloseCode.serverShutdown]);
    await this.docs.close();
    this.wss.close();
  }
}
