/**
 * The embedded default store: the SQLite backend (sqlite/SqliteBackend.ts, one file under the
 * data dir) wrapped in the encryption of sealing/SealedStore.ts.
 */
import type { Cipher } from '../crypto.ts';
import { SealedStore } from './sealing/SealedStore.ts';
import { openSqliteBackend } from './sqlite/SqliteBackend.ts';

export class SqliteStore extends SealedStore {
  constructor(file: string, cipher: Cipher) {
    super(openSqliteBackend(file), cipher);
  }
}
