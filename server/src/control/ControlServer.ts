/**
 * socket.io at `/control`: typed events from shared/protocol.ts. Authenticated from the same
 * cookies as everything else; each event's payload validated; the chair's decisions go through
 * the LobbyService, exactly as the HTTP routes do.
 */
import type { Server as HttpServer } from 'node:http';
import { Server, type Socket } from 'socket.io';
import type { z } from 'zod';
import {
  CLOSE_REASONS,
  CloseCode,
  CONTROL_EVENTS,
  CONTROL_PATH,
  controlAuthSchema,
  ControlErrorCode,
  LIMITS,
  PROTOCOL_VERSION,
  type Ack,
  type ClientToServerEvents,
  type ControlEvent,
  type ControlInput,
  type ParticipantDecision,
  type ServerToClientEvents,
} from '@cb/shared/protocol';
import type { ConferenceAccess } from '../access.ts';
import type { Deps } from '../deps.ts';
import { allowedOrigins } from '../http/csrf.ts';
import { DomainError } from '../errors.ts';
import { HttpError } from '../http/errors.ts';
import type { Decision } from '../lobby.ts';
import type { DocWriter } from '../sync/roomTypes.ts';
import { DecisionViews } from './decisionViews.ts';

interface SocketData {
  access: ConferenceAccess;
}

type ControlSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

const chairRoom = (conferenceId: string) => `conference:${conferenceId}:chair`;
const admittedRoom = (conferenceId: string) => `conference:${conferenceId}`;
const everyoneRoom = (conferenceId: string) => `conference:${conferenceId}:everyone`;
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
  private readonly views: DecisionViews;

  constructor(
    httpServer: HttpServer,
    private readonly deps: Deps,
    /** Professionals' views are written into the restricted document by the server. */
    docs: DocWriter,
  ) {
    this.views = new DecisionViews(deps.store, docs);
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

    deps.bus.subscribe('lobbyChanged', ({ conferenceId }) => void this.sendLobby(conferenceId));
    deps.bus.subscribe('roomChanged', ({ conferenceId }) => void this.sendRoomState(conferenceId));
    deps.bus.subscribe('stageChanged', ({ conferenceId, stage }) => {
      this.io.to(everyoneRoom(conferenceId)).emit('stage', { stage });
    });
    deps.bus.subscribe('participantStatus', ({ participant: p, linkEnded }) => {
      // Someone just let in joins the room's broadcasts on the sockets they already have open.
      if (p.status === 'admitted') void this.admitSockets(p.id);
      this.io.to(participantRoom(p.id)).emit('admission', {
        status: p.status,
        message: ADMISSION_MESSAGES[p.status],
        linkEnded,
        askAgainAt: linkEnded ? null : p.coolOffUntil,
      });
    });
  }

  private async onConnection(socket: ControlSocket): Promise<void> {
    const { access } = socket.data;
    const conferenceId = access.conference.id;
    if (this.deps.hub.full(access.participant?.id ?? null, access.link?.id ?? null)) {
      const code = CloseCode.tooManyConnections;
      socket.emit('ended', { code, message: CLOSE_REASONS[code] });
      socket.disconnect(true);
      return;
    }
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
    // Handlers first: anything the client sends while the joins below are awaited is not lost.
    const lobby =
      (decision: Decision) =>
      (a: ConferenceAccess, { participantId, ...options }: ParticipantDecision) =>
        this.deps.lobby.decide(a, participantId, decision, options).then(() => undefined);
    const room = this.deps.room;
    // Payload schemas and who may send each event: CONTROL_EVENTS in shared/protocol/control.ts.
    this.on(socket, 'lobby:admit', lobby('admit'));
    this.on(socket, 'lobby:refuse', lobby('refuse'));
    this.on(socket, 'participant:remove', lobby('remove'));
    this.on(socket, 'stage:set', (a, x) => room.setStage(a, x.stage));
    this.on(socket, 'focus:set', (a, focus) => room.setFocus(a, focus.section));
    this.on(socket, 'screen:set', (a, screen) => room.setScreen(a, screen.view));
    this.on(socket, 'hand:set', (a, hand) => room.setHand(a, hand.raised));
    this.on(socket, 'hand:lower', (a, ref) => room.lowerHand(a, ref.key));
    this.on(socket, 'suggestion:create', (a, x) => room.suggest(a, x).then(() => undefined));
    this.on(socket, 'suggestion:resolve', (a, x) => room.resolve(a, x.suggestionId, x.outcome));
    this.on(socket, 'view:set', (a, x) => this.views.give(a, x));
    this.on(socket, 'view:withdraw', (a, x) => this.views.withdraw(a, x));
    if (access.participant) await socket.join(participantRoom(access.participant.id));
    await socket.join(everyoneRoom(conferenceId));
    socket.emit('hello', {
      protocolVersion: PROTOCOL_VERSION,
      stage: (await this.deps.store.getRoom(conferenceId)).stage,
      role: access.role,
      participantId: access.participant?.id ?? null,
      name: access.name,
      status: access.status,
    });
    if (access.status === 'admitted') await this.enterRoom(socket);
    if (access.role === 'chair' && access.status === 'admitted') {
      await socket.join(chairRoom(conferenceId));
      socket.emit('lobby:update', await this.deps.lobby.waiting(conferenceId));
    }
  }

  private async enterRoom(socket: ControlSocket): Promise<void> {
    await socket.join(admittedRoom(socket.data.access.conference.id));
    socket.emit('room:state', await this.deps.room.state(socket.data.access));
  }

  private async admitSockets(participantId: string): Promise<void> {
    for (const remote of await this.io.in(participantRoom(participantId)).fetchSockets()) {
      const live = this.io.sockets.sockets.get(remote.id);
      if (!live) continue;
      live.data.access = { ...live.data.access, status: 'admitted' };
      await this.enterRoom(live);
    }
  }

  /**
   * Registers a handler: validates the payload, re-checks the sender's access (it may have ended
   * since they connected; they must be let in), then answers through the ack. Chair-only events
   * are silently ignored for anyone else, so that a stranger learns nothing from them.
   */
  private on<E extends ControlEvent>(
    socket: ControlSocket,
    event: E,
    handler: (access: ConferenceAccess, payload: ControlInput<E>) => Promise<void>,
  ): void {
    const { payload: schema, chairOnly } = CONTROL_EVENTS[event];
    if (chairOnly && socket.data.access.role !== 'chair') return;
    const listener = async (payload: unknown, ack: unknown): Promise<void> => {
      const reply = (result: Ack) => {
        if (typeof ack === 'function') (ack as (r: Ack) => void)(result);
      };
      // One schema per event in the table: what it parses is that event's input.
      const parsed = (schema as unknown as z.ZodType<ControlInput<E>>).safeParse(payload);
      if (!parsed.success) {
        const message = parsed.error.issues[0]?.message ?? 'That request was not understood.';
        return reply({ ok: false, error: { code: 'INVALID_INPUT', message } });
      }
      try {
        const access = await this.deps.access.conference(
          socket.request.headers.cookie,
          socket.data.access.conference.id,
        );
        if (!access || access.status !== 'admitted') {
          return reply({
            ok: false,
            error: { code: 'FORBIDDEN', message: 'You are not in this conference at the moment.' },
          });
        }
        await handler(access, parsed.data);
        reply({ ok: true });
      } catch (err) {
        if (err instanceof DomainError || err instanceof HttpError)
          return reply({ ok: false, error: { code: err.code, message: err.message } });
        this.deps.log.error({ err: (err as Error).message, event }, 'control event failed');
        reply({
          ok: false,
          error: { code: 'INTERNAL', message: 'Something went wrong on our side. Please try again.' },
        });
      }
    };
    const untyped = socket as unknown as {
      on(event: string, fn: (payload: unknown, ack: unknown) => void): void;
    };
    untyped.on(event, (payload, ack) => void listener(payload, ack));
  }

  private async sendRoomState(conferenceId: string): Promise<void> {
    try {
      for (const remote of await this.io.in(admittedRoom(conferenceId)).fetchSockets()) {
        remote.emit('room:state', await this.deps.room.state(remote.data.access));
      }
    } catch (err) {
      this.deps.log.error({ err: (err as Error).message }, 'could not send the room state');
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
