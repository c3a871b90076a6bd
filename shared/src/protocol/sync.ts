/**
 * The sync channel: Yjs over the standard y-websocket protocol at `/sync/<docName>`. Document
 * names, who may write or read which document, the close codes (shared with /control) and their
 * plain reasons, the size limits, and the presence each connection publishes.
 */
import { z } from 'zod';
import type { Role } from '../vocabulary.ts';

/**
 * Bumped whenever a message shape below changes incompatibly. Clients on another version reload.
 * New events are not a bump: an old page never sends them, and a new page talking to an old
 * server gets no answer, which `send` reports as a timeout.
 */
export const PROTOCOL_VERSION = 1;

export const SYNC_PATH_PREFIX = '/sync/';
export const RESTRICTED_SUFFIX = '.restricted';

/** Who may write documents. Professionals are read-only until a later issue widens it. */
export function canWrite(role: Role): boolean {
  return role === 'chair';
}

/** Who may ever receive professionals-only content. */
export function canSeeRestricted(role: Role): boolean {
  return role === 'chair' || role === 'professional' || role === 'admin';
}

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
  documentTooNew: 4415,
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
  [CloseCode.documentTooNew]:
    'This board was saved by a newer version of Conference Board, so it cannot open here.',
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
// Presence (y-protocols awareness)
// ---------------------------------------------------------------------------------------------

/**
 * What each connection's awareness `user` field holds. The server writes it from the person's
 * access (a client cannot claim another name or role); screens read it to show who is here.
 */
export const presenceUserSchema = z.object({
  name: z.string(),
  role: z.string(),
  /** Null for staff (a signed-in chair or an admin looking on). */
  participantId: z.string().nullable(),
});
export type PresenceUser = z.infer<typeof presenceUserSchema>;
