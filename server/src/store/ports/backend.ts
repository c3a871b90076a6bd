/**
 * A store backend: one implementation of each port, holding sealed bytes for every secret field.
 * sealing/SealedStore.ts wraps one with the data key to make the Store the server uses, so every
 * backend (SQLite today; PostgreSQL later) gets the same encryption, AAD for AAD. A record of
 * parts rather than one wide object, so one concern can be implemented on its own (a shared room
 * state, say) and put beside the others.
 */
import type { AccountsPort } from './accounts.ts';
import type { AuditPort } from './audit.ts';
import type { ClosingBackend } from './closing.ts';
import type { StoreLifecycle } from './common.ts';
import type { ConferencesBackend } from './conferences.ts';
import type { DocumentsBackend } from './documents.ts';
import type { LinksBackend } from './links.ts';
import type { RoomStateBackend } from './roomState.ts';
import type { SnapshotsBackend } from './snapshots.ts';

export interface StoreBackend {
  lifecycle: StoreLifecycle;
  accounts: AccountsPort;
  conferences: ConferencesBackend;
  links: LinksBackend;
  documents: DocumentsBackend;
  roomState: RoomStateBackend;
  snapshots: SnapshotsBackend;
  closing: ClosingBackend;
  audit: AuditPort;
}
