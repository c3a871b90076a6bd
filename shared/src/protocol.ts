/**
 * The one wire-protocol file: every real-time message between client and server is defined here,
 * imported by both sides. Sync (Yjs) uses the standard y-websocket protocol at `/sync/<docName>`;
 * everything else (lobby, admission, later presenter focus, hands and suggestions) goes over
 * socket.io at `/control` with the typed events below.
 */
import { z } from 'zod';
import { HARM_CATEGORIES } from './doc/decisions.ts';
import { STAGES, type Stage } from './doc/schema.ts';

/**
 * Bumped whenever a message shape below changes incompatibly. Clients on another version reload.
 * New events are not a bump: an old page never sends them, and a new page talking to an old
 * server gets no answer, which `send` reports as a timeout.
 */
export const PROTOCOL_VERSION = 1;

export const SYNC_PATH_PREFIX = '/sync/';
export const CONTROL_PATH = '/control';
export const RESTRICTED_SUFFIX = '.restricted';

/** Roles a person can hold in one conference. `admin` is a staff session looking on (read-only). */
export const ROLES = ['chair', 'professional', 'family', 'display', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Roles a link can be issued for. */
export const LINK_ROLES = ['chair', 'professional', 'family', 'display'] as const;
export type LinkRole = (typeof LINK_ROLES)[number];

/** Who may write documents. Professionals are read-only until a later issue widens it. */
export function canWrite(role: Role): boolean {
  return role === 'chair';
}

/** Who may ever receive professionals-only content. */
export function canSeeRestricted(role: Role): boolean {
  return role === 'chair' || role === 'professional' || role === 'admin';
}

/** Links whose holders wait in the lobby until the chair lets them in. */
export function waitsInLobby(role: LinkRole): boolean {
  return role !== 'chair';
}

export const PARTICIPANT_STATUSES = ['waiting', 'admitted', 'refused', 'removed'] as const;
export type ParticipantStatus = (typeof PARTICIPANT_STATUSES)[number];

/**
 * WebSocket close codes (4000–4999 is the application range). The same codes are used as
 * socket.io error codes where they fit.
 */
export const CloseCode = {
  normal: 1000,
  serverShutdown: 1001,
  unauthorised: 4001,
  readOnly: 4003,
  notFound: 4004,
  linkRevoked: 4010,
  removed: 4011,
  conferenceClosed: 4012,
  linkExpired: 4013,
  malformed: 4400,
  messageTooLarge: 4413,
  documentTooLarge: 4414,
  protocolMismatch: 4426,
  tooManyConnections: 4429,
} as const;
export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];

/** Plain-English reasons sent with a close frame (a close reason must stay under 123 bytes). */
export const CLOSE_REASONS: Record<CloseCode, string> = {
  [CloseCode.normal]: 'Closed.',
  [CloseCode.serverShutdown]: 'The server is restarting. Reconnecting shortly.',
  [CloseCode.unauthorised]: 'Please sign in or open your link again.',
  [CloseCode.readOnly]: 'This view is read-only, so changes cannot be saved.',
  [CloseCode.notFound]: 'This conference board could not be found.',
  [CloseCode.linkRevoked]: 'This link has been withdrawn by the chair or an administrator.',
  [CloseCode.removed]: 'The chair has removed you from this conference.',
  [CloseCode.conferenceClosed]: 'This conference has been closed.',
  [CloseCode.linkExpired]: 'This link has expired. Please ask for a new one.',
  [CloseCode.malformed]: 'A message could not be understood, so the connection was reset.',
  [CloseCode.messageTooLarge]: 'A change was too large to send.',
  [CloseCode.documentTooLarge]: 'This board has reached its size limit.',
  [CloseCode.protocolMismatch]: 'A newer version is available. Please reload the page.',
  [CloseCode.tooManyConnections]: 'This link is open in too many windows. Close some and try again.',
};

/** Limits shared by client (to avoid sending) and server (to enforce). Units in the names. */
export const LIMITS = {
  maxMessageBytes: 2 * 1024 * 1024,
  /** A message from someone waiting in the lobby (their state vector or presence). */
  maxHeldMessageBytes: 64 * 1024,
  /** What an admitted socket may send while its document is still loading. */
  maxLoadingBytes: 8 * 1024 * 1024,
  /** Sync and control sockets open at once for one person, and for one link (many devices). */
  maxSocketsPerParticipant: 12,
  maxSocketsPerLink: 90,
  maxDocumentBytes: 32 * 1024 * 1024,
  maxControlPayloadBytes: 64 * 1024,
} as const;

// ---------------------------------------------------------------------------------------------
// Document names
// ---------------------------------------------------------------------------------------------

const conferenceIdPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const conferenceIdSchema = z.string().regex(conferenceIdPattern, 'Not a conference id');

export interface DocAddress {
  conferenceId: string;
  restricted: boolean;
}

export function docNameFor(conferenceId: string, restricted: boolean): string {
  return restricted ? `${conferenceId}${RESTRICTED_SUFFIX}` : conferenceId;
}

/** Parses `<id>` or `<id>.restricted`; anything else is `null`. */
export function parseDocName(docName: string): DocAddress | null {
  const restricted = docName.endsWith(RESTRICTED_SUFFIX);
  const conferenceId = restricted ? docName.slice(0, -RESTRICTED_SUFFIX.length) : docName;
  return conferenceIdPattern.test(conferenceId) ? { conferenceId, restricted } : null;
}

// ---------------------------------------------------------------------------------------------
// socket.io `/control`
// ---------------------------------------------------------------------------------------------

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

export interface PresentEntry {
  participantId: string;
  name: string;
  role: Role;
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

/** The board sections a chair can bring into everyone's view (presenter focus). */
export const FOCUS_SECTIONS = [
  'worries',
  'workingWell',
  'greyAreas',
  'childsVoice',
  'genogram',
  'plan',
  'contingency',
  'decision',
] as const;
export type FocusSection = (typeof FOCUS_SECTIONS)[number];

/** Sections a professional may suggest an item for. */
export const SUGGESTION_SECTIONS = [
  'worries',
  'workingWell',
  'greyAreas',
  'childsVoice',
  'parentsView',
  'plan',
] as const;
export type SuggestionSection = (typeof SUGGESTION_SECTIONS)[number];

export const stageSchema = z.object({ stage: z.enum(STAGES) });

export const focusSchema = z.object({ section: z.enum(FOCUS_SECTIONS).nullable() });
export type Focus = z.infer<typeof focusSchema>;

export const newSuggestionSchema = z.object({
  section: z.enum(SUGGESTION_SECTIONS),
  text: z.string().trim().min(1, 'Write the suggestion first').max(2000, 'At most 2,000 characters'),
  /** For worries: past harm, future danger or impact. */
  kind: z.enum(['past-harm', 'future-danger', 'impact']).nullable().optional(),
});
export type NewSuggestion = z.infer<typeof newSuggestionSchema>;

export const suggestionRefSchema = z.object({ suggestionId: z.uuid() });
export type SuggestionRef = z.infer<typeof suggestionRefSchema>;

/**
 * A professional's view on the decision for one child, from their own device. Who gives it (name,
 * participant) comes from their access on the server, never from the payload; the child id is one
 * the server made (`randomUUID`) and must be one of the conference's children.
 */
export const viewSetSchema = z.object({
  childId: z.uuid('That child could not be found.'),
  /** Is the threshold of significant harm met? */
  thresholdMet: z.boolean(),
  /** The single category, when the threshold is met (dropped when it is not). */
  category: z.enum(HARM_CATEGORIES, 'Choose a category from the list.').nullable(),
  agency: z.string().trim().max(200, 'At most 200 characters for the agency'),
});
export type ViewSet = z.infer<typeof viewSetSchema>;

/** A professional takes back the view they gave for one child. */
export const viewWithdrawSchema = z.object({ childId: z.uuid('That child could not be found.') });
export type ViewWithdraw = z.infer<typeof viewWithdrawSchema>;

export interface Suggestion {
  id: string;
  section: SuggestionSection;
  text: string;
  kind: 'past-harm' | 'future-danger' | 'impact' | null;
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

/** Events the client sends. Every payload is validated by the server with the schemas above. */
export interface ClientToServerEvents {
  'lobby:admit': (ref: ParticipantRef, ack: (result: Ack) => void) => void;
  'lobby:refuse': (ref: ParticipantDecision, ack: (result: Ack) => void) => void;
  'participant:remove': (ref: ParticipantDecision, ack: (result: Ack) => void) => void;
  /** Chair: move the conference to another stage (closing has its own route). */
  'stage:set': (stage: { stage: Stage }, ack: (result: Ack) => void) => void;
  /** Chair: bring a section into everyone's view (or none). */
  'focus:set': (focus: Focus, ack: (result: Ack) => void) => void;
  /** Anyone admitted except the room screen: raise or lower their own hand. */
  'hand:set': (hand: { raised: boolean }, ack: (result: Ack) => void) => void;
  /** Chair: lower someone's hand after calling on them. */
  'hand:lower': (ref: { key: string }, ack: (result: Ack) => void) => void;
  /** Professional: suggest an item for the chair to accept. */
  'suggestion:create': (suggestion: NewSuggestion, ack: (result: Ack) => void) => void;
  /** Chair: the suggestion was put on the board (by the chair's client) or dismissed. */
  'suggestion:resolve': (
    resolution: SuggestionRef & { outcome: 'accepted' | 'dismissed' },
    ack: (result: Ack) => void,
  ) => void;
  /** Professional: give (or change) their view on the decision for one child. */
  'view:set': (view: ViewSet, ack: (result: Ack) => void) => void;
  /** Professional: take back their view for one child. */
  'view:withdraw': (ref: ViewWithdraw, ack: (result: Ack) => void) => void;
}

/** socket.io `connect_error` messages the server uses, so the client can react to each. */
export const ControlErrorCode = {
  protocolMismatch: 'PROTOCOL_MISMATCH',
  unauthorised: 'UNAUTHORISED',
  badRequest: 'BAD_REQUEST',
} as const;
