/**
 * Who was invited and who came, for pre-filling the attendance list on the board
 * (`mergeInvitees` in shared/src/doc/attendance.ts does the merging, on the chair's device).
 *
 * Built from the links issued and the participants who joined through them:
 *  - everyone the chair let in, under the name they gave, marked present;
 *  - every professional or family link nobody has been let in through yet, under its label (a
 *    placeholder such as "Riverside Primary DSL"), marked absent, so the minutes can show who was
 *    invited and did not come. An expired link nobody used still counts: that person was invited.
 * Left out: the room screen (display links and whoever joined through them: a screen is not a
 * person), anything through a revoked link (revoking withdraws the invitation), people still
 * waiting, refused or removed, and token hashes. A link made by inviting people (invitations.ts)
 * brings the person's job, agency and kind of agency; otherwise they are left for the chair.
 */
import { AGENCY_TYPES, type AgencyType, type Invitee } from '@cb/shared/doc/attendance';
import type { LinkRole } from '@cb/shared/protocol';
import { ROLE_WORDS } from '@cb/shared/words/labels';
import type { InvitationRow, LinkRow, ParticipantRow, Store } from './store/Store.ts';

function fromParticipant(p: ParticipantRow, role: Exclude<LinkRole, 'display'>): Invitee {
  return {
    name: p.name,
    role: ROLE_WORDS[role],
    // A family link's holder is family for certain; anything more specific is the chair's call.
    ...(role === 'family' ? { agencyType: 'family' as const } : {}),
    participantId: p.id,
    linkId: p.linkId,
    // Someone on the board through their own link is on their own device: at a conference that
    // mostly means joining from elsewhere (the room reads the room's screen). The chair is in the
    // room; anyone else in the room the chair marks so.
    attendance: role === 'chair' ? 'present' : 'remote',
  };
}

function fromUnusedLink(link: LinkRow, role: 'professional' | 'family'): Invitee {
  return {
    name: link.label,
    role: ROLE_WORDS[role],
    ...(role === 'family' ? { agencyType: 'family' as const } : {}),
    participantId: null,
    linkId: link.id,
    attendance: 'absent',
  };
}

/** Invitees in the order the links were issued, each link's people in the order they joined. */
export function inviteesOf(links: LinkRow[], participants: ParticipantRow[]): Invitee[] {
  const out: Invitee[] = [];
  for (const link of links) {
    const role = link.role;
    if (role === 'display' || link.revokedAt !== null) continue;
    const through = participants.filter((p) => p.linkId === link.id);
    for (const p of through) if (p.status === 'admitted') out.push(fromParticipant(p, role));
    // Someone let in and later removed still used the link: it is no longer an open invitation.
    const used = through.some((p) => p.status === 'admitted' || p.status === 'removed');
    if (!used && role !== 'chair') out.push(fromUnusedLink(link, role));
  }
  return out;
}

/**
 * What the admin said about the person a link was made for (invitations.ts): their job, agency
 * and kind of agency. A link nobody has used yet also takes the person's own name (its label has
 * their job and agency in brackets, which the card shows apart).
 */
function withInvitation(invitee: Invitee, invitation: InvitationRow | undefined): Invitee {
  if (!invitation) return invitee;
  const unused = invitee.participantId === null;
  return {
    ...invitee,
    ...(unused ? { name: invitation.name } : {}),
    ...(invitation.jobRole ? { role: invitation.jobRole } : {}),
    ...(invitation.agency ? { agency: invitation.agency } : {}),
    ...(AGENCY_TYPES.includes(invitation.agencyType as AgencyType)
      ? { agencyType: invitation.agencyType as AgencyType }
      : {}),
  };
}

/** A conference's invitees, read from its links, participants and invitations. */
export async function inviteesOfConference(store: Store, conferenceId: string): Promise<Invitee[]> {
  const [links, participants, invitations] = await Promise.all([
    store.listLinks(conferenceId),
    store.listParticipants(conferenceId),
    store.listInvitations(conferenceId),
  ]);
  return inviteesOf(links, participants).map((i) =>
    withInvitation(
      i,
      invitations.find((x) => x.linkId === i.linkId),
    ),
  );
}
