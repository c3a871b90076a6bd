/** The HTTP API's rules: sign-in, CSRF, permissions, validation, and errors that leak nothing. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConference, createLink, join, signInAdmin } from '../support/factories.ts';
import { httpClient, type Client } from '../support/http.ts';
import { ADMIN, startTestServer, type TestServer } from '../support/startServer.ts';

let t: TestServer;
let admin: Client;

beforeAll(async () => {
  t = await startTestServer();
  admin = await signInAdmin(t.url);
});
afterAll(() => t.stop());

async function errorOf(res: Response): Promise<{ code: string; message: string }> {
  const body = (await res.json()) as { error: { code: string; message: string } };
  expect(Object.keys(body)).toEqual(['error']);
  return body.error;
}

describe('health', () => {
  it('answers ok when the store is reachable', async () => {
    const res = await fetch(`${t.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });
});

describe('staff sign-in', () => {
  it('refuses wrong credentials plainly, then rate limits', async () => {
    const anon = httpClient(t.url);
    const wrong = await anon.request('POST', '/api/session', {
      email: 'ratelimit@example.test',
      password: 'nope',
    });
    expect(wrong.status).toBe(401);
    expect((await errorOf(wrong)).message).toBe('That email and password do not match.');
    let last = wrong;
    for (let i = 0; i < 10; i++)
      last = await anon.request('POST', '/api/session', {
        email: 'ratelimit@example.test',
        password: 'nope',
      });
    expect(last.status).toBe(429);
    expect(last.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await errorOf(last)).message).toMatch(/Too many sign-in attempts/);
  });

  it('sets an HttpOnly SameSite session cookie, and signing out ends it', async () => {
    const c = httpClient(t.url);
    const res = await c.request('POST', '/api/session', ADMIN);
    expect(res.status).toBe(200);
    expect(res.headers.getSetCookie().join()).toMatch(/cb_session=.*HttpOnly.*SameSite=Lax/i);
    expect((await c.request('GET', '/api/me')).status).toBe(200);
    const stale = c.jar.header();
    expect((await c.request('DELETE', '/api/session')).status).toBe(204);
    expect((await c.request('GET', '/api/me', undefined, { Cookie: stale })).status).toBe(401);
  });

  it('stores no password or token in plain text', async () => {
    const users = await admin.json<{ id: string }[]>('GET', '/api/users');
    const row = await t.server.deps.store.findStaffUser(users[0]?.id ?? '');
    expect(row?.passwordHash).toMatch(/^\$argon2id\$/);
  });
});

describe('CSRF defence', () => {
  it('refuses a state change from another origin or without one', async () => {
    const cross = await admin.request(
      'POST',
      '/api/conferences',
      { kind: 'initial' },
      { Origin: 'https://evil.example' },
    );
    expect(cross.status).toBe(403);
    expect((await errorOf(cross)).code).toBe('CROSS_SITE');
    const res = await fetch(`${t.url}/api/conferences`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: admin.jar.header() },
      body: '{}',
    });
    expect(res.status).toBe(403);
  });

  it('refuses a form-encoded API body even from the right origin', async () => {
    const res = await admin.request('POST', '/api/conferences', 'kind=initial', {
      'Content-Type': 'application/x-www-form-urlencoded',
    });
    expect(res.status).toBe(415);
  });
});

describe('permissions', () => {
  it('lets only admins create conferences and staff accounts', async () => {
    const created = await admin.json<{ oneTimePassword: string }>('POST', '/api/users', {
      email: 'chair.fictional@example.test',
      name: 'Chair Fictional',
      role: 'chair',
    });
    expect(created.oneTimePassword.length).toBeGreaterThanOrEqual(20);
    const chair = httpClient(t.url);
    await chair.json('POST', '/api/session', {
      email: 'chair.fictional@example.test',
      password: created.oneTimePassword,
    });
    const res = await chair.request('POST', '/api/conferences', {
      kind: 'initial',
      scheduledAt: '2026-12-03T10:00:00Z',
      children: [{ name: 'Testchild Fictional', dateOfBirth: '2019-01-01' }],
    });
    expect(res.status).toBe(403);
    // A conference chaired by them is theirs to manage; another is not even visible.
    const theirs = await admin.json<{ id: string }>('POST', '/api/conferences', {
      kind: 'review',
      scheduledAt: '2026-12-03T10:00:00Z',
      chairEmail: 'chair.fictional@example.test',
      children: [{ name: 'Testchild Fictional', dateOfBirth: '2019-01-01' }],
    });
    const other = await createConference(admin);
    expect((await chair.json<{ id: string }[]>('GET', '/api/conferences')).map((c) => c.id)).toEqual([
      theirs.id,
    ]);
    expect(
      (
        await chair.request('POST', `/api/conferences/${theirs.id}/links`, {
          role: 'family',
          label: 'Family',
        })
      ).status,
    ).toBe(201);
    expect((await chair.request('GET', `/api/conferences/${other.id}`)).status).toBe(404);
    expect((await chair.request('GET', `/api/conferences/${other.id}/audit`)).status).toBe(403);
  });

  it('gives a family link holder no management rights', async () => {
    const conf = await createConference(admin);
    const family = await join(t.url, await createLink(admin, conf.id, 'family'), 'Chloe Fictional');
    await admin.json('POST', `/api/conferences/${conf.id}/lobby/${family.participantId}/admit`, {});
    expect(
      (
        await family.client.request('POST', `/api/conferences/${conf.id}/links`, {
          role: 'chair',
          label: 'Me',
        })
      ).status,
    ).toBe(403);
    expect((await family.client.request('GET', `/api/conferences/${conf.id}/lobby`)).status).toBe(403);
    expect((await family.client.request('GET', `/api/conferences/${conf.id}`)).status).toBe(403);
    expect((await family.client.request('GET', '/api/conferences')).status).toBe(401);
  });

  it('asks anyone without a session or link to sign in', async () => {
    const anon = httpClient(t.url);
    for (const path of ['/api/me', '/api/conferences', '/api/users']) {
      const res = await anon.request('GET', path);
      expect(res.status).toBe(401);
      expect((await errorOf(res)).code).toBe('UNAUTHORISED');
    }
  });
});

describe('validation', () => {
  it('says which field is wrong, in plain words', async () => {
    const res = await admin.request('POST', '/api/conferences', {
      kind: 'sideways',
      scheduledAt: 'tomorrow',
      children: [{ name: '', dateOfBirth: '2019-02-30' }],
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; fields: Record<string, string> } };
    expect(body.error.code).toBe('INVALID_INPUT');
    expect(Object.keys(body.error.fields).sort()).toEqual([
      'children.0.dateOfBirth',
      'children.0.name',
      'kind',
      'scheduledAt',
    ]);
  });

  it('allows an unborn child without a date of birth only at a pre-birth conference', async () => {
    const body = { scheduledAt: '2026-12-03T10:00:00Z', children: [{ name: 'Unborn baby Fictional' }] };
    expect((await admin.request('POST', '/api/conferences', { ...body, kind: 'initial' })).status).toBe(400);
    expect((await admin.request('POST', '/api/conferences', { ...body, kind: 'pre-birth' })).status).toBe(
      201,
    );
  });

  it('answers invalid JSON and unknown routes with clean JSON errors', async () => {
    const bad = await admin.request('POST', '/api/conferences', '{"kind":', {});
    expect(bad.status).toBe(400);
    expect(await errorOf(bad)).toEqual({
      code: 'INVALID_JSON',
      message: 'The request body is not valid JSON.',
    });
    const missing = await admin.request('GET', '/api/nothing-here');
    expect(missing.status).toBe(404);
    expect((await errorOf(missing)).code).toBe('NOT_FOUND');
  });
});

describe('audit log', () => {
  it('records sign-in, creation, links, joining, admission (letting the family in begins the conference) and revocation', async () => {
    const conf = await createConference(admin);
    const link = await createLink(admin, conf.id, 'family');
    const person = await join(t.url, link, 'Chloe Fictional');
    await admin.json('POST', `/api/conferences/${conf.id}/lobby/${person.participantId}/admit`, {});
    await admin.request('DELETE', `/api/conferences/${conf.id}/links/${link.id}`);
    const entries = await admin.json<{ action: string; who: string; detail: Record<string, unknown> }[]>(
      'GET',
      `/api/conferences/${conf.id}/audit`,
    );
    expect(entries.map((e) => e.action)).toEqual([
      'conference-created',
      'link-created',
      'joined',
      'admitted',
      'conference-started',
      'link-revoked',
    ]);
    // Rows hold ids, never names; the admin's view names people from their records when shown.
    expect(JSON.stringify(entries.map(({ who: _who, ...row }) => row))).not.toContain('Chloe');
    expect(entries.find((e) => e.action === 'joined')?.who).toBe('Chloe Fictional (family)');
  });
});
