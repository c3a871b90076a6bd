/** The fuzz inputs' shapes and the seeded building blocks every generator uses (see ../inputs.ts). */
import { randomBytes, randomInt } from '../../support/random.ts';
import { type Verdict } from '../syncMessages.ts';

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

export function weighted<T>(rand: Rand, table: readonly (readonly [number, T])[]): T {
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

export function printable(rand: Rand, length: number, alphabet = PRINTABLE): string {
  let s = '';
  for (let i = 0; i < length; i++) s += alphabet[Math.floor(rand() * alphabet.length)] ?? 'x';
  return s;
}

export const NASTY_STRINGS = [
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

export function randomString(rand: Rand): string {
  return rand() < 0.5 ? pick(rand, NASTY_STRINGS) : printable(rand, randomInt(rand, 0, 40));
}

export function randomScalar(rand: Rand): unknown {
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

export function deepJson(rand: Rand, depth: number): string {
  return rand() < 0.5
    ? '['.repeat(depth) + ']'.repeat(depth)
    : '{"a":'.repeat(depth) + 'null' + '}'.repeat(depth);
}

export function randomUuid(rand: Rand): string {
  const hex = Array.from(randomBytes(rand, 16), (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
