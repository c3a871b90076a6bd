/**
 * Exports (exports.ts) against a real SQLite store, the real document host, snapshotter and render
 * workers: the file's name, the snapshot it is made from, the family's copy, and the audit.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Minutes } from '@cb/shared/minutes/types';
import type { ConferenceAccess } from './access.ts';
import { LocalBus } from './bus/LocalBus.ts';
import { SoleOwner } from './bus/Ownership.ts';
import { openConference } from './conferences.ts';
import { MinutesExports, slug } from './exports.ts';
import { createLogger } from './logger.ts';
import { RenderPool } from './minutes/renderPool.ts';
import { Snapshotter } from './snapshots/Snapshotter.ts';
import { DocHost } from './sync/DocHost.ts';
import { conferenceBody, refusal, tempStores } from './testStores.ts';

const stores = tempStores();
const log = createLogger('silent');
const closing: { close(): Promise<void> }[] = [];
afterAll(async () => {
  for (const part of closing) await part.close();
  await stores.cleanup();
});

async function setUp() {
  const { store, admin } = await stores.withAdmin();
  const docs = new DocHost(store, new SoleOwner('test-process'), log, {
    docIdleMs: 60_000,
    compactAfterUpdates: 1000,
  });
  const snapshotter = new Snapshotter(store, docs, new LocalBus(), log, 60_000);
  const renders = new RenderPool({ workers: 1 }, log);
  closing.push(snapshotter, docs, renders);
  const conference = await openConference(store, { ...conferenceBody, title: 'Review: Robin & Sky!' }, admin);
  const access: ConferenceAccess = {
    conference,
    role: 'admin',
    name: admin.name,
    status: 'admitted',
    participant: null,
    link: null,
    staff: { user: admin, sessionTokenHash: 'not-a-real-session' },
  };
  return { store, access, exports: new MinutesExports(store, snapshotter, renders) };
}

describe('exports', () => {
  it('names files after the conference and makes the first one from a snapshot taken then', async () => {
    const { store, access, exports } = await setUp();
    const file = await exports.make(access, { what: 'minutes', format: 'json', audience: 'family' });
    expect(file.fileName).toBe('review-robin-sky-minutes-family-copy.json');
    const minutes = JSON.parse(String(file.body)) as Minutes;
    expect(minutes.conference).toMatchObject({ id: access.conference.id, chair: 'Avery Fictional' });
    expect((await store.listSnapshots(access.conference.id)).map((s) => s.seq)).toEqual([1]);

    const plan = await exports.make(access, { what: 'plan', format: 'html', audience: 'full', snapshot: 1 });
    expect(plan.fileName).toBe('review-robin-sky-plan.html');
    expect(String(plan.body)).toContain('<html');
    const exported = (await store.listAudit(access.conference.id)).filter((e) => e.action === 'exported');
    expect(exported.map((e) => [e.actor, e.detail])).toEqual([
      [
        `staff:${access.staff?.user.id}`,
        { what: 'minutes', format: 'json', audience: 'family', snapshot: 1 },
      ],
      [`staff:${access.staff?.user.id}`, { what: 'plan', format: 'html', audience: 'full', snapshot: 1 }],
    ]);
  });

  it('refuses a snapshot that does not exist, and audits nothing', async () => {
    const { store, access, exports } = await setUp();
    const err = await refusal(
      exports.make(access, { what: 'minutes', format: 'json', audience: 'full', snapshot: 7 }),
    );
    expect([err.kind, err.code]).toEqual(['not-found', 'NOT_FOUND']);
    expect((await store.listAudit(access.conference.id)).map((e) => e.action)).toEqual([
      'conference-created',
    ]);
  });

  it('slugs a title for a file name, never to nothing', () => {
    expect(slug('Conference for Ada and Ben')).toBe('conference-for-ada-and-ben');
    expect(slug('  ***  ')).toBe('conference');
    expect(slug('a'.repeat(80))).toHaveLength(60);
  });
});
