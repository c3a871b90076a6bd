/** Reports in words, for the admin's panel and the chair's board. */
import type { ReportEntry, ReportInput } from '@cb/shared/api';

/** "2 of 5 reports have not come yet: Riverside School, Fictional Surgery." */
export function missingWords(reports: ReportEntry[]): string {
  const missing = reports.filter((r) => r.missing);
  if (reports.length === 0) return 'No reports are expected yet.';
  if (missing.length === 0) return 'Every expected report has come.';
  const names = missing.map((r) => r.agency).join(', ');
  return `${missing.length} of ${reports.length} reports ${missing.length === 1 ? 'has' : 'have'} not come yet: ${names}.`;
}

/** What is sent back to change a report: its fields, without what the server works out. */
export function reportInputOf(r: ReportEntry): ReportInput {
  return {
    agency: r.agency,
    author: r.author,
    receivedOn: r.receivedOn,
    sharedWithFamilyOn: r.sharedWithFamilyOn,
    sharedWithChild: r.sharedWithChild,
    notSharedReason: r.notSharedReason,
  };
}
