/**
 * The store behind every piece of state that must outlive a process, as ONE type: the
 * intersection of the ports, one per concern (store/ports/). Callers that need one concern may
 * take just that port (e.g. DocumentsPort); the rest take Store. Methods are async so that a
 * networked implementation fits the same shape.
 *
 * A Store is a backend (ports/backend.ts: each port with its secret fields as sealed bytes, e.g.
 * sqlite/) wrapped by sealing/SealedStore.ts, which seals and opens with the data key. The
 * contract suite (store/contract/) runs against the wrapped backend.
 */
import type { AccountsPort } from './ports/accounts.ts';
import type { AuditPort } from './ports/audit.ts';
import type { ClosingPort } from './ports/closing.ts';
import type { StoreLifecycle } from './ports/common.ts';
import type { ConferencesPort } from './ports/conferences.ts';
import type { DocumentsPort } from './ports/documents.ts';
import type { LinksPort } from './ports/links.ts';
import type { RoomStatePort } from './ports/roomState.ts';
import type { SnapshotsPort } from './ports/snapshots.ts';

export type { AccountsPort, SessionRow, StaffUserRow } from './ports/accounts.ts';
export { AUDIT_ACTIONS, type AuditAction, type AuditEntry, type AuditPort } from './ports/audit.ts';
export type { ClosingPort, PurgeCounts } from './ports/closing.ts';
export type { StoreLifecycle } from './ports/common.ts';
export type {
  ChildRow,
  ConferenceRow,
  ConferencesPort,
  DistributionRow,
  InvitationRow,
  ReportRow,
} from './ports/conferences.ts';
export type { DocumentsPort, StoredUpdates } from './ports/documents.ts';
export type { LinkRow, LinksPort, ParticipantRow } from './ports/links.ts';
export type { RoomStatePort } from './ports/roomState.ts';
export type {
  NewSnapshot,
  Snapshot,
  SnapshotContents,
  SnapshotMeta,
  SnapshotsPort,
} from './ports/snapshots.ts';

export type Store = StoreLifecycle &
  AccountsPort &
  ConferencesPort &
  LinksPort &
  DocumentsPort &
  RoomStatePort &
  SnapshotsPort &
  ClosingPort &
  AuditPort;
