/**
 * Creating conferences (with their two documents), the ones a staff member sees, and presenting
 * them (and who someone is in one) to the API.
 */
import { randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import type { Conference, CreateConferenceBody, Link, MembershipAnswer } from '@cb/shared/api';
import { docNameFor } from '@cb/shared/protocol';
import { andList } from '@cb/shared/words/andList';
import { initConferenceDoc } from '@cb/shared/doc/schema';
import { readDecisions } from '@cb/shared/doc/decisionDoc';
import type { Outcome } from '@cb/shared/doc/decisionTypes';
import { londonDate } from '@cb/shared/londonDate';
import type { Procedures } from '@cb/shared/procedures';
import { initialConferenceDueBy } from '@cb/shared/workingDays';
import type { ConferenceAccess } from './access.ts';
import { actorText, staffActor, type Actor } from './actor.ts';
import { auditLog } from './audit.ts';
import { carryForward } from './carryForward.ts';
import { coreGroupBody } from './coreGroups.ts';
import { invalid } from './errors.ts';
import type { ConferenceRow, LinkRow, ParticipantRow, StaffUserRow, Store } from './store/Store.ts';

function defaultTitle(children: { name: string }[]): string {
  const first = children.map((c) => c.name.split(/\s+/)[0] ?? c.name);
  return `Conference for ${andList(first)}`;
}

/**
 * Stores the conference and writes the first state of its two documents, so that no client
 * ever has to initialise a document (and two never race to).
 */
export async function createConference(
  store: Store,
  body: CreateConferenceBody,
  chair: StaffUserRow,
  createdBy: Actor,
  fill?: (docs: { publicDoc: Y.Doc; restrictedDoc: Y.Doc; conference: ConferenceRow }) => void,
  previous?: ConferenceRow,
): Promise<ConferenceRow> {
  const conference: ConferenceRow = {
    id: randomUUID(),
    kind: body.kind,
    title: body.title ?? defaultTitle(body.children),
    place: body.place ?? null,
    scheduledAt: new Date(body.scheduledAt).toISOString(),
    status: 'scheduled',
    chairUserId: chair.id,
    createdBy: actorText(createdBy),
    createdAt: new Date().toISOString(),
    closedAt: null,
    strategyDiscussionOn: body.strategyDiscussionOn ?? null,
    reason: body.reason ?? null,
    children: body.children.map((c) => ({
      id: randomUUID(),
      name: c.name,
      dateOfBirth: c.dateOfBirth ?? null,
    })),
  };
  await store.createConference(conference);
  const publicDoc = new Y.Doc();
  const restrictedDoc = new Y.Doc();
  const init = { conferenceId: conference.id, kind: conference.kind, children: conference.children };
  initConferenceDoc(publicDoc, { ...init, restricted: false });
  initConferenceDoc(restrictedDoc, { ...init, restricted: true });
  if (previous) {
    const before = await loadDoc(store, docNameFor(previous.id, false));
    carryForward(before, previous, conference, publicDoc);
    before.destroy();
  }
  fill?.({ publicDoc, restrictedDoc, conference });
  await store.appendUpdates(docNameFor(conference.id, false), [Y.encodeStateAsUpdate(publicDoc)]);
  await store.appendUpdates(docNameFor(conference.id, true), [Y.encodeStateAsUpdate(restrictedDoc)]);
  publicDoc.destroy();
  restrictedDoc.destroy();
  return conference;
}

/**
 * A conference an admin asks for: chaired by the admin, or by the staff account with the chair
 * email given; a review carries the plan forward from the earlier conference named. Audited.
 */
export async function openConference(
  store: Store,
  body: CreateConferenceBody,
  admin: StaffUserRow,
): Promise<ConferenceRow> {
  let chair = admin;
  if (body.chairEmail) {
    const named = await store.findStaffUserByEmail(body.chairEmail);
    if (!named) {
      throw invalid('There is no staff account with that chair email. Create the chair first.', {
        chairEmail: 'No staff account with this email',
      });
    }
    chair = named;
  }
  const previous = body.previousConferenceId
    ? await store.findConference(body.previousConferenceId)
    : undefined;
  if (previous === null) {
    throw invalid('There is no earlier conference with that id to carry the plan forward from.', {
      previousConferenceId: 'No conference with this id',
    });
  }
  const actor = staffActor(admin.id);
  const wanted =
    body.kind === 'core-group' && previous
      ? await coreGroupBody(body, previous, (c) => closedOutcomes(store, c))
      : body;
  const conference = await createConference(store, wanted, chair, actor, undefined, previous);
  await auditLog(store).record(
    actor,
    'conference-created',
    conference.id,
    { kind: conference.kind, chairUserId: chair.id, previousConferenceId: previous?.id ?? null },
    { at: conference.createdAt },
  );
  return conference;
}

/** A document as the store holds it (every accepted update is stored before it is broadcast). */
export async function loadDoc(store: Store, docName: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  const stored = await store.loadUpdates(docName);
  doc.transact(() => {
    for (const update of stored.updates) Y.applyUpdate(doc, update);
  });
  return doc;
}

export async function presentConference(
  store: Store,
  c: ConferenceRow,
  procedures: Procedures,
): Promise<Conference> {
  const chair = await store.findStaffUser(c.chairUserId);
  const strategyDiscussionOn = c.strategyDiscussionOn ?? null;
  const dueBy = initialConferenceDueBy(c.kind, strategyDiscussionOn, procedures);
  return {
    id: c.id,
    kind: c.kind,
    title: c.title,
    place: c.place,
    scheduledAt: c.scheduledAt,
    status: c.status,
    chair: { id: c.chairUserId, name: chair?.name ?? 'Unknown', email: chair?.email ?? '' },
    children: c.children,
    createdAt: c.createdAt,
    startedAt: c.startedAt ?? null,
    closedAt: c.closedAt,
    outcomes: await closedOutcomes(store, c),
    strategyDiscussionOn,
    reason: c.reason ?? null,
    dueBy,
    bookedLate: dueBy !== null && londonDate(c.scheduledAt) > dueBy,
    sent: c.status === 'closed' ? await firstSent(store, c.id) : { plan: null, letter: null, minutes: null },
  };
}

/** The first date each document was recorded as sent. */
async function firstSent(store: Store, conferenceId: string): Promise<Conference['sent']> {
  const sent: Conference['sent'] = { plan: null, letter: null, minutes: null };
  for (const e of await store.listDistribution(conferenceId)) {
    const before = sent[e.document];
    if (before === null || e.sentOn < before) sent[e.document] = e.sentOn;
  }
  return sent;
}

/** Each closed conference's outcomes, by store: a closed board no longer changes, so read once. */
const outcomesRead = new WeakMap<Store, Map<string, (Outcome | null)[]>>();

/**
 * Each child's outcome in a closed conference, from its board (closing shares every decision, so
 * the public document holds them all); null while it is open.
 */
async function closedOutcomes(store: Store, c: ConferenceRow): Promise<(Outcome | null)[] | null> {
  if (c.status !== 'closed') return null;
  const known = outcomesRead.get(store) ?? new Map<string, (Outcome | null)[]>();
  outcomesRead.set(store, known);
  const cached = known.get(c.id);
  if (cached) return cached;
  const doc = await loadDoc(store, docNameFor(c.id, false));
  const decisions = readDecisions(doc);
  doc.destroy();
  const outcomes = c.children.map((child) => {
    const d = decisions.find((x) => x.childId === child.id);
    return d?.shared?.outcome ?? d?.outcome ?? null;
  });
  known.set(c.id, outcomes);
  return outcomes;
}

/** The conferences a staff member sees: every one for an admin, the ones they chair otherwise. */
export async function conferencesFor(
  store: Store,
  user: StaffUserRow,
  procedures: Procedures,
): Promise<Conference[]> {
  const rows = await store.listConferences(user.role === 'admin' ? {} : { chairUserId: user.id });
  return Promise.all(rows.map((c) => presentConference(store, c, procedures)));
}

/**
 * Who someone is in a conference: their role and lobby status. The conference itself (title,
 * date, children's names) only for those let in: someone waiting, refused or removed sees the
 * lobby or a message, which name no one. `turnedAway`: a participant the chair refused or removed,
 * whose link may have ended since.
 */
export function membershipOf(
  who: ConferenceAccess | { turnedAway: ParticipantRow },
  drawingLicenseKey: string | null,
  procedures: Procedures,
): MembershipAnswer {
  if ('turnedAway' in who) {
    const p = who.turnedAway;
    return {
      conferenceId: p.conferenceId,
      role: p.role,
      participantId: p.id,
      name: p.name,
      status: p.status,
    };
  }
  const me: MembershipAnswer = {
    conferenceId: who.conference.id,
    role: who.role,
    participantId: who.participant?.id ?? null,
    name: who.name,
    status: who.status,
  };
  if (who.status === 'admitted') {
    me.conference = {
      title: who.conference.title,
      scheduledAt: who.conference.scheduledAt,
      children: who.conference.children.map((c) => ({ id: c.id, name: c.name })),
      drawingLicenseKey,
      procedures,
    };
  }
  return me;
}

export function presentLink(l: LinkRow): Link {
  return {
    id: l.id,
    role: l.role,
    label: l.label,
    createdAt: l.createdAt,
    expiresAt: l.expiresAt,
    revokedAt: l.revokedAt,
  };
}
