/** The append-only audit log. Its detail holds ids and codes, never personal text: not sealed. */

export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  action: AuditAction;
  conferenceId: string | null;
  detail: Record<string, unknown>;
}

export const AUDIT_ACTIONS = [
  'sign-in',
  'sign-in-failed',
  'sign-out',
  'staff-user-created',
  'conference-created',
  'link-created',
  'link-revoked',
  'joined',
  'admitted',
  'refused',
  'removed',
  'exported',
  'closed',
  /** A professional gave or changed their view on the decision (detail: the child id only). */
  'view-given',
  'view-withdrawn',
  /** The chair closed the conference (detail: the final snapshot's seq and sha256). */
  'conference-closed',
  /** The chair took a snapshot by hand. */
  'snapshot-taken',
  /** A manager opened a snapshot's full state (it may hold professionals-only content). */
  'snapshot-viewed',
  /** The retention purge removed a closed conference's records (detail: counts only). */
  'records-purged',
  /** An item made visible to the family (professionals-only turned off; detail: its id only). */
  'item.revealed',
  /** The chair moved the conference to another stage (detail: from, to). */
  'stage-changed',
  /** The conference began: past the professionals' meeting, or a family member let in. */
  'conference-started',
  /** The chair's draft outcome was recorded, or changed (detail: child id, outcome and category codes). */
  'outcome-set',
  'outcome-changed',
  /** The chair shared a child's outcome with the family's screen (detail: the codes shared). */
  'decision-shared',
  /** An admin recorded the plan, the family's letter or the minutes as sent (detail: entry id, document). */
  'document-sent',
  /** An agency's report was added to the conference's list, or changed (detail: id and flags only). */
  'report-added',
  'report-updated',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditPort {
  audit(entry: Omit<AuditEntry, 'seq'>): Promise<void>;
  /** In the order written; only the conference's when one is given (null: all). */
  listAudit(conferenceId: string | null): Promise<AuditEntry[]>;
}
