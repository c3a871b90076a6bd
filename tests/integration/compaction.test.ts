/** Background compaction folds stored updates into one without losing anything. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addItem } from '@cb/shared/doc/board';
import { docParts } from '@cb/shared/doc/schema';
import { createConference, joinAsChair, signInAdmin } from '../support/factories.ts';
import { startTestServer, type TestServer } from '../support/startServer.ts';
import { connectDoc, waitFor, whenSynced } from '../support/yclient.ts';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ compactAfterUpdates: 10 });
});
afterAll(() => t.stop());

it('compacts a busy document and serves the same content after reload', async () => {
  const admin = await signInAdmin(t.url);
  const conf = await createConference(admin);
  const chair = await joinAsChair(t.url, admin, conf.id);
  const writer = connectDoc(t.url, conf.id, chair.cookie);
  const watcher = connectDoc(t.url, conf.id, chair.cookie);
  await Promise.all([whenSynced(writer), whenSynced(watcher)]);
  for (let i = 0; i < 60; i++) {
    addItem(writer.doc, 'worries', {
      id: `w${i}`,
      text: `Worry number ${i}`,
      createdAt: '2026-12-03T10:00:00Z',
    });
    await new Promise((r) => setTimeout(r, 2));
  }
  await waitFor(() => docParts(watcher.doc).list('worries').length === 60, 'every worry at the watcher');
  const stored = await t.server.deps.store.loadUpdates(conf.id);
  expect(stored.updates.length).toBeLessThan(20);
  writer.destroy();
  watcher.destroy();
  await waitFor(() => !t.server.docs.isLoaded(conf.id), 'unload');
  expect((await t.server.deps.store.loadUpdates(conf.id)).updates.length).toBe(1);
  const fresh = connectDoc(t.url, conf.id, chair.cookie);
  await whenSynced(fresh);
  expect(
    docParts(fresh.doc)
      .list('worries')
      .toArray()
      .map((m) => String(m.get('text'))),
  ).toEqual(Array.from({ length: 60 }, (_, i) => `Worry number ${i}`));
  fresh.destroy();
});
