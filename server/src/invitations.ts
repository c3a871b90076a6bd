/**
 * Inviting everyone at once: one link per person (professional or family), each made as a single
 * link is (LinkService: audited, the token kept only as a hash), and the person's name, job,
 * agency and emails kept beside it, sealed, so the board's attendance list can be filled in with
 * them before the day; each invited agency is expected to send a report. The URLs are returned
 * this once.
 */
import { randomUUID } from 'node:crypto';
import type { Invitation, InvitePeopleBody, InviteePerson } from '@cb/shared/api';
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
