/**
 * The conference's vocabulary: the closed sets of words every other module is built from (roles,
 * statuses, stages, kinds, sections, categories). A leaf: it imports nothing, so the protocol, the
 * HTTP schemas and the document schema can all import it without importing each other.
 */

/** Roles a person can hold in one conference. `admin` is a staff session looking on (read-only). */
export const ROLES = ['chair', 'professional', 'family', 'display', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Roles a link can be issued for. */
export const LINK_ROLES = ['chair', 'professional', 'family', 'display'] as const;
export type LinkRole = (typeof LINK_ROLES)[number];

export const PARTICIPANT_STATUSES = ['waiting', 'admitted', 'refused', 'removed'] as const;
export type ParticipantStatus = (typeof PARTICIPANT_STATUSES)[number];

/**
 * The kinds of meeting a board is for. A core group (between conferences, on the plan) is a board of
 * its own kind, opened from a conference with a child protection plan or from the core group before.
 */
export const CONFERENCE_KINDS = ['initial', 'review', 'transfer-in', 'pre-birth', 'core-group'] as const;
export type ConferenceKind = (typeof CONFERENCE_KINDS)[number];
/** The kinds an admin books from the conferences page; a core group is opened from a conference. */
export const BOOKED_KINDS = ['initial', 'review', 'transfer-in', 'pre-birth'] as const;

/** The stages of a conference, in order; the server holds the current one. */
export const STAGES = ['part-one', 'sharing', 'plan', 'decision', 'closed'] as const;
export type Stage = (typeof STAGES)[number];

/** Why a snapshot of the board was taken: while in use, at a stage, at close, or by hand. */
export const SNAPSHOT_REASONS = ['periodic', 'stage', 'close', 'manual'] as const;
export type SnapshotReason = (typeof SNAPSHOT_REASONS)[number];

/** The board's lists, each a top-level Y.Array of the conference documents. */
export const LIST_SECTIONS = [
  'worries',
  'workingWell',
  'greyAreas',
  'childsVoice',
  'parentsView',
  'safetyScales',
  'plan',
] as const;
export type ListSection = (typeof LIST_SECTIONS)[number];

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

/** What the room's screen shows, as the chair chooses: the whole board, or one part of it enlarged. */
export const ROOM_VIEWS = ['board', ...FOCUS_SECTIONS] as const;
export type RoomView = (typeof ROOM_VIEWS)[number];

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

export const WORRY_KINDS = ['past-harm', 'future-danger', 'impact'] as const;
export type WorryKind = (typeof WORRY_KINDS)[number];
export const EVIDENCE_TAGS = ['fact', 'observation', 'allegation', 'opinion'] as const;
export type EvidenceTag = (typeof EVIDENCE_TAGS)[number];
export const SOURCES = ['first-hand', 'second-hand', 'third-hand'] as const;
export type Source = (typeof SOURCES)[number];

/** Categories of harm a child protection plan can be made under. */
export const HARM_CATEGORIES = ['neglect', 'physical', 'emotional', 'sexual'] as const;
export type HarmCategory = (typeof HARM_CATEGORIES)[number];
