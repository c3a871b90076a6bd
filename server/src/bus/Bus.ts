/**
 * The bus: how the parts of the server tell each other what happened to a conference (someone
 * joined the lobby, a decision about them, the room or the stage changed, connections to end).
 * Every message is plain JSON data, so that a second implementation can carry it between server
 * processes (Redis, for scale-out) without changing anyone who publishes or subscribes. The
 * in-process implementation (LocalBus) passes each message through JSON too, so nothing can come to
 * rely on sharing an object.
 *
 * Delivery is at-most-once and asynchronous in general: subscribers must not assume they run
 * before `publish` returns (LocalBus happens to deliver at once), and anything that must be durable
 * is written to the store before it is published.
 */
import type { Stage } from '@cb/shared/doc/schema';
import type { CloseCode } from '@cb/shared/protocol';
import type { ParticipantRow } from '../store/Store.ts';

/** Which live connections to end: every given field must match (an empty selector matches none). */
export interface ConnectionSelector {
  conferenceId?: string;
  participantId?: string;
  linkId?: string;
  sessionTokenHash?: string;
}

export type BusMessage =
  /** Someone joined the lobby or was decided about. */
  | { type: 'lobbyChanged'; conferenceId: string }
  /** A participant's status changed (admitted, refused, removed), and whether their link ended with it. */
  | { type: 'participantStatus'; participant: ParticipantRow; linkEnded: boolean }
  /** Presenter focus, hands or suggestions changed. */
  | { type: 'roomChanged'; conferenceId: string }
  /** The chair moved the conference to another stage. */
  | { type: 'stageChanged'; conferenceId: string; stage: Stage }
  /**
   * Connections to end everywhere (a link revoked, a person removed, a session signed out, a
   * conference purged). `origin` is the process that published it, which has ended its own already.
   */
  | { type: 'endConnections'; origin: string; where: ConnectionSelector; code: CloseCode };

export type BusMessageType = BusMessage['type'];
export type BusMessageOf<T extends BusMessageType> = Extract<BusMessage, { type: T }>;

export interface Bus {
  publish(message: BusMessage): void;
  /** Calls `handler` with every later message of that type; returns the way to stop. */
  subscribe<T extends BusMessageType>(type: T, handler: (message: BusMessageOf<T>) => void): () => void;
  close(): Promise<void>;
}
