/**
 * The `/control` socket.io channel for one conference: who the server says we are, lobby status,
 * the stage, the chair's lobby list, and the chair's decisions (with the server's acknowledgement).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { io, type Socket } from 'socket.io-client';
import type { Stage } from '@cb/shared/doc/schema';
import {
  CloseCode,
  CONTROL_PATH,
  ControlErrorCode,
  PROTOCOL_VERSION,
  type Ack,
  type AdmissionEvent,
  type DecisionOptions,
  type ClientToServerEvents,
  type ControlHello,
  type LobbyEntry,
  type ParticipantStatus,
  type RoomState,
  type ServerToClientEvents,
} from '@cb/shared/protocol';

type ControlSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface ControlState {
  connection: 'connecting' | 'connected' | 'reconnecting';
  hello: ControlHello | null;
  /** The latest word from the server about this person's place in the lobby. */
  status: ParticipantStatus | null;
  /** The chair's latest decision about this person, as the server told it. */
  admission: AdmissionEvent | null;
  stage: Stage | null;
  /** Presenter focus, raised hands and suggestions: kept by the server, sent to those let in. */
  room: RoomState | null;
  /** The chair's lobby; null until the server has sent it on this connection. */
  lobby: LobbyEntry[] | null;
  ended: { code: number; message: string } | null;
  /** Reasons the channel cannot work at all: an old page, or access that is gone. */
  failure: 'protocol' | 'unauthorised' | null;
}

const INITIAL: ControlState = {
  connection: 'connecting',
  hello: null,
  status: null,
  admission: null,
  stage: null,
  room: null,
  lobby: null,
  ended: null,
  failure: null,
};

const ACK_TIMEOUT_MS = 10_000;
const RETRY_MS = 2_000;
const NO_ANSWER: Ack = {
  ok: false,
  error: { code: 'TIMEOUT', message: 'The server did not answer. Check the connection and try again.' },
};

export type LobbyDecision = 'lobby:admit' | 'lobby:refuse';

export function useControl(conferenceId: string, enabled: boolean) {
  const [state, setState] = useState<ControlState>(INITIAL);
  const socketRef = useRef<ControlSocket | null>(null);

  useEffect(() => {
    if (!enabled) return;
    const socket: ControlSocket = io({
      path: CONTROL_PATH,
      auth: { protocolVersion: PROTOCOL_VERSION, conferenceId },
      withCredentials: true,
    });
    socketRef.current = socket;
    const patch = (change: Partial<ControlState>) => setState((s) => ({ ...s, ...change }));
    let finished = false;
    let retry = 0;

    socket.on('connect', () => patch({ connection: 'connected' }));
    socket.on('disconnect', (reason) => {
      // Until the server sends the lobby again, the old list may be out of date.
      patch({ connection: 'reconnecting', lobby: null });
      // socket.io does not come back by itself after the server hangs up (e.g. it restarted).
      if (reason === 'io server disconnect' && !finished)
        retry = window.setTimeout(() => socket.connect(), RETRY_MS);
    });
    socket.on('connect_error', (error) => {
      if (error.message === ControlErrorCode.protocolMismatch) patch({ failure: 'protocol' });
      else if (error.message === ControlErrorCode.unauthorised) patch({ failure: 'unauthorised' });
      else patch({ connection: 'reconnecting' });
    });
    socket.on('hello', (hello) => patch({ hello, status: hello.status, stage: hello.stage }));
    socket.on('admission', (admission) => patch({ status: admission.status, admission }));
    socket.on('stage', ({ stage }) =>
      setState((s) => ({ ...s, stage, room: s.room ? { ...s.room, stage } : s.room })),
    );
    socket.on('room:state', (room) => patch({ room, stage: room.stage }));
    socket.on('lobby:update', (lobby) => patch({ lobby }));
    socket.on('ended', (ended) => {
      if (ended.code === CloseCode.serverShutdown) return;
      finished = true;
      patch({ ended });
    });

    return () => {
      socketRef.current = null;
      window.clearTimeout(retry);
      socket.removeAllListeners();
      socket.disconnect();
    };
  }, [conferenceId, enabled]);

  /** Sends one event; resolves with the server's answer (never rejects). */
  const send = useCallback(
    <E extends keyof ClientToServerEvents>(
      event: E,
      payload: Parameters<ClientToServerEvents[E]>[0],
    ): Promise<Ack> =>
      new Promise((resolve) => {
        const socket = socketRef.current;
        if (!socket?.connected) {
          resolve({
            ok: false,
            error: { code: 'OFFLINE', message: 'Not connected at the moment. Try again in a moment.' },
          });
          return;
        }
        const timer = window.setTimeout(() => resolve(NO_ANSWER), ACK_TIMEOUT_MS);
        const emit = socket.emit.bind(socket) as unknown as (
          e: E,
          p: typeof payload,
          ack: (result: Ack) => void,
        ) => void;
        emit(event, payload, (result) => {
          window.clearTimeout(timer);
          resolve(result);
        });
      }),
    [],
  );

  /** Lets someone in or turns them away (with whether their link ends, and for how long they wait). */
  const decide = useCallback(
    (event: LobbyDecision, participantId: string, options: DecisionOptions = {}): Promise<Ack> =>
      send(event, { participantId, ...options }),
    [send],
  );

  return { state: enabled ? state : INITIAL, decide, send };
}
