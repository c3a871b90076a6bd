/** Links and participants with their personal fields sealed: a link's label, a participant's name. */
import type { ParticipantStatus } from '@cb/shared/protocol';
import type { Cipher } from '../../crypto.ts';
import type {
  LinkRow,
  LinksBackend,
  LinksPort,
  ParticipantRow,
  SealedLinkRow,
  SealedParticipantRow,
} from '../ports/links.ts';
import { AAD } from './aad.ts';

export class SealedLinks implements LinksPort {
  constructor(
    private readonly rows: LinksBackend,
    private readonly cipher: Cipher,
  ) {}

  private openLink = (l: SealedLinkRow): LinkRow => ({
    ...l,
    label: this.cipher.decryptText(l.label, AAD.linkLabel(l.id)),
  });
  private openParticipant = (p: SealedParticipantRow): ParticipantRow => ({
    ...p,
    name: this.cipher.decryptText(p.name, AAD.participantName(p.id)),
  });

  async createLink(link: LinkRow): Promise<void> {
    await this.rows.createLink({
      ...link,
      label: this.cipher.encryptText(link.label, AAD.linkLabel(link.id)),
    });
  }
  async findLinkByTokenHash(tokenHash: string): Promise<LinkRow | null> {
    const row = await this.rows.findLinkByTokenHash(tokenHash);
    return row ? this.openLink(row) : null;
  }
  async findLink(id: string): Promise<LinkRow | null> {
    const row = await this.rows.findLink(id);
    return row ? this.openLink(row) : null;
  }
  async listLinks(conferenceId: string): Promise<LinkRow[]> {
    return (await this.rows.listLinks(conferenceId)).map(this.openLink);
  }
  revokeLink(id: string, at: string): Promise<void> {
    return this.rows.revokeLink(id, at);
  }

  async createParticipant(p: ParticipantRow): Promise<void> {
    await this.rows.createParticipant({
      ...p,
      name: this.cipher.encryptText(p.name, AAD.participantName(p.id)),
    });
  }
  async findParticipantByTokenHash(tokenHash: string): Promise<ParticipantRow | null> {
    const row = await this.rows.findParticipantByTokenHash(tokenHash);
    return row ? this.openParticipant(row) : null;
  }
  async findParticipant(id: string): Promise<ParticipantRow | null> {
    const row = await this.rows.findParticipant(id);
    return row ? this.openParticipant(row) : null;
  }
  async listParticipants(conferenceId: string, status?: ParticipantStatus): Promise<ParticipantRow[]> {
    return (await this.rows.listParticipants(conferenceId, status)).map(this.openParticipant);
  }
  setParticipantStatus(
    id: string,
    status: ParticipantStatus,
    at: string,
    coolOffUntil: string | null = null,
  ): Promise<void> {
    return this.rows.setParticipantStatus(id, status, at, coolOffUntil);
  }
}
