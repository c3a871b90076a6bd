/**
 * THE audit entry point: every row of the audit log is written here, from a structured `Actor`, an
 * action from the table below and that action's detail shape. Nothing else calls `store.audit`.
 * Details hold ids and codes, never the words people wrote.
 */
import { actorFromText, actorText, type Actor } from './actor.ts';
import type { AuditAction, AuditEntry, Store } from './store/Store.ts';

type Ids = string | null;

/** Every action and the shape of its detail. */
export interface AuditDetails {
  'sign-in': Record<string, never>;
  'sign-in-failed': { userId: Ids };
  'sign-out': Record<string, never>;
  'staff-user-created': { userId: string; role: string };
  'conference-created': { kind: string; chairUserId: string; previousConferenceId: Ids } | { demo: true };
  'link-created': { linkId: string; role: string; expiresAt: Ids };
  'link-revoked': { linkId: string; connectionsClosed: number; with?: string; participantId?: string };
  joined: { linkId: string; role: string; waiting: boolean };
  admitted: { participantId: string; role: string };
  refused: { participantId: string; role: string; linkRevoked?: boolean; coolOffMinutes?: number };
  removed: { participantId: string; role: string; linkRevoked?: boolean; coolOffMinutes?: number };
  exported: { what: string; format: string; audience: string; snapshot: number };
  closed: Record<string, unknown>;
  'view-given': { childId: string };
  'view-withdrawn': { childId: string };
  'conference-closed': { snapshotSeq: number; sha256: string };
  'snapshot-taken': { seq: number; sha256: string };
  'snapshot-viewed': { seq: number };
  'records-purged': { retentionDays: number } & Record<string, number>;
  'item.revealed': { itemId: string };
  'stage-changed': { from: string; to: string };
  'conference-started': { by: 'stage' | 'admission' };
  'outcome-set': { childId: string; outcome: Ids; category: Ids };
  'outcome-changed': { childId: string; outcome: Ids; category: Ids };
  'decision-shared': { childId: string; outcome: Ids; category: Ids };
  'document-sent': { entryId: string; document: string; sentOn: string };
  'report-added': { reportId: string; received: boolean; sharedWithFamily: boolean };
  'report-updated': { reportId: string; received: boolean; sharedWithFamily: boolean };
}

// Every stored action has a detail shape, and no shape names an action the store does not know.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const everyActionTyped: Exact<keyof AuditDetails, AuditAction> = true;
void everyActionTyped;

export interface AuditOptions {
  /** When it happened (ISO); now unless the caller already stamped the change itself. */
  at?: string;
}

export class AuditLog {
  constructor(private readonly store: Pick<Store, 'audit'>) {}

  async record<A extends AuditAction>(
    actor: Actor,
    action: A,
    conferenceId: string | null,
    detail: AuditDetails[A],
    options: AuditOptions = {},
  ): Promise<void> {
    await this.store.audit({
      at: options.at ?? new Date().toISOString(),
      actor: actorText(actor),
      action,
      conferenceId,
      detail: { ...detail },
    });
  }
}

/** The audit log over a store: `auditLog(store).record(actor, action, conferenceId, detail)`. */
export const auditLog = (store: Pick<Store, 'audit'>): AuditLog => new AuditLog(store);

/** A stored actor in words for the admin: a name where the store still has one. */
export async function whoIs(
  store: Pick<Store, 'findStaffUser' | 'findParticipant'>,
  text: string,
): Promise<string> {
  const actor = actorFromText(text);
  if (actor?.kind === 'staff') return (await store.findStaffUser(actor.userId))?.name ?? 'A member of staff';
  if (actor?.kind === 'participant') {
    const p = await store.findParticipant(actor.participantId);
    return p ? `${p.name}${actor.role ? ` (${actor.role})` : ''}` : 'Someone who joined by link';
  }
  return actor?.kind === 'system' ? 'The system' : text;
}

/** A conference's audit log, each row with who did it in words (`who`). */
export async function auditInWords(
  store: Pick<Store, 'listAudit' | 'findStaffUser' | 'findParticipant'>,
  conferenceId: string,
): Promise<(AuditEntry & { who: string })[]> {
  const entries = await store.listAudit(conferenceId);
  return Promise.all(entries.map(async (e) => ({ ...e, who: await whoIs(store, e.actor) })));
}
