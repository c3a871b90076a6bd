/**
 * Loading a document room: every stored update into the document, then the schema version
 * checked. One written by newer software is not served (DocumentTooNewError); an older one is
 * migrated, the migration stored like any change before anyone sees the document.
 */
import * as Y from 'yjs';
import { DOC_SCHEMA_VERSION, docSchemaVersion, migrateDoc } from '@cb/shared/doc/schema';
import type { Logger } from '../logger.ts';
import type { DocumentsPort } from '../store/Store.ts';
import { DocumentTooNewError } from './roomTypes.ts';
import { updateFrom } from './updates.ts';

export interface LoadedRoom {
  storedCount: number;
  storedBytes: number;
  lastSeq: number;
}

export async function loadRoom(
  doc: Y.Doc,
  name: string,
  store: Pick<DocumentsPort, 'loadUpdates'>,
  commit: (docName: string, updates: Uint8Array[]) => Promise<number>,
  log: Logger,
  origin: unknown,
): Promise<LoadedRoom> {
  const stored = await store.loadUpdates(name);
  const loaded = { storedCount: stored.updates.length, storedBytes: stored.bytes, lastSeq: stored.lastSeq };
  doc.transact(() => {
    for (const update of stored.updates) {
      try {
        Y.applyUpdate(doc, update, 'store');
      } catch (err) {
        log.error({ doc: name, err: (err as Error).message }, 'skipped an unreadable stored update');
      }
    }
  }, 'store');
  const version = docSchemaVersion(doc);
  if (version === null || version === DOC_SCHEMA_VERSION) return loaded;
  if (version > DOC_SCHEMA_VERSION) throw new DocumentTooNewError(version);
  const update = updateFrom(doc, (d) => void migrateDoc(d));
  if (!update) return loaded;
  loaded.lastSeq = await commit(name, [update]);
  loaded.storedCount += 1;
  loaded.storedBytes += update.byteLength;
  Y.applyUpdate(doc, update, origin);
  log.info({ doc: name, from: version, to: DOC_SCHEMA_VERSION }, 'migrated a document');
  return loaded;
}
