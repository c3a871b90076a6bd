/**
 * THE store contract suite: every port's behaviour, run against a backend wrapped in SealedStore.
 * A second implementation (PostgreSQL, say) calls storeContract(name, open) from its own test
 * file, like SqliteStore.test.ts; one that implements a single port can run that port's suite
 * with the other parts of its StoreBackend taken from an existing backend.
 */
import { accountsContract } from './accounts.contract.ts';
import { atRestContract } from './atRest.contract.ts';
import { auditContract } from './audit.contract.ts';
import { closingContract } from './closing.contract.ts';
import { conferencesContract } from './conferences.contract.ts';
import { documentsContract } from './documents.contract.ts';
import { linksContract } from './links.contract.ts';
import { roomStateContract } from './roomState.contract.ts';
import { snapshotsContract } from './snapshots.contract.ts';
import type { OpenBackend } from './subject.ts';

export type { BackendUnderTest, OpenBackend } from './subject.ts';

export function storeContract(name: string, open: OpenBackend): void {
  accountsContract(name, open);
  conferencesContract(name, open);
  linksContract(name, open);
  documentsContract(name, open);
  roomStateContract(name, open);
  snapshotsContract(name, open);
  closingContract(name, open);
  auditContract(name, open);
  atRestContract(name, open);
}
