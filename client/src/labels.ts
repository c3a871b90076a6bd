/** The plain words the client shows for the codes the server uses. */
import type { ConferenceKind, ConferenceStatus, StaffRole } from '@cb/shared/api';
import type { LinkRole, ParticipantStatus, Role } from '@cb/shared/protocol';
import { ROLE_WORDS } from '@cb/shared/words/labels';

export const KIND_LABELS: Record<ConferenceKind, string> = {
  initial: 'Initial conference',
  review: 'Review conference',
  'transfer-in': 'Transfer-in conference (family moved from another area)',
  'pre-birth': 'Pre-birth conference (for an unborn baby)',
  'core-group': 'Core group meeting (between conferences, on the plan)',
};

/** Shorter names for tables. */
export const KIND_SHORT_LABELS: Record<ConferenceKind, string> = {
  initial: 'Initial',
  review: 'Review',
  'transfer-in': 'Transfer-in',
  'pre-birth': 'Pre-birth',
  'core-group': 'Core group',
};

export const CONFERENCE_STATUS_LABELS: Record<ConferenceStatus, string> = {
  scheduled: 'Scheduled',
  live: 'In progress',
  closed: 'Closed',
};

export const ROLE_LABELS: Record<Role, string> = ROLE_WORDS;

/** What each kind of link lets its holder do, for the person issuing it. */
export const LINK_ROLE_DESCRIPTIONS: Record<LinkRole, string> = {
  chair: 'Chair — runs the board and lets people in',
  professional: 'Professional — sees the whole board, including professionals-only items',
  family: 'Family — sees the board without professionals-only items',
  display: 'Room screen — for the shared screen in the room',
};

export const STAFF_ROLE_LABELS: Record<StaffRole, string> = {
  chair: 'Chair',
  admin: 'Administrator',
};

/** What a person sees when they are not (or no longer) let in, if the server sent no message. */
export const ADMISSION_FALLBACK: Record<ParticipantStatus, string> = {
  waiting: 'Waiting for the chair to let you in.',
  admitted: 'The chair has let you in.',
  refused:
    'The chair has not let you in this time. If you think this is a mistake, please contact the office.',
  removed: 'The chair has removed you from this conference.',
};
