/**
 * Who is asking, and what may they do in a conference: one resolver for HTTP routes, the sync
 * upgrade and the control channel, so that every entry point applies the same rules.
 */
import type { ParticipantStatus, Role } from '@cb/shared/protocol';
import { hashToken } from './crypto.ts';
import { participantCookie, readCookies, SESSION_COOKIE } from './http/cookies.ts';
import type { ConferenceRow, LinkRow, ParticipantRow, StaffUserRow, Store } from './store/Store.ts';

export interface StaffIdentity {
  user: StaffUserRow;
  sessionTokenHash: string;
}

export interface ConferenceAccess {
  conference: ConferenceRow;
  role: Role;
  name: string;
  status: ParticipantStatus;
  participant: ParticipantRow | null;
  link: LinkRow | null;
  staff: StaffIdentity | null;
}

export function linkIsLive(link: LinkRow, now = Date.now()): boolean {
  return link.revokedAt === null && (link.expiresAt === null || new Date(link.expiresAt).getTime() > now);
}

export class AccessResolver {
  constructor(private readonly store: Store) {}

  async staff(cookieHeader: string | undefined): Promise<StaffIdentity | null> {
    const token = readCookies(cookieHeader)[SESSION_COOKIE];
    if (!token || token.length > 200) return null;
    const tokenHash = hashToken(token);
    const session = await this.store.findSession(tokenHash);
    if (!session || new Date(session.expiresAt).getTime() <= Date.now()) return null;
    const user = await this.store.findStaffUser(session.userId);
    return user ? { user, sessionTokenHash: tokenHash } : null;
  }

  /** The participant behind this browser's cookie for the conference, if the cookie is valid. */
  async participant(
    cookieHeader: string | undefined,
    conferenceId: string,
  ): Promise<{ participant: ParticipantRow; link: LinkRow } | null> {
    const token = readCookies(cookieHeader)[participantCookie(conferenceId)];
    if (!token || token.length > 200) return null;
    const participant = await this.store.findParticipantByTokenHash(hashToken(token));
    if (!participant || participant.conferenceId !== conferenceId) return null;
    const link = await this.store.findLink(participant.linkId);
    if (!link || !linkIsLive(link)) return null;
    return { participant, link };
  }

  /**
   * Someone the chair refused or removed, even once the link they came by has ended: so that their
   * page can keep telling them what happened. Gives access to nothing.
   */
  async turnedAway(cookieHeader: string | undefined, conferenceId: string): Promise<ParticipantRow | null> {
    const token = readCookies(cookieHeader)[participantCookie(conferenceId)];
    if (!token || token.length > 200) return null;
    const participant = await this.store.findParticipantByTokenHash(hashToken(token));
    if (!participant || participant.conferenceId !== conferenceId) return null;
    return participant.status === 'refused' || participant.status === 'removed' ? participant : null;
  }

  /**
   * Access to one conference. A staff chair of the conference is its chair; otherwise a link's
   * participant has the link's role; otherwise an admin looks on read-only.
   */
  async conference(cookieHeader: string | undefined, conferenceId: string): Promise<ConferenceAccess | null> {
    const conference = await this.store.findConference(conferenceId);
    if (!conference) return null;
    const staff = await this.staff(cookieHeader);
    if (staff && conference.chairUserId === staff.user.id) {
      return {
        conference,
        role: 'chair',
        name: staff.user.name,
        status: 'admitted',
        participant: null,
        link: null,
        staff,
      };
    }
    const viaLink = await this.participant(cookieHeader, conferenceId);
    if (viaLink) {
      const { participant, link } = viaLink;
      return {
        conference,
        role: participant.role,
        name: participant.name,
        status: participant.status,
        participant,
        link,
        staff,
      };
    }
    if (staff && staff.user.role === 'admin') {
      return {
        conference,
        role: 'admin',
        name: staff.user.name,
        status: 'admitted',
        participant: null,
        link: null,
        staff,
      };
    }
    return null;
  }
}
