/** Join links and the participants who came through them. Labels and names are sealed. */
import type { LinkRole, ParticipantStatus } from '@cb/shared/protocol';
import type { Sealed } from './common.ts';

export interface LinkRow {
  id: string;
  conferenceId: string;
  role: LinkRole;
  label: string;
  tokenHash: string;
  createdBy: string;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
}

export interface ParticipantRow {
  id: string;
  conferenceId: string;
  linkId: string;
  role: LinkRole;
  name: string;
  tokenHash: string;
  status: ParticipantStatus;
  createdAt: string;
  decidedAt: string | null;
  /** Refused or removed: until when this person's device may not ask to join again. */
  coolOffUntil: string | null;
}

/** Links and participants, over the row types a caller sees (`L`, `P`). */
interface LinksOf<L, P> {
  createLink(link: L): Promise<void>;
  findLinkByTokenHash(tokenHash: string): Promise<L | null>;
  findLink(id: string): Promise<L | null>;
  /** In the order they were created. */
  listLinks(conferenceId: string): Promise<L[]>;
  /** Sets revokedAt once: revoking again keeps the first time. */
  revokeLink(id: string, at: string): Promise<void>;
  createParticipant(participant: P): Promise<void>;
  findParticipantByTokenHash(tokenHash: string): Promise<P | null>;
  findParticipant(id: string): Promise<P | null>;
  /** In the order they came; only those with `status` when it is given. */
  listParticipants(conferenceId: string, status?: ParticipantStatus): Promise<P[]>;
  setParticipantStatus(
    id: string,
    status: ParticipantStatus,
    at: string,
    coolOffUntil?: string | null,
  ): Promise<void>;
}

export type LinksPort = LinksOf<LinkRow, ParticipantRow>;

export type SealedLinkRow = Omit<LinkRow, 'label'> & { label: Sealed };
export type SealedParticipantRow = Omit<ParticipantRow, 'name'> & { name: Sealed };

/** What a backend implements: LinksPort with labels and names sealed. */
export type LinksBackend = LinksOf<SealedLinkRow, SealedParticipantRow>;
