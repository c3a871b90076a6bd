/**
 * Checks the snapshot chains (the `verify:snapshots` command and the tests use this): every row
 * decrypts, its hash recomputed from its decrypted contents and details matches the stored one,
 * seqs run 1, 2, 3 … without gaps, each row links to the one before, and a closed conference's
 * chain ends with the final snapshot the audit log recorded when it was closed (so rows cut off
 * the end are noticed too).
 */
import type { Store } from '../store/Store.ts';
import { contentHashes, GENESIS_SHA256, snapshotDigest } from './chain.ts';

export interface ChainProblem {
  conferenceId: string;
  /** The row at fault, or null for a problem with the chain as a whole. */
  seq: number | null;
  problem: string;
}

export interface ChainReport {
  conferences: number;
  snapshots: number;
  problems: ChainProblem[];
}

/** Checks one conference's chain. */
export async function verifyConferenceChain(
  store: Store,
  conferenceId: string,
): Promise<{ snapshots: number; problems: ChainProblem[] }> {
  const problems: ChainProblem[] = [];
  const fail = (seq: number | null, problem: string) => problems.push({ conferenceId, seq, problem });
  const rows = await store.listSnapshots(conferenceId);
  let previousSha = GENESIS_SHA256;
  rows.forEach((meta, i) => {
    if (meta.seq !== i + 1) fail(meta.seq, `expected seq ${i + 1} here: a snapshot is missing`);
    if (meta.prevSha256 !== previousSha) fail(meta.seq, 'does not link to the snapshot before it');
    previousSha = meta.sha256;
  });
  // Contents one row at a time: a long conference's states together could be large.
  for (const meta of rows) {
    let snapshot;
    try {
      snapshot = await store.getSnapshot(conferenceId, meta.seq);
    } catch {
      fail(
        meta.seq,
        'cannot be decrypted: it was altered, or the data key is not the one it was sealed with',
      );
      continue;
    }
    if (!snapshot) {
      fail(meta.seq, 'disappeared while being checked');
      continue;
    }
    const digest = snapshotDigest({ ...snapshot, ...contentHashes(snapshot) });
    if (digest !== meta.sha256) fail(meta.seq, 'its contents or details do not match its hash');
  }
  const conference = await store.findConference(conferenceId);
  if (conference?.status === 'closed' && !conference.purgedAt) {
    const closing = (await store.listAudit(conferenceId)).findLast((e) => e.action === 'conference-closed');
    const finalSeq = Number(closing?.detail.snapshotSeq);
    const final = rows.find((r) => r.seq === finalSeq);
    if (!closing) fail(null, 'closed, but the audit log has no record of its final snapshot');
    else if (!final) fail(null, `closed, but its final snapshot (seq ${finalSeq}) is missing`);
    else if (final.sha256 !== closing.detail.sha256)
      fail(finalSeq, 'is not the final snapshot the audit log recorded at close');
    else if (rows.at(-1) !== final) fail(null, 'has snapshots after its final one');
  }
  return { snapshots: rows.length, problems };
}

/** Checks one conference, or every conference that has snapshots or is closed. */
export async function verifySnapshotChains(store: Store, conferenceId?: string): Promise<ChainReport> {
  let ids: string[];
  if (conferenceId) ids = [conferenceId];
  else {
    const closed = (await store.listConferences({}))
      .filter((c) => c.status === 'closed' && !c.purgedAt)
      .map((c) => c.id);
    ids = [...new Set([...(await store.listSnapshotConferences()), ...closed])].sort();
  }
  const report: ChainReport = { conferences: ids.length, snapshots: 0, problems: [] };
  for (const id of ids) {
    const one = await verifyConferenceChain(store, id);
    report.snapshots += one.snapshots;
    report.problems.push(...one.problems);
  }
  return report;
}

/** The report in plain words, one line per problem. */
export function formatChainReport(report: ChainReport): string {
  const head = `Checked ${report.snapshots} snapshot${report.snapshots === 1 ? '' : 's'} in ${report.conferences} conference${report.conferences === 1 ? '' : 's'}.`;
  if (report.problems.length === 0) return `${head}\nEvery snapshot chain is intact.\n`;
  const lines = report.problems.map(
    (p) => `  conference ${p.conferenceId}${p.seq === null ? '' : `, snapshot ${p.seq}`}: ${p.problem}`,
  );
  return `${head}\n${report.problems.length} problem${report.problems.length === 1 ? '' : 's'} found:\n${lines.join('\n')}\n`;
}
