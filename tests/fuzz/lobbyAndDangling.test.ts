/**
 * Seeded fuzz for two ways a link holder could hurt a conference without sending anything
 * malformed:
 *
 * - a flood from the lobby: people never let in open sockets (past their cap) and send a seeded
 *   mix of handshakes, presence, writes and 2 MB messages. Every socket must close or stay within
 *   its handshake, memory must stay bounded, and nothing they send may reach the stored board;
 * - unintegrable updates from the chair (who may write): edits with a piece missing in front of
 *   them, deletes of things never sent, references to items that do not exist. Yjs itself is the
 *   oracle (apply to a copy: is anything left pending?). Each such update must be refused and its
 *   sender closed, every integrable one accepted, and the stored board must load with nothing
 *   pending, while a family member's screen keeps up throughout.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Conference } from '@cb/shared/api';
import { addItem, deleteItem, itemText, updateItem } from '@cb/shared/doc/board';
import { docParts } from '@cb/shared/doc/schema';
import { CloseCode, LIMITS } from '@cb/shared/protocol';
import {
  createConference,
  createLink,
  join,
  joinAdmitted,
  joinAsChair,
  signInAdmin,
  type Joined,
} from '../support/factories.ts';
import type { Client } from '../support/http.ts';
import { mulberry32, randomBytes, randomInt } from '../support/random.ts';
import { startTestServer, type TestServer } from '../support/startServer.ts';
import { connectDoc, waitFor, whenSynced, type TestProvider } from '../support/yclient.ts';
import type { SyncInput } from './inputs.ts';
import { runSync, type SocketOutcome } from './runners.ts';
import {
  awarenessMessage,
  awarenessUpdate,
  SYNC_STEP_1,
  SYNC_STEP_2,
  SYNC_UPDATE,
  syncMessage,
} from './syncMessages.ts';

const CREATED_AT = '2026-12-03T10:00:00Z';
const rss = () => process.memoryUsage().rss / 2 ** 20;

let t: TestServer;
let admin: Client;
let conf: Conference;
let chair: Joined;
let familyDoc: TestProvider;
let chairDoc: TestProvider;

beforeAll(async () => {
  t = await startTestServer();
  admin = await signInAdmin(t.url);
  conf = await createConference(admin);
  chair = await joinAsChair(t.url, admin, conf.id);
  const family = await joinAdmitted(t.url, admin, conf.id, 'family', 'Family Fictional');
  chairDoc = connectDoc(t.url, conf.id, chair.cookie);
  familyDoc = connectDoc(t.url, conf.id, family.cookie);
  await Promise.all([whenSynced(chairDoc), whenSynced(familyDoc)]);
});
afterAll(async () => {
  chairDoc.destroy();
  familyDoc.destroy();
  await t.stop();
});

/** The chair adds a line; the family's screen must show it (so the pair never noticed the fuzz). */
async function stillWorking(label: string): Promise<void> {
  const id = `ok-${label}`;
  addItem(chairDoc.doc, 'workingWell', { id, text: `Still working after ${label}`, createdAt: CREATED_AT });
  await waitFor(
    () =>
      docParts(familyDoc.doc)
        .list('workingWell')
        .toArray()
        .some((m) => m.get('id') === id),
    `the family to see ${label}`,
  );
}

/** Stored updates of a document, replayed: what every later load will hold. */
async function storedDoc(docName: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  for (const u of (await t.server.deps.store.loadUpdates(docName)).updates) Y.applyUpdate(doc, u);
  return doc;
}

describe('a flood from the lobby', () => {
  it('closes every socket that sends more than a handshake, caps sockets, and stores nothing', async () => {
    const rand = mulberry32(0x10bb1e);
    const before = (await t.server.deps.store.loadUpdates(conf.id)).updates.length;
    const rssBefore = rss();
    let peak = rssBefore;
    const outcomes = new Map<string, number>();
    const count = (key: string) => outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
    const waiting: Joined[] = [];
    for (let i = 0; i < 3; i++)
      waiting.push(
        await join(t.url, await createLink(admin, conf.id, 'professional'), `Waiting ${i} Fictional`),
      );

    const kinds = ['handshake', 'presence', 'query', 'small-write', 'big-write', 'big-handshake'] as const;
    for (let round = 0; round < 8; round++) {
      const who = waiting[randomInt(rand, 0, waiting.length - 1)] as Joined;
      // More sockets than one person may hold: the extra ones are closed at once.
      const batch = Array.from({ length: LIMITS.maxSocketsPerParticipant + 3 }, () => {
        const kind = kinds[randomInt(rand, 0, kinds.length - 1)] as (typeof kinds)[number];
        const data =
          kind === 'handshake'
            ? syncMessage(SYNC_STEP_1, Y.encodeStateVector(new Y.Doc()))
            : kind === 'presence'
              ? awarenessMessage(
                  awarenessUpdate([
                    { clientId: randomInt(rand, 1, 2 ** 30), clock: 1, state: '{"user":{"name":"x"}}' },
                  ]),
                )
              : kind === 'query'
                ? new Uint8Array([3])
                : kind === 'small-write'
                  ? syncMessage(SYNC_UPDATE, Y.encodeStateAsUpdate(scratchEdit(rand)))
                  : kind === 'big-write'
                    ? syncMessage(
                        randomInt(rand, 0, 1) ? SYNC_STEP_2 : SYNC_UPDATE,
                        randomBytes(rand, LIMITS.maxMessageBytes - 64),
                      )
                    : syncMessage(SYNC_STEP_1, randomBytes(rand, LIMITS.maxHeldMessageBytes + 1024));
        return { kind, data };
      });
      const results = await Promise.all(
        batch.map(async ({ kind, data }) => ({
          kind,
          outcome: await runSync(t.url, conf.id, who.cookie, binary(data), 3000),
        })),
      );
      for (const { kind, outcome } of results) count(`${kind} → ${outcomeWord(outcome)}`);
      peak = Math.max(peak, rss());
    }
    const summary = [...outcomes]
      .sort()
      .map(([k, n]) => `  ${k}: ${n}`)
      .join('\n');
    console.log(`lobby flood: RSS ${rssBefore.toFixed(0)} → peak ${peak.toFixed(0)} MiB\n${summary}`);

    for (const [key] of outcomes) {
      const [kind, result] = key.split(' → ') as [string, string];
      // Past the cap (4429), or the message's own fate: writes and oversized messages close the socket.
      if (result === String(CloseCode.tooManyConnections)) continue;
      if (kind === 'small-write') expect(result).toBe(String(CloseCode.malformed));
      else if (kind === 'big-write' || kind === 'big-handshake')
        expect([String(CloseCode.messageTooLarge), '1009']).toContain(result);
      else expect(result).toBe('held'); // a handshake, presence or query just waits, unanswered
    }
    expect([...outcomes.keys()].some((k) => k.endsWith(String(CloseCode.tooManyConnections)))).toBe(true);
    expect(peak - rssBefore).toBeLessThan(250);
    expect((await t.server.deps.store.loadUpdates(conf.id)).updates.length).toBe(before);
    await stillWorking('the lobby flood');
  });
});

/** A change to a board nobody else has: a lone worry, from a new client. */
function scratchEdit(rand: () => number): Y.Doc {
  const doc = new Y.Doc();
  addItem(doc, 'worries', {
    id: `lobby-${randomInt(rand, 0, 1e9)}`,
    text: 'Not let in yet',
    createdAt: CREATED_AT,
  });
  return doc;
}

/** One binary message for runSync (which sends it, then asks for the document). */
function binary(data: Uint8Array): SyncInput {
  return { kind: 'sync', category: 'fuzz', role: 'chair', data, text: false, expect: { kind: 'answer' } };
}

function outcomeWord(outcome: SocketOutcome): string {
  if (outcome.kind === 'closed') return String(outcome.code);
  if (outcome.kind === 'timeout') return 'held';
  return outcome.kind;
}

describe('unintegrable updates from the chair', () => {
  it('refuses each one and closes its sender; accepts every integrable one; stores nothing pending', async () => {
    const rand = mulberry32(0xda9611);
    const tally = { refused: 0, accepted: 0 };
    for (let round = 0; round < 60; round++) {
      // The chair's own copy, forked: a few edits by a fresh client, each one update.
      const fork = new Y.Doc();
      Y.applyUpdate(fork, Y.encodeStateAsUpdate(chairDoc.doc));
      const made: Uint8Array[] = [];
      fork.on('update', (u: Uint8Array) => made.push(u));
      const ids: string[] = [];
      for (let e = 0; e < randomInt(rand, 2, 4); e++) {
        const r = rand();
        if (r < 0.5 || ids.length === 0) {
          const id = `f${round}-${e}`;
          ids.push(id);
          addItem(fork, 'worries', { id, text: `Fuzz worry ${round}.${e}`, createdAt: CREATED_AT });
        } else if (r < 0.65) {
          // Typing into a worry's text: depends on the text, which came in an earlier piece.
          itemText([fork], ids[randomInt(rand, 0, ids.length - 1)] as string)?.insert(
            0,
            `Edited ${round}.${e} `,
          );
        } else if (r < 0.8)
          updateItem([fork], ids[randomInt(rand, 0, ids.length - 1)] as string, { saidBy: `Speaker ${e}` });
        else deleteItem([fork], ids.splice(randomInt(rand, 0, ids.length - 1), 1)[0] as string);
      }
      // All of it (integrable), or with the first piece left out (a gap, a missing neighbour, a delete of nothing).
      const whole = rand() < 0.35;
      const pieces = whole ? made : made.slice(1 + randomInt(rand, 0, Math.max(0, made.length - 2)));
      if (pieces.length === 0) continue;
      const update = pieces.length === 1 ? (pieces[0] as Uint8Array) : Y.mergeUpdates(pieces);
      const oracle = new Y.Doc();
      Y.applyUpdate(oracle, Y.encodeStateAsUpdate(chairDoc.doc));
      Y.applyUpdate(oracle, update);
      const pending = oracle.store.pendingStructs !== null || oracle.store.pendingDs !== null;
      oracle.destroy();

      const outcome = await runSync(t.url, conf.id, chair.cookie, binary(syncMessage(SYNC_UPDATE, update)));
      if (pending) {
        expect(outcome, `round ${round}: an update Yjs would leave pending`).toEqual(
          expect.objectContaining({ kind: 'closed', code: CloseCode.malformed }),
        );
        tally.refused++;
      } else {
        expect(outcome, `round ${round}: an update that integrates`).toEqual({ kind: 'answered' });
        tally.accepted++;
        const sv = Y.encodeStateVector(fork);
        await waitFor(() => isCovered(chairDoc.doc, sv), 'the chair to get it');
      }
    }
    console.log(
      `unintegrable chair updates: ${tally.refused} refused, ${tally.accepted} integrable accepted`,
    );
    expect(tally.refused).toBeGreaterThan(20);
    expect(tally.accepted).toBeGreaterThan(10);
    const stored = await storedDoc(conf.id);
    expect(stored.store.pendingStructs).toBeNull();
    expect(stored.store.pendingDs).toBeNull();
    await stillWorking('the unintegrable updates');
  });
});

/** Whether `doc` has everything up to state vector `sv`. */
function isCovered(doc: Y.Doc, sv: Uint8Array): boolean {
  for (const [client, clock] of Y.decodeStateVector(sv))
    if (Y.getState(doc.store, client) < clock) return false;
  return true;
}
