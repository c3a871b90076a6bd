/**
 * Where the benchmark's clients connect, per server: for the relay just a room name; for our
 * server a real conference with one chair link and one joined participant cookie per client,
 * made through the public HTTP API (setup, not measured).
 */
import { httpClient, type Client } from '../support/http.ts';
import { BENCH_ADMIN } from './processes.ts';

export interface RoomSpec {
  /** Base URL for WebsocketProvider (the room name is appended as a path segment). */
  serverUrl: string;
  room: string;
  /** The Cookie header for each client, or null (relay). */
  cookies: (string | null)[];
}

export function relayRooms(port: number, conferences: number, clients: number): RoomSpec[] {
  return Array.from({ length: conferences }, (_, i) => ({
    serverUrl: `ws://127.0.0.1:${port}`,
    room: `bench-${i + 1}`,
    cookies: Array.from({ length: clients }, () => null),
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

async function participantCookie(
  base: string,
  admin: Client,
  conferenceId: string,
  client: number,
): Promise<string> {
  const link = await admin.json<{ url: string }>('POST', `/api/conferences/${conferenceId}/links`, {
    role: 'chair',
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
  return `${name}=${value}`;
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
  return inBatches(conferences, 5, async (i) => {
    const conference = await admin.json<{ id: string }>('POST', '/api/conferences', {
      kind: 'initial',
      scheduledAt: '2026-12-03T10:00:00Z',
      title: `Bench conference ${i + 1}`,
      children: [{ name: 'Test Child', dateOfBirth: '2019-05-01' }],
    });
    const cookies = await inBatches(clients, 5, (c) => participantCookie(base, admin, conference.id, c));
    return { serverUrl: `ws://127.0.0.1:${port}/sync`, room: conference.id, cookies };
  });
}
