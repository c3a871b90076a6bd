/**
 * Inviting everyone at once: one link per person (professional or family), each made as a single
 * link is (LinkService: audited, the token kept only as a hash), and the person's name, job,
 * agency and emails kept beside it, sealed, so the board's attendance list can be filled in with
 * them before the day; each invited agency is expected to send a report. The URLs are returned
 * this once; a lost one is replaced by a new link (`replaceLink`), never shown again.
 */
import { randomUUID } from 'node:crypto';
import type { Invitation, InvitePeopleBody, InviteePerson, ReplacedLink } from '@cb/shared/api';
import { AGENCY_TYPES } from '@cb/shared/doc/agencyTypes';
import { DomainError, notFound } from './errors.ts';
import type { ConferenceAccess } from './access.ts';
import { actorOf } from './actor.ts';
import { auditLog } from './audit.ts';
import { presentLink } from './conferences.ts';
import type { LinkService } from './links.ts';
import type { Store } from './store/Store.ts';

/** "Nadia Okafor (Health visitor, Fictional Health)": the link's label, as the chair's lobby shows it. */
export function labelFor(p: InviteePerson): string {
  const about = [p.jobRole, p.agency].filter(Boolean).join(', ');
  return (about ? `${p.name} (${about})` : p.name).slice(0, 120);
}

export async function invitePeople(
  store: Store,
  links: LinkService,
  access: ConferenceAccess,
  body: InvitePeopleBody,
  base: string,
): Promise<Invitation[]> {
  links.ensureOpen(access);
  const out: Invitation[] = [];
  for (const person of body.people) {
    const { link, token } = await links.create(access, {
      role: person.linkRole,
      label: labelFor(person),
      ...(body.expiresAt ? { expiresAt: body.expiresAt } : {}),
    });
    await store.saveInvitation({
      linkId: link.id,
      conferenceId: link.conferenceId,
      agencyType: person.linkRole === 'family' ? 'family' : person.agencyType,
      name: person.name,
      jobRole: person.jobRole,
      agency: person.agency,
      email: person.email,
      managerEmail: person.managerEmail,
      createdAt: link.createdAt,
    });
    out.push({ ...presentLink(link), url: `${base}/join/${token}`, person });
  }
  await expectReports(store, access, body.people);
  return out;
}

/**
 * A new link for someone whose link was lost, never arrived or went to the wrong place: one step
 * that makes the new link (same role, label and expiry if it is still ahead), carries the person's
 * details over, and withdraws the old one (anyone using it is disconnected). Audited as both.
 */
export async function replaceLink(
  store: Store,
  links: LinkService,
  access: ConferenceAccess,
  linkId: string,
  base: string,
): Promise<ReplacedLink> {
  links.ensureOpen(access);
  const old = await store.findLink(linkId);
  if (!old || old.conferenceId !== access.conference.id) throw notFound('That link');
  if (old.revokedAt) {
    throw new DomainError(
      'conflict',
      'LINK_WITHDRAWN',
      'That link has been withdrawn: make a new one instead.',
    );
  }
  const future = old.expiresAt && new Date(old.expiresAt).getTime() > Date.now() ? old.expiresAt : null;
  if (old.expiresAt && !future) {
    throw new DomainError('conflict', 'LINK_EXPIRED', 'That link has expired: make a new one instead.');
  }
  const { link, token } = await links.create(access, {
    role: old.role,
    label: old.label,
    ...(future ? { expiresAt: future } : {}),
  });
  const invitation = (await store.listInvitations(access.conference.id)).find((i) => i.linkId === old.id);
  if (invitation) await store.saveInvitation({ ...invitation, linkId: link.id, createdAt: link.createdAt });
  await links.revoke(access, old.id);
  const person: InviteePerson | null = invitation
    ? {
        name: invitation.name,
        jobRole: invitation.jobRole,
        agency: invitation.agency,
        agencyType: AGENCY_TYPES.find((t) => t === invitation.agencyType) ?? 'other-agency',
        linkRole: link.role === 'family' ? 'family' : 'professional',
        email: invitation.email,
        managerEmail: invitation.managerEmail,
      }
    : null;
  return { ...presentLink(link), url: `${base}/join/${token}`, replaces: old.id, person };
}

/**
 * Each invited agency is expected to send a report: one entry per agency not already listed
 * (the admin marks it received, or removes the expectation by leaving it; the chair sees it missing).
 */
async function expectReports(store: Store, access: ConferenceAccess, people: InviteePerson[]): Promise<void> {
  const listed = new Set((await store.listReports(access.conference.id)).map((r) => r.agency.toLowerCase()));
  for (const p of people) {
    const agency = p.linkRole === 'professional' ? p.agency.trim() : '';
    if (!agency || listed.has(agency.toLowerCase())) continue;
    listed.add(agency.toLowerCase());
    const id = randomUUID();
    await store.saveReport({
      id,
      conferenceId: access.conference.id,
      agency,
      author: p.name,
      receivedOn: null,
      sharedWithFamilyOn: null,
      sharedWithChild: null,
      notSharedReason: '',
      updatedAt: new Date().toISOString(),
    });
    await auditLog(store).record(actorOf(access), 'report-added', access.conference.id, {
      reportId: id,
      received: false,
      sharedWithFamily: false,
    });
  }
}
