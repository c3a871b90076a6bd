/**
 * When a conference begins: the chair first moves past the professionals' meeting, or lets a
 * family member in, whichever comes first. Recorded once on the conference (status `live`,
 * `startedAt`, the name the chair joined with, for the minutes) and audited.
 */
import type { ConferenceAccess } from './access.ts';
import { actorOf } from './actor.ts';
import { auditLog } from './audit.ts';
import type { AuditPort, ConferencesPort } from './store/Store.ts';

export type StartStore = Pick<ConferencesPort, 'startConference'> & AuditPort;

export async function markStarted(
  store: StartStore,
  chair: ConferenceAccess,
  by: 'stage' | 'admission',
  at: string,
): Promise<void> {
  const id = chair.conference.id;
  if (chair.conference.status !== 'scheduled') return;
  if (!(await store.startConference(id, at, chair.name))) return;
  await auditLog(store).record(actorOf(chair), 'conference-started', id, { by }, { at });
}
