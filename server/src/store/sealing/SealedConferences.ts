/**
 * Conferences with their personal fields sealed: title, place, the chair's name, the reason it is
 * convened, children's names and dates of birth.
 */
import type { Cipher } from '../../crypto.ts';
import type {
  ConferenceRow,
  ConferencesBackend,
  ConferencesPort,
  DistributionRow,
  InvitationRow,
  ReportRow,
  SealedConferenceRow,
} from '../ports/conferences.ts';
import { AAD } from './aad.ts';

export class SealedConferences implements ConferencesPort {
  constructor(
    private readonly rows: ConferencesBackend,
    private readonly cipher: Cipher,
  ) {}

  private seal(c: ConferenceRow): SealedConferenceRow {
    const seal = (text: string, aad: string) => this.cipher.encryptText(text, aad);
    return {
      ...c,
      title: seal(c.title, AAD.conferenceTitle(c.id)),
      place: c.place === null ? null : seal(c.place, AAD.conferencePlace(c.id)),
      chairName: c.chairName ? seal(c.chairName, AAD.conferenceChairName(c.id)) : null,
      reason: c.reason ? seal(c.reason, AAD.conferenceReason(c.id)) : null,
      children: c.children.map((child) => ({
        id: child.id,
        name: seal(child.name, AAD.childName(child.id)),
        dateOfBirth:
          child.dateOfBirth === null ? null : seal(child.dateOfBirth, AAD.childDateOfBirth(child.id)),
      })),
    };
  }

  private open(c: SealedConferenceRow): ConferenceRow {
    const open = (sealed: Uint8Array, aad: string) => this.cipher.decryptText(sealed, aad);
    return {
      ...c,
      title: open(c.title, AAD.conferenceTitle(c.id)),
      place: c.place === null ? null : open(c.place, AAD.conferencePlace(c.id)),
      chairName: c.chairName ? open(c.chairName, AAD.conferenceChairName(c.id)) : null,
      reason: c.reason ? open(c.reason, AAD.conferenceReason(c.id)) : null,
      children: c.children.map((child) => ({
        id: child.id,
        name: open(child.name, AAD.childName(child.id)),
        dateOfBirth:
          child.dateOfBirth === null ? null : open(child.dateOfBirth, AAD.childDateOfBirth(child.id)),
      })),
    };
  }

  async createConference(conference: ConferenceRow): Promise<void> {
    await this.rows.createConference(this.seal(conference));
  }
  async findConference(id: string): Promise<ConferenceRow | null> {
    const row = await this.rows.findConference(id);
    return row ? this.open(row) : null;
  }
  async listConferences(filter: { chairUserId?: string }): Promise<ConferenceRow[]> {
    return (await this.rows.listConferences(filter)).map((r) => this.open(r));
  }
  startConference(id: string, startedAt: string, chairName: string): Promise<boolean> {
    return this.rows.startConference(
      id,
      startedAt,
      this.cipher.encryptText(chairName, AAD.conferenceChairName(id)),
    );
  }
  async recordDistribution(entry: DistributionRow): Promise<void> {
    await this.rows.recordDistribution({
      ...entry,
      to: this.cipher.encryptText(entry.to, AAD.distributionRecipient(entry.id)),
    });
  }
  async listDistribution(conferenceId: string): Promise<DistributionRow[]> {
    return (await this.rows.listDistribution(conferenceId)).map((e) => ({
      ...e,
      to: this.cipher.decryptText(e.to, AAD.distributionRecipient(e.id)),
    }));
  }
  async saveReport(r: ReportRow): Promise<void> {
    const seal = (field: 'agency' | 'author' | 'notSharedReason') =>
      this.cipher.encryptText(r[field], AAD.reportField(r.id, field));
    await this.rows.saveReport({
      ...r,
      agency: seal('agency'),
      author: seal('author'),
      notSharedReason: seal('notSharedReason'),
    });
  }
  async listReports(conferenceId: string): Promise<ReportRow[]> {
    return (await this.rows.listReports(conferenceId)).map((r) => {
      const open = (field: 'agency' | 'author' | 'notSharedReason') =>
        this.cipher.decryptText(r[field], AAD.reportField(r.id, field));
      return {
        ...r,
        agency: open('agency'),
        author: open('author'),
        notSharedReason: open('notSharedReason'),
      };
    });
  }
  async saveInvitation(i: InvitationRow): Promise<void> {
    const { name, jobRole, agency, email, managerEmail } = i;
    await this.rows.saveInvitation({
      linkId: i.linkId,
      conferenceId: i.conferenceId,
      agencyType: i.agencyType,
      createdAt: i.createdAt,
      details: this.cipher.encryptText(
        JSON.stringify({ name, jobRole, agency, email, managerEmail }),
        AAD.invitationDetails(i.linkId),
      ),
    });
  }
  async listInvitations(conferenceId: string): Promise<InvitationRow[]> {
    return (await this.rows.listInvitations(conferenceId)).map((r) => {
      const d = JSON.parse(this.cipher.decryptText(r.details, AAD.invitationDetails(r.linkId))) as Pick<
        InvitationRow,
        'name' | 'jobRole' | 'agency' | 'email' | 'managerEmail'
      >;
      return {
        linkId: r.linkId,
        conferenceId: r.conferenceId,
        agencyType: r.agencyType,
        createdAt: r.createdAt,
        ...d,
      };
    });
  }
}
