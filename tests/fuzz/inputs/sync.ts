/** Bad y-websocket messages and raw WebSocket frames (see ../inputs.ts). */
import * as Y from 'yjs';
import { addItem } from '@cb/shared/doc/board';
import { LIMITS } from '@cb/shared/protocol';
import { randomBytes, randomInt } from '../../support/random.ts';
import {
  awarenessMessage,
  awarenessUpdate,
  concat,
  SYNC_STEP_1,
  SYNC_STEP_2,
  SYNC_UPDATE,
  syncMessage,
  varUint,
  verdictFor,
} from '../syncMessages.ts';

import {
  type Rand,
  type Role,
  WS_CODES,
  pick,
  weighted,
  printable,
  type SyncInput,
  type RawFrameInput,
} from './basics.ts';
import { rawFrameInput } from './rawFrames.ts';

// --------------------------------------------------------------------------------- sync messages

/** Real messages to cut and corrupt: a Yjs update, a state vector, an awareness update. */
function sampleDoc(): { update: Uint8Array; stateVector: Uint8Array } {
  const doc = new Y.Doc();
  doc.clientID = 424242;
  addItem(doc, 'worries', { id: 'sample-1', text: 'A sample worry', createdAt: '2026-12-03T10:00:00Z' });
  addItem(doc, 'plan', { id: 'sample-2', text: 'A sample plan step', createdAt: '2026-12-03T10:00:00Z' });
  return { update: Y.encodeStateAsUpdate(doc), stateVector: Y.encodeStateVector(doc) };
}
const SAMPLE = sampleDoc();

function sampleMessages(rand: Rand): Uint8Array[] {
  return [
    syncMessage(SYNC_STEP_1, SAMPLE.stateVector),
    syncMessage(SYNC_STEP_2, SAMPLE.update),
    syncMessage(SYNC_UPDATE, SAMPLE.update),
    awarenessMessage(
      awarenessUpdate([{ clientId: randomInt(rand, 1, 2 ** 31), clock: 1, state: '{"cursor":{"x":1}}' }]),
    ),
  ];
}

/** A Yjs update that Yjs itself cannot decode (so no role may store it). */
function undecodableUpdate(rand: Rand): Uint8Array {
  for (;;) {
    const candidate = weighted<() => Uint8Array>(rand, [
      [3, () => SAMPLE.update.slice(0, randomInt(rand, 0, SAMPLE.update.length - 1))],
      [
        3,
        () => {
          const m = SAMPLE.update.slice();
          for (let i = randomInt(rand, 1, 4); i > 0; i--)
            m[randomInt(rand, 0, m.length - 1)] = randomInt(rand, 0, 255);
          return m;
        },
      ],
      [2, () => randomBytes(rand, randomInt(rand, 1, 40))],
      // One client, a huge number of structs, nothing after.
      [1, () => concat(varUint(1), varUint(randomInt(rand, 2 ** 20, 2 ** 40)), varUint(7), varUint(0))],
      // A struct whose content type does not exist.
      [
        1,
        () =>
          concat(varUint(1), varUint(1), varUint(7), varUint(0), new Uint8Array([randomInt(rand, 11, 31)])),
      ],
    ])();
    try {
      Y.decodeUpdate(candidate);
    } catch {
      return candidate;
    }
  }
}

function hugeNumber(rand: Rand): number {
  return pick(rand, [2 ** 21 + 1, 2 ** 31, 2 ** 32 - 1, 2 ** 32 + 7, 2 ** 40, Number.MAX_SAFE_INTEGER]);
}

function badAwarenessState(rand: Rand): string {
  return weighted<() => string>(rand, [
    [4, () => printable(rand, randomInt(rand, 1, 30))],
    [2, () => pick(rand, ['{', '{"a":}', "{'a':1}", 'undefined', '{"a":1}}', '\u0000', '[1,', 'NaN'])],
    [2, () => pick(rand, ['5', '"text"', '[1,2]', 'true', '1e999'])],
    [1, () => `{"big":"${'x'.repeat(16 * 1024 + randomInt(rand, 1, 500))}"}`],
  ])();
}

function badAwarenessMessage(rand: Rand): Uint8Array {
  const fresh = () => randomInt(rand, 1, 2 ** 31);
  return weighted<() => Uint8Array>(rand, [
    [
      5,
      () =>
        awarenessMessage(awarenessUpdate([{ clientId: fresh(), clock: 1, state: badAwarenessState(rand) }])),
    ],
    [
      2,
      () => {
        const id = fresh();
        return awarenessMessage(
          awarenessUpdate([
            { clientId: id, clock: 1, state: '{"ok":true}' },
            { clientId: id, clock: 2, state: badAwarenessState(rand) },
          ]),
        );
      },
    ],
    [
      1,
      () => {
        const entries = Array.from({ length: randomInt(rand, 17, 40) }, () => ({
          clientId: fresh(),
          clock: 1,
          state: 'null',
        }));
        return awarenessMessage(awarenessUpdate(entries));
      },
    ],
    [
      1,
      () =>
        awarenessMessage(
          concat(
            awarenessUpdate([{ clientId: fresh(), clock: 1, state: '{}' }]),
            randomBytes(rand, randomInt(rand, 1, 8)),
          ),
        ),
    ],
  ])();
}

function validUpdate(rand: Rand): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = randomInt(rand, 1, 2 ** 31);
  addItem(doc, pick(rand, ['worries', 'workingWell', 'greyAreas'] as const), {
    id: `reader-${randomInt(rand, 0, 1e9)}`,
    text: printable(rand, randomInt(rand, 1, 30)),
    createdAt: '2026-12-03T10:00:00Z',
  });
  return Y.encodeStateAsUpdate(doc);
}

type SyncCategory =
  | 'random-bytes'
  | 'truncated'
  | 'garbage-payload'
  | 'huge-length'
  | 'unknown-type'
  | 'bad-awareness'
  | 'invalid-update'
  | 'text-frame'
  | 'write-from-reader';

function syncCandidate(rand: Rand, category: SyncCategory): Uint8Array {
  switch (category) {
    case 'random-bytes':
      return randomBytes(rand, randomInt(rand, 0, 48));
    case 'truncated': {
      const m = pick(rand, sampleMessages(rand));
      return m.slice(0, randomInt(rand, 1, m.length - 1));
    }
    case 'garbage-payload': {
      const prefix = pick(rand, [[0], [0, 0], [0, 1], [0, 2], [1], [0, randomInt(rand, 3, 255)]]);
      return concat(new Uint8Array(prefix), randomBytes(rand, randomInt(rand, 0, 40)));
    }
    case 'huge-length': {
      const prefix = pick(rand, [[0, 0], [0, 1], [0, 2], [1]]);
      const tail = randomBytes(rand, randomInt(rand, 0, 16));
      return rand() < 0.7
        ? concat(new Uint8Array(prefix), varUint(hugeNumber(rand)), tail)
        : // The outer length is right; a length inside the payload is not.
          concat(new Uint8Array(prefix), varUint(tail.length + 8), varUint(hugeNumber(rand)), tail);
    }
    case 'unknown-type': {
      const type = pick(rand, [
        2,
        randomInt(rand, 4, 127),
        randomInt(rand, 128, 2 ** 20),
        2 ** 31,
        2 ** 53 - 1,
      ]);
      const unterminated = rand() < 0.15;
      return unterminated
        ? new Uint8Array(randomInt(rand, 1, 12)).fill(0xff)
        : concat(varUint(type), randomBytes(rand, randomInt(rand, 0, 24)));
    }
    case 'bad-awareness':
      return badAwarenessMessage(rand);
    case 'invalid-update':
      return syncMessage(rand() < 0.5 ? SYNC_STEP_2 : SYNC_UPDATE, undecodableUpdate(rand));
    case 'text-frame':
      return new Uint8Array(Buffer.from(printable(rand, randomInt(rand, 1, 40)), 'utf8'));
    case 'write-from-reader':
      return syncMessage(rand() < 0.5 ? SYNC_STEP_2 : SYNC_UPDATE, validUpdate(rand));
  }
}

/** Categories whose every message is malformed by construction (never merely ignored). */
const MUST_CLOSE: ReadonlySet<SyncCategory> = new Set([
  'truncated',
  'huge-length',
  'unknown-type',
  'bad-awareness',
  'invalid-update',
  'write-from-reader',
]);

export function syncInput(rand: Rand): SyncInput | RawFrameInput {
  const category = weighted<SyncCategory | 'oversized' | 'bad-utf8-text' | 'raw-frame'>(rand, [
    [14, 'random-bytes'],
    [12, 'truncated'],
    [14, 'garbage-payload'],
    [10, 'huge-length'],
    [8, 'unknown-type'],
    [12, 'bad-awareness'],
    [12, 'invalid-update'],
    [3, 'text-frame'],
    [3, 'write-from-reader'],
    [2, 'oversized'],
    [3, 'bad-utf8-text'],
    [7, 'raw-frame'],
  ]);
  const role: Role = category === 'write-from-reader' ? 'family' : rand() < 0.5 ? 'chair' : 'family';
  if (category === 'raw-frame') return rawFrameInput(rand, role);
  if (category === 'oversized') {
    const size = randomInt(rand, LIMITS.maxMessageBytes + 1, LIMITS.maxMessageBytes + 512 * 1024);
    const data = new Uint8Array(size).fill(randomInt(rand, 0, 255));
    data.set(rand() < 0.5 ? [0, 2] : [1], 0);
    // The `ws` server answers 1009 and then drops the TCP connection: a client still sending can
    // see the drop (1006) before it reads the close frame.
    return {
      kind: 'sync',
      category,
      role,
      data,
      text: false,
      expect: { kind: 'close', codes: [1009, 1006] },
    };
  }
  if (category === 'bad-utf8-text') {
    const data = concat(
      randomBytes(rand, randomInt(rand, 0, 8)),
      new Uint8Array(pick(rand, [[0xff], [0xc3, 0x28], [0xe2, 0x82], [0xed, 0xa0, 0x80]])),
    );
    return {
      kind: 'sync',
      category,
      role,
      data,
      text: true,
      expect: { kind: 'close', codes: [WS_CODES.invalidData] },
    };
  }
  for (;;) {
    const data = syncCandidate(rand, category);
    const expect = verdictFor(data, role === 'chair');
    if (expect.kind === 'write') continue; // a real change by a writer is not a bad input
    if (MUST_CLOSE.has(category) && expect.kind !== 'close') continue;
    return { kind: 'sync', category, role, data, text: category === 'text-frame', expect };
  }
}
