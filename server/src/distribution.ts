/**
 * Distribution: who was sent the plan, the family's letter and the minutes, when and by whom. An
 * admin (or the chair) records each sending after the conference closes; every record is audited,
 * and the admin list shows what is still due (the dates come from the local procedures).
 */
import { randomUUID } from 'node:crypto';
import type { DistributionEntry, RecordDistributionBody } from '@cb/shared/api';
import { londonDate } from '@cb/shared/londonDate';
import type { ConferenceAccess } from './access.ts';
import { actorText, type Actor } from './actor.ts';
import { auditLog, whoIs } from './audit.ts';
import { DomainError, invalid } from './errors.ts';
import type { DistributionRow, Store } from './store/Store.ts';

async function present(store: Store, row: DistributionRow): Promise<DistributionEntry> {
  return {
    id: row.id,
    document: row.document,
    to: row.to,
    sentOn: row.sentOn,
    sentBy: await whoIs(store, row.sentBy),
    recordedAt: row.recordedAt,
  };
}

export async function listDistribution(store: Store, conferenceId: string): Promise<DistributionEntry[]> {
  return Promise.all((await store.listDistribution(conferenceId)).map((r) => present(store, r)));
}

/**
 * Records one sending. Refused while the conference is open (there is no final plan yet), and for
 * a date before the day it closed or after today.
 */
export async function recordDistribution(
  store: Store,
  access: ConferenceAccess,
  body: RecordDistributionBody,
  actor: Actor,
  now = new Date(),
): Promise<DistributionEntry> {
  const c = access.conference;
  if (c.status !== 'closed') {
    throw new DomainError(
      'conflict',
      'CONFERENCE_OPEN',
      'The conference is still open. Its plan, letter and minutes are sent after the chair closes it.',
    );
  }
  // Nothing is final before the chair closes it (it may have met on another day than booked).
  const closedOn = londonDate(c.closedAt ?? c.scheduledAt);
  const today = londonDate(now);
  if (body.sentOn < closedOn) {
    throw invalid('The date sent is before the conference was closed: check the date.', {
      sentOn: 'Before the conference closed',
    });
  }
  if (body.sentOn > today) {
    throw invalid('The date sent is in the future: record it once it has been sent.', {
      sentOn: 'In the future',
    });
  }
  const row: DistributionRow = {
    id: randomUUID(),
    conferenceId: c.id,
    document: body.document,
    to: body.to,
    sentOn: body.sentOn,
    sentBy: actorText(actor),
    recordedAt: now.toISOString(),
  };
  await store.recordDistribution(row);
  await auditLog(store).record(
    actor,
    'document-sent',
    c.id,
    { entryId: row.id, document: row.document, sentOn: row.sentOn },
    { at: row.recordedAt },
  );
  return present(store, row);
}
