/**
 * Where the benchmark's clients connect, per server, with the roles of a real conference: two
 * chairs (the writers), professionals, family members and one room screen. Chairs and
 * professionals also hold the restricted document (`<id>.restricted`); family and display never
 * open it. For the relay the same shape with plain room names and no cookies; for our server a
 * real conference per room, one link per client, joined, and everyone waiting admitted by a chair
 * through the public HTTP API (setup, not measured).
 */
import type { LinkRole } from '@cb/shared/vocabulary';
import { httpClient, type Client } from '../support/http.ts';
import { BENCH_ADMIN } from './processes.ts';

export interface ClientSpec {
  role: LinkRole;
  /** The Cookie header, or null (relay). */
  cookie: string | null;
  /** Writes edits (the chairs). */
  writer: boolean;
  /** Also holds the restricted document. */
  restricted: boolean;
}

export interface RoomSpec {
  /** Base URL for WebsocketProvider (the document name is appended as a path segment). */
  serverUrl: string;
  /** The public document's name; the restricted one is `${room}.restricted`. */
  room: string;
  clients: ClientSpec[];
}

/** The roles of `n` clients: 2 chairs, about a fifth family, one display, the rest professionals. */
export function conferenceRoles(n: number): LinkRole[] {
  const family = Math.max(0, Math.floor((n - 3) / 3));
  const display = n >= 4 ? 1 : 0;
  const professionals = Math.max(0, n - 2 - family - display);
  return [
    ...Array<LinkRole>(Math.min(2, n)).fill('chair'),
    ...Array<LinkRole>(professionals).fill('professional'),
    ...Array<LinkRole>(family).fill('family'),
    ...Array<LinkRole>(display).fill('display'),
  ];
}

function clientFor(role: LinkRole, cookie: string | null): ClientSpec {
  return {
    role,
    cookie,
    writer: role === 'chair',
    restricted: role === 'chair' || role === 'professional',
  };
}

export function relayRooms(port: number, conferences: number, clients: number): RoomSpec[] {
  return Array.from({ length: conferences }, (_, i) => ({
    serverUrl: `ws://127.0.0.1:${port}`,
    room: `bench-${i + 1}`,
    clients: conferenceRoles(clients).map((role) => clientFor(role, null)),
  }));
}

async function signIn(base: string): Promise<Client> {
  let lastError: unknown = null;
  for (let attempt = 0; attempt < 5; attempt++) {
    const admin = httpClient(base);
    try {
      await admin.json('POST', '/api/session', BENCH_ADMIN);
      if (!admin.jar.get('cb_session')) throw new Error('no cb_session cookie in the sign-in response');
      return admin;
    } catch (err) {
      lastError = err;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  throw new Error(`could not sign in as the bench admin: ${String(lastError)}`);
}

async function join(
  base: string,
  admin: Client,
  conferenceId: string,
  role: LinkRole,
  client: number,
): Promise<{ cookie: string; joiner: Client }> {
  const link = await admin.json<{ url: string }>('POST', `/api/conferences/${conferenceId}/links`, {
    role,
    label: `Bench ${client + 1}`,
  });
  const joiner = httpClient(base);
  const joinPath = new URL(link.url).pathname;
  const res = await joiner.request(
    'GET',
    `${joinPath}?name=${encodeURIComponent(`Bench client ${client + 1}`)}`,
  );
  await res.arrayBuffer();
  const name = `cb_p_${conferenceId}`;
  const value = joiner.jar.get(name);
  if (res.status !== 303 || !value) throw new Error(`join → ${res.status} without a ${name} cookie`);
  return { cookie: `${name}=${value}`, joiner };
}

async function inBatches<T>(count: number, batch: number, make: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let start = 0; start < count; start += batch) {
    const size = Math.min(batch, count - start);
    out.push(...(await Promise.all(Array.from({ length: size }, (_, j) => make(start + j)))));
  }
  return out;
}

export async function ourRooms(port: number, conferences: number, clients: number): Promise<RoomSpec[]> {
  const base = `http://127.0.0.1:${port}`;
  const admin = await signIn(base);
  const roles = conferenceRoles(clients);
  return inBatches(conferences, 5, async (i) => {
    const conference = await admin.json<{ id: string }>('POST', '/api/conferences', {
      kind: 'initial',
      scheduledAt: '2026-12-03T10:00:00Z',
      title: `Bench conference ${i + 1}`,
      children: [{ name: 'Test Child', dateOfBirth: '2019-05-01' }],
    });
    const joined = await inBatches(roles.length, 5, (c) =>
      join(base, admin, conference.id, roles[c] ?? 'professional', c),
    );
    const chair = joined[0]?.joiner;
    if (!chair) throw new Error('no chair joined');
    const waiting = await chair.json<{ participantId: string }[]>(
      'GET',
      `/api/conferences/${conference.id}/lobby`,
    );
    for (const w of waiting) {
      await chair.json('POST', `/api/conferences/${conference.id}/lobby/${w.participantId}/admit`, {});
    }
    return {
      serverUrl: `ws://127.0.0.1:${port}/sync`,
      room: conference.id,
      clients: joined.map((j, c) => clientFor(roles[c] ?? 'professional', j.cookie)),
    };
  });
}
