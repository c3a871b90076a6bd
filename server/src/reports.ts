/**
 * Agencies' reports for a conference: which are expected, when each is due with the chair (the
 * local procedures: working days before the conference), received, shared with the family and
 * with the child, or why not. Admins enter them before the day and the chair during it; the
 * board shows the chair what is missing. Stored sealed; each change is audited (ids only).
 */
import { randomUUID } from 'node:crypto';
import type { ReportEntry, ReportInput } from '@cb/shared/api';
import { londonDate } from '@cb/shared/londonDate';
import type { Procedures } from '@cb/shared/procedures';
import { reportsExpectedBy } from '@cb/shared/workingDays';
import type { ConferenceAccess } from './access.ts';
import type { Actor } from './actor.ts';
import { auditLog } from './audit.ts';
import { notFound } from './errors.ts';
import type { ConferenceRow, ReportRow, Store } from './store/Store.ts';

export function presentReport(c: ConferenceRow, r: ReportRow, procedures: Procedures): ReportEntry {
  const expectedBy = reportsExpectedBy(c.kind, londonDate(c.scheduledAt), procedures);
  return {
    id: r.id,
    agency: r.agency,
    author: r.author,
    receivedOn: r.receivedOn,
    sharedWithFamilyOn: r.sharedWithFamilyOn,
    sharedWithChild: r.sharedWithChild,
    notSharedReason: r.notSharedReason,
    expectedBy,
    missing: r.receivedOn === null,
    late: r.receivedOn !== null && r.receivedOn > expectedBy,
  };
}

export async function listReports(
  store: Store,
  c: ConferenceRow,
  procedures: Procedures,
): Promise<ReportEntry[]> {
  return (await store.listReports(c.id)).map((r) => presentReport(c, r, procedures));
}

/** Adds a report (no `reportId`) or replaces the one named, which must be this conference's. */
export async function saveReport(
  store: Store,
  access: ConferenceAccess,
  input: ReportInput,
  actor: Actor,
  procedures: Procedures,
  reportId?: string,
): Promise<ReportEntry> {
  const c = access.conference;
  if (reportId !== undefined && !(await store.listReports(c.id)).some((r) => r.id === reportId)) {
    throw notFound('That report');
  }
  const row: ReportRow = {
    id: reportId ?? randomUUID(),
    conferenceId: c.id,
    ...input,
    updatedAt: new Date().toISOString(),
  };
  await store.saveReport(row);
  await auditLog(store).record(actor, reportId ? 'report-updated' : 'report-added', c.id, {
    reportId: row.id,
    received: row.receivedOn !== null,
    sharedWithFamily: row.sharedWithFamilyOn !== null,
  });
  return presentReport(c, row, procedures);
}
