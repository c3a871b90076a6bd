/**
 * The document's schema version is checked when a board is loaded: an older document is migrated
 * (the migration stored like any change, once), and one written by newer software is not served.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Conference } from '@cb/shared/api';
import { DOC_SCHEMA_VERSION, docParts, MIGRATIONS } from '@cb/shared/doc/schema';
import { CloseCode } from '@cb/shared/protocol';
import { createConference, joinAsChair, signInAdmin, type Joined } from '../support/factories.ts';
import type { Client } from '../support/http.ts';
import { startTestServer, type TestServer } from '../support/startServer.ts';
import { connectDoc, waitFor, whenSynced } from '../support/yclient.ts';

let t: TestServer;
let admin: Client;

beforeAll(async () => {
  t = await startTestServer();
  admin = await signInAdmin(t.url);
});
afterAll(() => t.stop());
/** The version before this one: its migration is defined here by a test, then taken away. */
const PREVIOUS = DOC_SCHEMA_VERSION - 1;
afterEach(() => {
  Reflect.deleteProperty(MIGRATIONS, PREVIOUS);
});

/** Rewrites the stored board's schema version while nobody has it open, as older or newer software would have. */
async function storedWithVersion(version: number): Promise<{ conf: Conference; chair: Joined }> {
  const conf = await createConference(admin);
  const chair = await joinAsChair(t.url, admin, conf.id);
  await waitFor(() => !t.server.docs.isLoaded(conf.id), 'the board to be unloaded');
  const doc = new Y.Doc();
  for (const u of (await t.server.deps.store.loadUpdates(conf.id)).updates) Y.applyUpdate(doc, u);
  const before = Y.encodeStateVector(doc);
  docParts(doc).meta.set('schemaVersion', version);
  await t.server.deps.store.appendUpdates(conf.id, [Y.encodeStateAsUpdate(doc, before)]);
  return { conf, chair };
}

describe('the document schema version', () => {
  it('migrates an older board once, through the store, before anyone sees it', async () => {
    MIGRATIONS[PREVIOUS] = (doc) => docParts(doc).meta.set('migratedInTest', true);
    const { conf, chair } = await storedWithVersion(PREVIOUS);
    const storedBefore = (await t.server.deps.store.loadUpdates(conf.id)).updates.length;
    const p = connectDoc(t.url, conf.id, chair.cookie);
    await whenSynced(p);
    const meta = docParts(p.doc).meta;
    expect(meta.get('schemaVersion')).toBe(DOC_SCHEMA_VERSION);
    expect(meta.get('migratedInTest')).toBe(true);
    expect((await t.server.deps.store.loadUpdates(conf.id)).updates.length).toBe(storedBefore + 1);
    p.destroy();
    // Loaded again (after the unload folded the rows into one): nothing more to do.
    await waitFor(() => !t.server.docs.isLoaded(conf.id), 'the board to be unloaded');
    const rowsNow = async () => (await t.server.deps.store.loadUpdates(conf.id)).updates.length;
    // The unload folds every row into one; wait for that, so the count below is not a race.
    for (let i = 0; i < 100 && (await rowsNow()) !== 1; i++) await new Promise((r) => setTimeout(r, 20));
    const unloaded = await rowsNow();
    expect(unloaded).toBe(1);
    const again = connectDoc(t.url, conf.id, chair.cookie);
    await whenSynced(again);
    expect(docParts(again.doc).meta.get('schemaVersion')).toBe(DOC_SCHEMA_VERSION);
    expect(await rowsNow()).toBe(unloaded);
    again.destroy();
  });

  it('will not serve a board saved by newer software, and says so', async () => {
    const { conf, chair } = await storedWithVersion(DOC_SCHEMA_VERSION + 1);
    const p = connectDoc(t.url, conf.id, chair.cookie);
    await waitFor(() => p.closes.some((c) => c.code === CloseCode.documentTooNew), 'the socket to close');
    expect(p.closes[0]?.reason).toContain('newer version');
    expect(p.provider.synced).toBe(false);
    p.destroy();
  });
});
