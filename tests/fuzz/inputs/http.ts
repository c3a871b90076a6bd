/** Bad HTTP requests to the routes that take a body (see ../inputs.ts). */
import zlib from 'node:zlib';
import { createConferenceSchema, createLinkSchema, joinSchema, signInSchema } from '@cb/shared/api';
import { randomBytes, randomInt } from '../../support/random.ts';

import {
  type Rand,
  pick,
  weighted,
  printable,
  randomJson,
  deepJson,
  randomUuid,
  type FuzzContext,
  type HttpInput,
  type HttpRoute,
} from './basics.ts';

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

export function httpInput(rand: Rand, ctx: FuzzContext): HttpInput {
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
