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

export interface LinksPort {
  createLink(link: LinkRow): Promise<void>;
  findLinkByTokenHash(tokenHash: string): Promise<LinkRow | null>;
  findLink(id: string): Promise<LinkRow | null>;
  /** In the order they were created. */
  listLinks(conferenceId: string): Promise<LinkRow[]>;
  /** Sets revokedAt once: revoking again keeps the first time. */
  revokeLink(id: string, at: string): Promise<void>;
  createParticipant(participant: ParticipantRow): Promise<void>;
  findParticipantByTokenHash(tokenHash: string): Promise<ParticipantRow | null>;
  findParticipant(id: string): Promise<ParticipantRow | null>;
  /** In the order they came; only those with `status` when it is given. */
  listParticipants(conferenceId: string, status?: ParticipantStatus): Promise<ParticipantRow[]>;
  setParticipantStatus(
    id: string,
    status: ParticipantStatus,
    at: string,
    coolOffUntil?: string | null,
  ): Promise<void>;
}

export type SealedLinkRow = Omit<LinkRow, 'label'> & { label: Sealed };
export type SealedParticipantRow = Omit<ParticipantRow, 'name'> & { name: Sealed };

/** What a backend implements: LinksPort with labels and names sealed. */
export interface LinksBackend {
  createLink(link: SealedLinkRow): Promise<void>;
  findLinkByTokenHash(tokenHash: string): Promise<SealedLinkRow | null>;
  findLink(id: string): Promise<SealedLinkRow | null>;
  listLinks(conferenceId: string): Promise<SealedLinkRow[]>;
  revokeLink(id: string, at: string): Promise<void>;
  createParticipant(participant: SealedParticipantRow): Promise<void>;
  findParticipantByTokenHash(tokenHash: string): Promise<SealedParticipantRow | null>;
  findParticipant(id: string): Promise<SealedParticipantRow | null>;
  listParticipants(conferenceId: string, status?: ParticipantStatus): Promise<SealedParticipantRow[]>;
  setParticipantStatus(
    id: string,
    status: ParticipantStatus,
    at: string,
    coolOffUntil?: string | null,
  ): Promise<void>;
}
