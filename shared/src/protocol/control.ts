/**
 * The control channel: socket.io at `/control` for everything that is not a document (the lobby
 * and admission, the stage, presenter focus, hands, suggestions, views on the decision). Every
 * event a client may send is in ONE table, CONTROL_EVENTS, with its payload's schema and who may
 * send it; the socket.io event types are derived from it, and the server validates with it.
 */
import { z } from 'zod';
import {
  FOCUS_SECTIONS,
  HARM_CATEGORIES,
  ROOM_VIEWS,
  STAGES,
  SUGGESTION_SECTIONS,
  WORRY_KINDS,
  type FocusSection,
  type LinkRole,
  type ParticipantStatus,
  type Role,
  type RoomView,
  type Stage,
  type SuggestionSection,
  type WorryKind,
} from '../vocabulary.ts';
import { conferenceIdSchema, type CloseCode } from './sync.ts';

export const CONTROL_PATH = '/control';

/** Links whose holders wait in the lobby until the chair lets them in. */
export function waitsInLobby(role: LinkRole): boolean {
  return role !== 'chair';
}

/** Sent by the client in `io(url, { auth })`. */
export const controlAuthSchema = z.object({
  protocolVersion: z.number().int(),
  conferenceId: conferenceIdSchema,
});
export type ControlAuth = z.infer<typeof controlAuthSchema>;

export interface LobbyEntry {
  participantId: string;
  name: string;
  role: LinkRole;
  linkLabel: string;
  since: string;
}

export interface ControlHello {
  protocolVersion: number;
  stage: Stage;
  role: Role;
  participantId: string | null;
  name: string;
  status: ParticipantStatus;
}

export interface AdmissionEvent {
  status: ParticipantStatus;
  message: string;
  /** Refused or removed: the link they came by no longer works. */
  linkEnded?: boolean;
  /** Refused or removed through a link that still works: when this device may ask again. */
  askAgainAt?: string | null;
}

export interface ControlError {
  code: string;
  message: string;
}

export type Ack = { ok: true } | { ok: false; error: ControlError };

export const participantRefSchema = z.object({ participantId: z.uuid() });
export type ParticipantRef = z.infer<typeof participantRefSchema>;

/** How long a refused or removed person's device must wait before asking to join again. */
export const COOL_OFF_MINUTES = [5, 15, 60, 240] as const;
export const DEFAULT_COOL_OFF_MINUTES = 15;

/**
 * "Not now" and "Remove": whether the person's link stops working too (absent: yes for family
 * and room-screen links, which are one household's or one screen's; no for a professionals' link,
 * which colleagues share), and how many minutes their device waits before it may ask again.
 */
export const decisionOptionsSchema = z.object({
  revokeLink: z.boolean().optional(),
  coolOffMinutes: z.number().int().min(0).max(1440).optional(),
});
export type DecisionOptions = z.infer<typeof decisionOptionsSchema>;
export const participantDecisionSchema = participantRefSchema.extend(decisionOptionsSchema.shape);
export type ParticipantDecision = z.infer<typeof participantDecisionSchema>;

/** Whether turning someone away ends their link unless the chair says otherwise. */
export function revokesLinkByDefault(role: LinkRole): boolean {
  return role === 'family' || role === 'display';
}

export const stageSchema = z.object({ stage: z.enum(STAGES) });

export const focusSchema = z.object({ section: z.enum(FOCUS_SECTIONS).nullable() });
export type Focus = z.infer<typeof focusSchema>;
export const roomViewSchema = z.object({ view: z.enum(ROOM_VIEWS) });

export const newSuggestionSchema = z.object({
  section: z.enum(SUGGESTION_SECTIONS),
  text: z.string().trim().min(1, 'Write the suggestion first').max(2000, 'At most 2,000 characters'),
  /** For worries: past harm, future danger or impact. */
  kind: z.enum(WORRY_KINDS).nullable().optional(),
});
export type NewSuggestion = z.infer<typeof newSuggestionSchema>;

export const suggestionRefSchema = z.object({ suggestionId: z.uuid() });
export type SuggestionRef = z.infer<typeof suggestionRefSchema>;

/**
 * A professional's view on the decision for one child, from their own device. Who gives it (name,
 * participant) comes from their access on the server, never from the payload; the child id is one
 * the server made (`randomUUID`) and must be one of the conference's children.
 */
export const viewSetSchema = z
  .object({
    childId: z.uuid('That child could not be found.'),
    /** Is the threshold of significant harm met? */
    thresholdMet: z.boolean(),
    /** The single category, when the threshold is met (dropped when it is not). */
    category: z.enum(HARM_CATEGORIES, 'Choose a category from the list.').nullable(),
    agency: z.string().trim().max(200, 'At most 200 characters for the agency'),
    /** They wish to dissent from the decision (asked when their view differs), with their reasons. */
    dissents: z.boolean().default(false),
    dissentReasons: z.string().trim().max(2000, 'At most 2000 characters for the reasons').default(''),
  })
  .refine((v) => !v.dissents || v.dissentReasons !== '', {
    message: 'Give the reasons for the dissent.',
    path: ['dissentReasons'],
  });
export type ViewSet = z.infer<typeof viewSetSchema>;

/** A professional takes back the view they gave for one child. */
export const viewWithdrawSchema = z.object({ childId: z.uuid('That child could not be found.') });
export type ViewWithdraw = z.infer<typeof viewWithdrawSchema>;

export interface Suggestion {
  id: string;
  section: SuggestionSection;
  text: string;
  kind: WorryKind | null;
  by: { name: string; role: Role; participantId: string | null };
  createdAt: string;
  status: 'open' | 'accepted' | 'dismissed';
}

export interface RaisedHand {
  /** Who: a participant id, or `staff:<id>`. */
  key: string;
  name: string;
  role: Role;
  since: string;
}

/** What a (re)connecting client needs to catch up: kept server-side, not only in events. */
export interface RoomState {
  /** Server-authoritative: the chair sets it over /control; every screen shows it. */
  stage: Stage;
  focus: FocusSection | null;
  /** What the room's screen shows (the chair's choice); `board` until the chair chooses. */
  screen: RoomView;
  hands: RaisedHand[];
  /** The chair sees every open suggestion; a professional sees their own. */
  suggestions: Suggestion[];
}

/** Events the server sends. */
export interface ServerToClientEvents {
  /** After hello, and whenever focus, hands or suggestions change. */
  'room:state': (state: RoomState) => void;
  hello: (hello: ControlHello) => void;
  /** Chair only: the people waiting to be let in, whenever it changes. */
  'lobby:update': (waiting: LobbyEntry[]) => void;
  /** To a waiting or admitted participant when the chair decides about them. */
  admission: (event: AdmissionEvent) => void;
  /** To everyone connected, waiting or not, when the chair changes the stage. */
  stage: (event: { stage: Stage }) => void;
  /** The socket is about to be closed by the server, with why. */
  ended: (event: { code: CloseCode; message: string }) => void;
}

export const handSchema = z.object({ raised: z.boolean() });
export const handKeySchema = z.object({ key: z.string().min(1).max(100) });
export const suggestionResolutionSchema = suggestionRefSchema.extend({
  outcome: z.enum(['accepted', 'dismissed']),
});

/**
 * Every event a client may send: the schema its payload must pass, and whether only the chair may
 * send it (anyone else's is ignored without an answer, so a stranger learns nothing from it).
 * Each is answered through its ack with an `Ack`.
 */
export const CONTROL_EVENTS = {
  'lobby:admit': { payload: participantRefSchema, chairOnly: true },
  /** "Not now": with whether their link ends and how long their device waits. */
  'lobby:refuse': { payload: participantDecisionSchema, chairOnly: true },
  'participant:remove': { payload: participantDecisionSchema, chairOnly: true },
  /** Move the conference to another stage (closing has its own route). */
  'stage:set': { payload: stageSchema, chairOnly: true },
  /** Bring a section into everyone's view (or none). */
  'focus:set': { payload: focusSchema, chairOnly: true },
  /** What the room's screen shows: the whole board, or one part enlarged. */
  'screen:set': { payload: roomViewSchema, chairOnly: true },
  /** Anyone admitted except the room screen: raise or lower their own hand. */
  'hand:set': { payload: handSchema, chairOnly: false },
  /** The chair lowers someone's hand after calling on them (anyone else is told no, plainly). */
  'hand:lower': { payload: handKeySchema, chairOnly: false },
  /** A professional suggests an item for the chair to accept. */
  'suggestion:create': { payload: newSuggestionSchema, chairOnly: false },
  /** The chair: the suggestion was put on the board (by the chair's client) or dismissed. */
  'suggestion:resolve': { payload: suggestionResolutionSchema, chairOnly: false },
  /** A professional gives (or changes) their view on the decision for one child; anyone else is told why not. */
  'view:set': { payload: viewSetSchema, chairOnly: false },
  /** A professional takes back their view for one child. */
  'view:withdraw': { payload: viewWithdrawSchema, chairOnly: false },
} as const satisfies Record<string, { payload: z.ZodType; chairOnly: boolean }>;

export type ControlEvent = keyof typeof CONTROL_EVENTS;
/** What a client sends with an event (before the server's validation trims and checks it). */
export type ControlPayload<E extends ControlEvent> = z.input<(typeof CONTROL_EVENTS)[E]['payload']>;
/** The payload as the server's handler receives it, validated. */
export type ControlInput<E extends ControlEvent> = z.output<(typeof CONTROL_EVENTS)[E]['payload']>;

/** Events the client sends, derived from CONTROL_EVENTS. */
export type ClientToServerEvents = {
  [E in ControlEvent]: (payload: ControlPayload<E>, ack: (result: Ack) => void) => void;
};

/** socket.io `connect_error` messages the server uses, so the client can react to each. */
export const ControlErrorCode = {
  protocolMismatch: 'PROTOCOL_MISMATCH',
  unauthorised: 'UNAUTHORISED',
  badRequest: 'BAD_REQUEST',
} as const;
