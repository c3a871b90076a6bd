/**
 * Seeded generators of bad inputs: y-websocket messages and raw frames, HTTP bodies, and /control
 * events. Pure: the same seed gives the same inputs (only server-made ids differ between runs).
 * Every generator rejects its own candidates that would be valid (a real write, a real sign-in, a
 * real join), so everything sent is bad by construction.
 */
import zlib from 'node:zlib';
import * as Y from 'yjs';
import { createConferenceSchema, createLinkSchema, joinSchema, signInSchema } from '@cb/shared/api';
import { addItem } from '@cb/shared/doc/board';
import {
  CONTROL_EVENTS as PROTOCOL_EVENTS,
  LIMITS,
  PROTOCOL_VERSION,
  type ControlEvent,
} from '@cb/shared/protocol';
import { randomBytes, randomInt } from '../support/random.ts';
import { frame } from './rawWs.ts';
import {
  awarenessMessage,
  awarenessUpdate,
  concat,
  MESSAGE_QUERY_AWARENESS,
  SYNC_STEP_1,
  SYNC_STEP_2,
  SYNC_UPDATE,
  syncMessage,
  varUint,
  verdictFor,
  type Verdict,
} from './syncMessages.ts';

export type Rand = () => number;
export type Role = 'chair' | 'family';

/** WebSocket close codes from RFC 6455 that the `ws` server uses. */
export const WS_CODES = { protocolError: 1002, invalidData: 1007, tooBig: 1009 } as const;

export interface SyncInput {
  kind: 'sync';
  category: string;
  role: Role;
  data: Uint8Array;
  /** Sent as a text frame (its bytes need not be UTF-8). */
  text: boolean;
  expect: Verdict;
}

export interface RawFrameInput {
  kind: 'raw';
  category: string;
  role: Role;
  bytes: Buffer;
  codes: readonly number[];
}

export type HttpRoute = 'session' | 'conferences' | 'links' | 'join' | 'admit';

export interface HttpInput {
  kind: 'http';
  category: string;
  route: HttpRoute;
  path: string;
  /** Who sends it: the admin's session, the chair's link cookie, or nobody. */
  as: 'admin' | 'chair' | 'anonymous';
  headers: Record<string, string>;
  /** Without an Origin header (or with a foreign one) when set. */
  origin: 'own' | 'none' | 'foreign';
  body: Uint8Array;
}

export interface ControlEventInput {
  kind: 'control';
  category: string;
  role: Role;
  event: string;
  args: unknown[];
  /** Whether an INVALID_INPUT answer is due (false: the server ignores the event). */
  answered: boolean;
  /** Sent on a socket of its own, which the server should drop (payload over the limit). */
  oversized: boolean;
}

export interface ControlAuthInput {
  kind: 'controlAuth';
  category: string;
  auth: Record<string, unknown>;
}

export interface ControlRawInput {
  kind: 'controlRaw';
  category: string;
  role: Role;
  packet: string;
  /** A packet engine.io/socket.io cannot parse: the server must drop the connection. */
  mustClose: boolean;
}

export type FuzzInput =
  SyncInput | RawFrameInput | HttpInput | ControlEventInput | ControlAuthInput | ControlRawInput;

export interface FuzzContext {
  conferenceId: string;
  /** `/join/<token>` of a live family link. */
  joinPath: string;
  /** An admitted participant: deciding about them again is refused. */
  admittedParticipantId: string;
}

// ------------------------------------------------------------------------------------------- basics

export function pick<T>(rand: Rand, items: readonly T[]): T {
  const item = items[Math.floor(rand() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

function weighted<T>(rand: Rand, table: readonly (readonly [number, T])[]): T {
  const total = table.reduce((sum, [w]) => sum + w, 0);
  let r = rand() * total;
  for (const [w, value] of table) {
    r -= w;
    if (r < 0) return value;
  }
  const last = table.at(-1);
  if (!last) throw new Error('empty table');
  return last[1];
}

const PRINTABLE =
  ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~';

function printable(rand: Rand, length: number, alphabet = PRINTABLE): string {
  let s = '';
  for (let i = 0; i < length; i++) s += alphabet[Math.floor(rand() * alphabet.length)] ?? 'x';
  return s;
}

const NASTY_STRINGS = [
  '',
  ' ',
  '\u0000',
  '\uFFFF',
  '\uD800',
  'é',
  '💥',
  "' OR 1=1 --",
  '"; DROP TABLE conferences; --',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  '%00',
  '__proto__',
  'constructor',
  'NaN',
  'null',
  '${process.exit()}',
  '\r\nSet-Cookie: x=y',
];

function randomString(rand: Rand): string {
  return rand() < 0.5 ? pick(rand, NASTY_STRINGS) : printable(rand, randomInt(rand, 0, 40));
}

function randomScalar(rand: Rand): unknown {
  return weighted<() => unknown>(rand, [
    [2, () => null],
    [1, () => rand() < 0.5],
    [2, () => randomInt(rand, -1000, 1000)],
    [1, () => pick(rand, [0, -0, 1e308, -1e308, 2 ** 53, 0.5, -1, 4294967296])],
    [4, () => randomString(rand)],
  ])();
}

/** Any JSON value, with keys drawn mostly from `keys` (null-prototype objects, so `__proto__` is a key). */
export function randomJson(rand: Rand, depth: number, keys: readonly string[]): unknown {
  const r = rand();
  if (depth <= 0 || r < 0.45) return randomScalar(rand);
  if (r < 0.7) return Array.from({ length: randomInt(rand, 0, 4) }, () => randomJson(rand, depth - 1, keys));
  const o = Object.create(null) as Record<string, unknown>;
  const n = randomInt(rand, 0, 5);
  for (let i = 0; i < n; i++) {
    const key = rand() < 0.8 && keys.length > 0 ? pick(rand, keys) : randomString(rand);
    o[key] = randomJson(rand, depth - 1, keys);
  }
  return o;
}

function deepJson(rand: Rand, depth: number): string {
  return rand() < 0.5
    ? '['.repeat(depth) + ']'.repeat(depth)
    : '{"a":'.repeat(depth) + 'null' + '}'.repeat(depth);
}

function randomUuid(rand: Rand): string {
  const hex = Array.from(randomBytes(rand, 16), (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

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

function syncInput(rand: Rand): SyncInput | RawFrameInput {
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

function rawFrameInput(rand: Rand, role: Role): RawFrameInput {
  const query = new Uint8Array([MESSAGE_QUERY_AWARENESS]);
  const small = () => randomBytes(rand, randomInt(rand, 0, 20));
  const [name, bytes, codes] = weighted<() => [string, Buffer, readonly number[]]>(rand, [
    [2, () => ['unmasked', frame({ opcode: 2, payload: query, masked: false }), [WS_CODES.protocolError]]],
    [
      2,
      () => [
        'reserved-opcode',
        frame({ opcode: pick(rand, [3, 4, 5, 6, 7, 0xb, 0xc, 0xd, 0xe, 0xf]), payload: small() }),
        [WS_CODES.protocolError],
      ],
    ],
    [
      2,
      () => [
        'rsv-bits',
        frame({ opcode: 2, payload: query, rsv: randomInt(rand, 1, 7) }),
        [WS_CODES.protocolError],
      ],
    ],
    [1, () => ['orphan-continuation', frame({ opcode: 0, payload: small() }), [WS_CODES.protocolError]]],
    [
      1,
      () => [
        'fragmented-control',
        frame({ opcode: pick(rand, [8, 9, 10]), payload: small(), fin: false }),
        [WS_CODES.protocolError],
      ],
    ],
    [
      1,
      () => [
        'long-control',
        frame({ opcode: pick(rand, [9, 10]), payload: randomBytes(rand, randomInt(rand, 126, 400)) }),
        [WS_CODES.protocolError],
      ],
    ],
    [
      1,
      () => [
        'interrupted-fragments',
        Buffer.concat([
          frame({ opcode: 2, payload: query, fin: false }),
          frame({ opcode: 2, payload: query }),
        ]),
        [WS_CODES.protocolError],
      ],
    ],
    [
      1,
      () => [
        'bad-close-code',
        frame({ opcode: 8, payload: concat(new Uint8Array([0x03, 0xe7]), small()) }),
        [WS_CODES.protocolError],
      ],
    ],
    [
      1,
      () => [
        'one-byte-close',
        frame({ opcode: 8, payload: new Uint8Array([randomInt(rand, 0, 255)]) }),
        [WS_CODES.protocolError],
      ],
    ],
    [
      1,
      () => [
        'bad-utf8-close-reason',
        frame({ opcode: 8, payload: new Uint8Array([0x03, 0xe8, 0xff, 0xfe]) }),
        [WS_CODES.invalidData],
      ],
    ],
    [
      2,
      () => [
        'length-lie',
        frame({
          opcode: 2,
          payload: query,
          declaredLength: pick(rand, [1n << 62n, 1n << 40n, BigInt(LIMITS.maxMessageBytes + 1)]),
        }),
        [WS_CODES.tooBig],
      ],
    ],
    [
      2,
      () => ['not-a-frame', Buffer.from(printable(rand, randomInt(rand, 2, 60))), [WS_CODES.protocolError]],
    ],
  ])();
  return { kind: 'raw', category: `raw-frame:${name}`, role, bytes, codes };
}

// ------------------------------------------------------------------------------------------- HTTP

const ROUTE_KEYS: Record<HttpRoute, readonly string[]> = {
  session: ['email', 'password'],
  conferences: ['kind', 'scheduledAt', 'title', 'place', 'children', 'chairEmail', 'name', 'dateOfBirth'],
  links: ['role', 'label', 'expiresAt'],
  join: ['name'],
  admit: ['participantId', 'status'],
};

/** Would this parsed JSON body be accepted (so it is not a bad input)? */
function acceptedBody(route: HttpRoute, value: unknown): boolean {
  switch (route) {
    case 'session':
      return signInSchema.safeParse(value).success;
    case 'conferences':
      return createConferenceSchema.safeParse(value).success;
    case 'links':
      return createLinkSchema.safeParse(value).success;
    case 'join': {
      const name =
        typeof value === 'object' && value !== null ? (value as { name?: unknown }).name : undefined;
      return joinSchema.safeParse({ name }).success;
    }
    case 'admit':
      return false; // the body is ignored; the participant id in the path makes it fail
  }
}

function plausibleBody(route: HttpRoute): Record<string, unknown> {
  switch (route) {
    case 'session':
      return { email: 'admin@example.test', password: 'wrong' };
    case 'conferences':
      return {
        kind: 'initial',
        scheduledAt: '2026-12-03T10:00:00Z',
        children: [{ name: 'A', dateOfBirth: '2019-05-01' }],
      };
    case 'links':
      return { role: 'family', label: 'x' };
    case 'join':
      return { name: 'Somebody' };
    case 'admit':
      return {};
  }
}

function invalidJsonText(rand: Rand, route: HttpRoute): Uint8Array {
  for (;;) {
    const text = weighted<() => string>(rand, [
      [
        3,
        () => {
          const s = JSON.stringify(plausibleBody(route));
          return s.slice(0, randomInt(rand, 1, s.length - 1));
        },
      ],
      [2, () => printable(rand, randomInt(rand, 1, 80))],
      [1, () => `${JSON.stringify(plausibleBody(route))}${printable(rand, randomInt(rand, 1, 10))}`],
      [
        1,
        () =>
          pick(rand, [
            "{'email':'a'}",
            '{"a":NaN}',
            '{"a":undefined}',
            '{/*c*/}',
            '{"a":1,}',
            '[1,]',
            '"str"',
            '42',
            'null',
            'true',
            '\u0000',
          ]),
      ],
    ])();
    try {
      const parsed: unknown = JSON.parse(text);
      // The strict JSON parser takes only objects and arrays; those belong to "wrong types".
      if (typeof parsed === 'object' && parsed !== null) continue;
    } catch {
      // not JSON at all: what we want
    }
    return new Uint8Array(Buffer.from(text, rand() < 0.9 ? 'utf8' : 'latin1'));
  }
}

function wrongTypesBody(rand: Rand, route: HttpRoute): string {
  for (;;) {
    const value =
      rand() < 0.3
        ? { ...plausibleBody(route), [pick(rand, ROUTE_KEYS[route])]: randomJson(rand, 2, ROUTE_KEYS[route]) }
        : randomJson(rand, 4, ROUTE_KEYS[route]);
    if (typeof value !== 'object' || value === null) continue; // a bare scalar is "invalid JSON" for express
    if (!acceptedBody(route, value)) return JSON.stringify(value);
  }
}

function hugeStringBody(rand: Rand, route: HttpRoute): string {
  for (;;) {
    const size = randomInt(rand, 2_000, 200_000);
    const huge = rand() < 0.8 ? 'x'.repeat(size) : 'é'.repeat(Math.floor(size / 2));
    const body = { ...plausibleBody(route), [pick(rand, ROUTE_KEYS[route])]: huge };
    // A huge value under a key the route ignores is still a valid request.
    if (!acceptedBody(route, body)) return JSON.stringify(body);
  }
}

const WRONG_CONTENT_TYPES = [
  'text/plain',
  'text/plain;charset=UTF-8',
  'application/xml',
  'multipart/form-data; boundary=xyz',
  'application/octet-stream',
  'application/jsonx',
  'text/json',
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
  'image/png',
];

function joinFormBody(rand: Rand): string {
  return weighted<() => string>(rand, [
    [2, () => `name=${'x'.repeat(randomInt(rand, 81, 3000))}`],
    [1, () => pick(rand, ['name=', 'name=%20%20%20', 'name=+++', 'name=a&name=b', 'nom=Somebody', ''])],
    [1, () => `name${'[a]'.repeat(randomInt(rand, 1, 50))}=x`],
    // No '=' and no 'n': never a name.
    [1, () => printable(rand, randomInt(rand, 1, 60), 'abcdefghijklmopqrstuvwxyz&%+0123456789')],
    [1, () => Array.from({ length: randomInt(rand, 1001, 1500) }, (_, i) => `k${i}=v`).join('&')],
  ])();
}

function httpInput(rand: Rand, ctx: FuzzContext): HttpInput {
  const route = weighted<HttpRoute>(rand, [
    [2, 'session'],
    [3, 'conferences'],
    [3, 'links'],
    [3, 'join'],
    [2, 'admit'],
  ]);
  const category = weighted<string>(rand, [
    [5, 'invalid-json'],
    [6, 'wrong-types'],
    [2, 'huge-strings'],
    [2, 'deep-nesting'],
    [3, 'wrong-content-type'],
    [2, 'too-large'],
    [1, 'bad-encoding'],
    [1, 'cross-site'],
  ]);
  let path: string;
  let as: HttpInput['as'] = 'admin';
  switch (route) {
    case 'session':
      path = '/api/session';
      as = 'anonymous';
      break;
    case 'conferences':
      path = '/api/conferences';
      break;
    case 'links':
      path = `/api/conferences/${rand() < 0.9 ? ctx.conferenceId : printable(rand, 8, 'abc123')}/links`;
      as = rand() < 0.5 ? 'admin' : 'chair';
      break;
    case 'join':
      path = rand() < 0.9 ? ctx.joinPath : `/join/${printable(rand, randomInt(rand, 1, 30), 'abcXYZ019_-')}`;
      as = 'anonymous';
      break;
    case 'admit': {
      const participant = pick(rand, [ctx.admittedParticipantId, randomUuid(rand), 'not-a-uuid']);
      path = `/api/conferences/${ctx.conferenceId}/lobby/${participant}/admit`;
      as = rand() < 0.5 ? 'admin' : 'chair';
      break;
    }
  }
  const json = { 'Content-Type': 'application/json' };
  let headers: Record<string, string> = json;
  let body: Uint8Array;
  const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
  switch (category) {
    case 'invalid-json':
      body = invalidJsonText(rand, route);
      break;
    case 'wrong-types':
      body = utf8(wrongTypesBody(rand, route));
      break;
    case 'huge-strings':
      body = utf8(hugeStringBody(rand, route));
      break;
    case 'deep-nesting': {
      const nested = deepJson(rand, randomInt(rand, 200, 40_000));
      const asField = rand() < 0.5;
      body = utf8(asField ? `{"${pick(rand, ROUTE_KEYS[route])}":${nested}}` : nested);
      break;
    }
    case 'wrong-content-type': {
      const type = pick(rand, WRONG_CONTENT_TYPES);
      if (route === 'join' && rand() < 0.5) {
        headers = { 'Content-Type': 'application/x-www-form-urlencoded' };
        body = utf8(joinFormBody(rand));
      } else {
        headers = rand() < 0.15 ? {} : { 'Content-Type': type };
        body = utf8(wrongTypesBody(rand, route));
      }
      break;
    }
    case 'too-large': {
      const size = randomInt(rand, 256 * 1024 + 1, 400 * 1024);
      if (route === 'join' && rand() < 0.5) {
        headers = { 'Content-Type': 'application/x-www-form-urlencoded' };
        body = utf8(`name=${'y'.repeat(randomInt(rand, 16 * 1024 + 1, 64 * 1024))}`);
      } else {
        body = utf8(`{"${pick(rand, ROUTE_KEYS[route])}":"${'z'.repeat(size)}"}`);
      }
      break;
    }
    case 'bad-encoding': {
      const encoding = pick(rand, ['gzip', 'deflate', 'br', 'x-unknown', 'gzip-bomb']);
      if (encoding === 'gzip-bomb') {
        // Valid gzip that inflates past the body limit.
        headers = { ...json, 'Content-Encoding': 'gzip' };
        body = new Uint8Array(zlib.gzipSync(Buffer.from(`{"a":"${'0'.repeat(2 * 1024 * 1024)}"}`)));
      } else {
        headers = { ...json, 'Content-Encoding': encoding };
        body = randomBytes(rand, randomInt(rand, 1, 100));
      }
      break;
    }
    default:
      body = utf8(wrongTypesBody(rand, route));
  }
  const origin = category === 'cross-site' ? (rand() < 0.5 ? 'none' : 'foreign') : 'own';
  return { kind: 'http', category, route, path, as, headers, origin, body };
}

// ---------------------------------------------------------------------------------------- control

interface ControlEventSpec {
  chairOnly: boolean;
  keys: readonly string[];
  valid(payload: unknown): boolean;
}

/** The keys each event's payload has (drawn on to make near-miss payloads). */
const EVENT_KEYS: Record<ControlEvent, readonly string[]> = {
  'lobby:admit': ['participantId'],
  'lobby:refuse': ['participantId', 'revokeLink', 'coolOffMinutes'],
  'participant:remove': ['participantId', 'revokeLink', 'coolOffMinutes'],
  'stage:set': ['stage'],
  'focus:set': ['section'],
  'hand:set': ['raised'],
  'hand:lower': ['key'],
  'suggestion:create': ['section', 'text', 'kind'],
  'suggestion:resolve': ['suggestionId', 'outcome'],
  // Answered for every role (with a plain refusal for all but professionals).
  'view:set': ['childId', 'thresholdMet', 'category', 'agency'],
  'view:withdraw': ['childId'],
};

/**
 * Every event a client may send, from the protocol's one table (a new event there is a compile
 * error here until its keys are listed): who may send it, and whether a payload is acceptable.
 */
export const CONTROL_EVENTS = Object.fromEntries(
  (Object.keys(PROTOCOL_EVENTS) as ControlEvent[]).map((event) => [
    event,
    {
      chairOnly: PROTOCOL_EVENTS[event].chairOnly,
      keys: EVENT_KEYS[event],
      valid: (p: unknown) => PROTOCOL_EVENTS[event].payload.safeParse(p).success,
    },
  ]),
) as Record<ControlEvent, ControlEventSpec>;

function controlEventInput(rand: Rand, ctx: FuzzContext): ControlEventInput {
  const role: Role = rand() < 0.5 ? 'chair' : 'family';
  const category = weighted<string>(rand, [
    [10, 'bad-payload'],
    [2, 'unknown-event'],
    [1, 'extra-arguments'],
    [1, 'binary-payload'],
    [1, 'oversized'],
  ]);
  const event =
    category === 'unknown-event'
      ? pick(rand, [
          'nope',
          'lobby:admitt',
          'room:state',
          'hello',
          'ended',
          '__proto__',
          'constructor',
          'toString',
          'error',
          printable(rand, randomInt(rand, 1, 30)),
        ])
      : pick(rand, Object.keys(CONTROL_EVENTS));
  const spec = Object.hasOwn(CONTROL_EVENTS, event)
    ? (CONTROL_EVENTS as Record<string, ControlEventSpec>)[event]
    : undefined;
  // The server answers a listener it registered; chair-only events are not registered for others.
  const answered = spec !== undefined && (!spec.chairOnly || role === 'chair');
  const keys = spec?.keys ?? [];
  if (category === 'oversized') {
    const big = 'o'.repeat(
      randomInt(rand, LIMITS.maxControlPayloadBytes + 1, LIMITS.maxControlPayloadBytes * 2),
    );
    return {
      kind: 'control',
      category,
      role,
      event,
      args: [{ [pick(rand, [...keys, 'x'])]: big }],
      answered: false,
      oversized: true,
    };
  }
  if (category === 'binary-payload') {
    return {
      kind: 'control',
      category,
      role,
      event,
      args: [Buffer.from(randomBytes(rand, randomInt(rand, 0, 64)))],
      answered,
      oversized: false,
    };
  }
  let payload: unknown;
  do {
    payload = weighted<() => unknown>(rand, [
      [5, () => randomJson(rand, 3, keys)],
      [1, () => JSON.parse(deepJson(rand, randomInt(rand, 50, 2000)))],
      [1, () => ({ [pick(rand, [...keys, 'x'])]: 'q'.repeat(randomInt(rand, 101, 30_000)) })],
      [1, () => ({ participantId: ctx.admittedParticipantId.toUpperCase().replace(/-/g, '') })],
    ])();
  } while (spec?.valid(payload));
  const args =
    category === 'extra-arguments'
      ? [payload, ...Array.from({ length: randomInt(rand, 1, 4) }, () => randomScalar(rand))]
      : [payload];
  return {
    kind: 'control',
    category,
    role,
    event,
    args,
    answered: answered && category !== 'extra-arguments',
    oversized: false,
  };
}

function controlAuthInput(rand: Rand, ctx: FuzzContext): ControlAuthInput {
  for (;;) {
    const auth = weighted<() => Record<string, unknown>>(rand, [
      [3, () => ({ protocolVersion: randomScalar(rand), conferenceId: ctx.conferenceId })],
      [3, () => ({ protocolVersion: PROTOCOL_VERSION, conferenceId: randomScalar(rand) })],
      [1, () => ({ protocolVersion: PROTOCOL_VERSION, conferenceId: randomUuid(rand) })],
      [
        1,
        () => ({ protocolVersion: PROTOCOL_VERSION + randomInt(rand, 1, 5), conferenceId: ctx.conferenceId }),
      ],
      [
        2,
        () =>
          (randomJson(rand, 3, ['protocolVersion', 'conferenceId']) as Record<string, unknown> | null) ?? {},
      ],
    ])();
    if (typeof auth !== 'object' || Array.isArray(auth)) continue;
    if (auth.protocolVersion === PROTOCOL_VERSION && auth.conferenceId === ctx.conferenceId) continue;
    return { kind: 'controlAuth', category: 'bad-auth', auth };
  }
}

function controlRawInput(rand: Rand): ControlRawInput {
  const role: Role = rand() < 0.5 ? 'chair' : 'family';
  const [category, packet, mustClose] = weighted<() => [string, string, boolean]>(rand, [
    [
      3,
      () => [
        'bad-engine-type',
        `${pick(rand, ['7', '8', '9', 'a', 'x', '{', '-'])}${printable(rand, randomInt(rand, 0, 20))}`,
        true,
      ],
    ],
    [1, () => ['empty-packet', '', true]],
    [
      3,
      () => [
        'bad-socketio-type',
        `4${pick(rand, ['7', '8', '9', 'x', '{', '['])}${printable(rand, randomInt(rand, 0, 20))}`,
        true,
      ],
    ],
    [
      4,
      () => ['bad-json', `42${pick(rand, ['[', '["hand:set",', '{', '["a" "b"]', "['x']", '[1,]'])}`, true],
    ],
    [2, () => ['non-event-array', `42${pick(rand, ['null', '{}', '"x"'])}`, true]],
    [
      2,
      () => [
        'reserved-event',
        `42["${pick(rand, ['disconnect', 'disconnecting', 'newListener', 'removeListener', 'error', 'connect'])}"]`,
        false,
      ],
    ],
    [
      2,
      () => [
        'odd-event-name',
        pick(rand, ['42[5]', '42[null]', '42[{}]', '42[[]]', '42[true]', '425', '4299']),
        false,
      ],
    ],
    [
      1,
      () => [
        'missing-attachment',
        `451-["hand:set",{"_placeholder":true,"num":${randomInt(rand, 0, 9)}}]`,
        false,
      ],
    ],
    [1, () => ['foreign-namespace', `40/${printable(rand, randomInt(rand, 1, 10), 'abcxyz')},{}`, false]],
  ])();
  return { kind: 'controlRaw', category, role, packet, mustClose };
}

// ------------------------------------------------------------------------------------------ mixing

export function nextInput(rand: Rand, ctx: FuzzContext): FuzzInput {
  return weighted<() => FuzzInput>(rand, [
    [55, () => syncInput(rand)],
    [30, () => httpInput(rand, ctx)],
    [11, () => controlEventInput(rand, ctx)],
    [2, () => controlAuthInput(rand, ctx)],
    [2, () => controlRawInput(rand)],
  ])();
}

/** A short, printable description of an input for failure messages. */
export function describeInput(input: FuzzInput): string {
  const hex = (b: Uint8Array) =>
    `${Buffer.from(b.subarray(0, 24)).toString('hex')}${b.length > 24 ? `…(${b.length} bytes)` : ''}`;
  switch (input.kind) {
    case 'sync':
      return `sync/${input.category} as ${input.role}: ${hex(input.data)}`;
    case 'raw':
      return `${input.category} as ${input.role}: ${hex(input.bytes)}`;
    case 'http':
      return `http/${input.category} ${input.route} ${input.path} ${JSON.stringify(input.headers)}: ${Buffer.from(input.body.subarray(0, 60)).toString('utf8')}`;
    case 'control':
      return `control/${input.category} ${input.role} ${input.event}: ${JSON.stringify(input.args)?.slice(0, 80)}`;
    case 'controlAuth':
      return `control/bad-auth ${JSON.stringify(input.auth).slice(0, 80)}`;
    case 'controlRaw':
      return `control-raw/${input.category} ${input.role}: ${JSON.stringify(input.packet.slice(0, 60))}`;
  }
}
