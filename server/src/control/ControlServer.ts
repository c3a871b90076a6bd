/**
 * socket.io at `/control`: typed events from shared/protocol.ts. Authenticated from the same
 * cookies as everything else; each event's payload validated; the chair's decisions go through
 * the LobbyService, exactly as the HTTP routes do.
 */
import type { Server as HttpServer } from 'node:http';
import { Server, type Socket } from 'socket.io';
import {
  CLOSE_REASONS,
  CONTROL_PATH,
  controlAuthSchema,
  ControlErrorCode,
  LIMITS,
  participantRefSchema,
  PROTOCOL_VERSION,
  type Ack,
  type ClientToServerEvents,
  type ServerToClientEvents,
} from '@cb/shared/protocol';
import type { ConferenceAccess } from '../access.ts';
import type { Deps } from '../deps.ts';
import { allowedOrigins } from '../http/csrf.ts';
import { HttpError } from '../http/errors.ts';
import { actorOf } from '../http/guards.ts';
import type { Decision } from '../lobby.ts';

interface SocketData {
  access: ConferenceAccess;
}

type ControlSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

const chairRoom = (conferenceId: string) => `conference:${conferenceId}:chair`;
const participantRoom = (participantId: string) => `participant:${participantId}`;

const ADMISSION_MESSAGES = {
  admitted: 'The chair has let you in.',
  refused:
    'The chair has not let you in this time. If you think this is a mistake, please contact the office.',
  removed: 'The chair has removed you from this conference.',
  waiting: 'Waiting for the chair to let you in.',
} as const;

export class ControlServer {
  private readonly io: Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

  constructor(
    httpServer: HttpServer,
    private readonly deps: Deps,
  ) {
    this.io = new Server(httpServer, {
      path: CONTROL_PATH,
      serveClient: false,
      destroyUpgrade: false,
      maxHttpBufferSize: LIMITS.maxControlPayloadBytes,
      allowRequest: (req, callback) => {
        const origin = req.headers.origin;
        callback(null, !origin || allowedOrigins(req, deps.config.publicUrl).has(origin));
      },
    });

    this.io.use(async (socket, next) => {
      const auth = controlAuthSchema.safeParse(socket.handshake.auth);
      if (!auth.success) return next(new Error(ControlErrorCode.badRequest));
      if (auth.data.protocolVersion !== PROTOCOL_VERSION)
        return next(new Error(ControlErrorCode.protocolMismatch));
      try {
        const access = await deps.access.conference(socket.request.headers.cookie, auth.data.conferenceId);
        if (!access || access.status === 'refused' || access.status === 'removed') {
          return next(new Error(ControlErrorCode.unauthorised));
        }
        socket.data.access = access;
        next();
      } catch (err) {
        deps.log.error({ err: (err as Error).message }, 'control authentication failed');
        next(new Error(ControlErrorCode.unauthorised));
      }
    });

    this.io.on('connection', (socket) => void this.onConnection(socket));

    deps.events.on('lobbyChanged', (conferenceId) => void this.sendLobby(conferenceId));
    deps.events.on('participantStatus', (p) => {
      this.io
        .to(participantRoom(p.id))
        .emit('admission', { status: p.status, message: ADMISSION_MESSAGES[p.status] });
    });
  }

  private async onConnection(socket: ControlSocket): Promise<void> {
    const { access } = socket.data;
    const conferenceId = access.conference.id;
    const untrack = this.deps.hub.add({
      conferenceId,
      participantId: access.participant?.id ?? null,
      linkId: access.link?.id ?? null,
      sessionTokenHash: access.staff?.sessionTokenHash ?? null,
      expiresAt: access.link?.expiresAt ? new Date(access.link.expiresAt).getTime() : null,
      end: (code) => {
        socket.emit('ended', { code, message: CLOSE_REASONS[code] });
        socket.disconnect(true);
      },
    });
    socket.on('disconnect', untrack);
    if (access.participant) await socket.join(participantRoom(access.participant.id));
    socket.emit('hello', {
      protocolVersion: PROTOCOL_VERSION,
      role: access.role,
      participantId: access.participant?.id ?? null,
      name: access.name,
      status: access.status,
    });
    if (access.role === 'chair' && access.status === 'admitted') {
      await socket.join(chairRoom(conferenceId));
      socket.emit('lobby:update', await this.deps.lobby.waiting(conferenceId));
      socket.on('lobby:admit', (ref, ack) => void this.decide(socket, 'admit', ref, ack));
      socket.on('lobby:refuse', (ref, ack) => void this.decide(socket, 'refuse', ref, ack));
      socket.on('participant:remove', (ref, ack) => void this.decide(socket, 'remove', ref, ack));
    }
  }

  private async decide(socket: ControlSocket, decision: Decision, ref: unknown, ack: unknown): Promise<void> {
    const reply = (result: Ack) => {
      if (typeof ack === 'function') (ack as (r: Ack) => void)(result);
    };
    const parsed = participantRefSchema.safeParse(ref);
    if (!parsed.success)
      return reply({
        ok: false,
        error: { code: 'INVALID_INPUT', message: 'That request was not understood.' },
      });
    // Re-check on every event: the chair's own access may have ended since they connected.
    const access = await this.deps.access.conference(
      socket.request.headers.cookie,
      socket.data.access.conference.id,
    );
    if (!access || access.role !== 'chair') {
      return reply({ ok: false, error: { code: 'FORBIDDEN', message: 'Only the chair can do that.' } });
    }
    try {
      await this.deps.lobby.decide(
        access.conference.id,
        parsed.data.participantId,
        decision,
        actorOf(access),
      );
      reply({ ok: true });
    } catch (err) {
      if (err instanceof HttpError)
        return reply({ ok: false, error: { code: err.code, message: err.message } });
      this.deps.log.error({ err: (err as Error).message }, 'lobby decision failed');
      reply({
        ok: false,
        error: { code: 'INTERNAL', message: 'Something went wrong on our side. Please try again.' },
      });
    }
  }

  private async sendLobby(conferenceId: string): Promise<void> {
    try {
      this.io.to(chairRoom(conferenceId)).emit('lobby:update', await this.deps.lobby.waiting(conferenceId));
    } catch (err) {
      this.deps.log.error({ err: (err as Error).message }, 'could not send the lobby');
    }
  }

  async close(): Promise<void> {
    this.io.disconnectSockets(true);
    await new Promise<void>((resolve) => {
      this.io.close(() => resolve());
    });
  }
}
