import { describe, expect, it } from 'vitest';
import { jsonRequest, readAnswer, routeRequest } from './httpCall.ts';

describe('writing a call', () => {
  it('fills in a route from the table, encoding its parameters, with its body as JSON', () => {
    expect(routeRequest('revokeLink', { id: 'c 1', linkId: 'l/2' })).toEqual({
      method: 'DELETE',
      path: '/api/conferences/c%201/links/l%2F2',
      headers: {},
    });
    expect(routeRequest('createLink', { id: 'c1' }, { role: 'family', label: 'Family of Robin' })).toEqual({
      method: 'POST',
      path: '/api/conferences/c1/links',
      headers: { 'Content-Type': 'application/json' },
      body: '{"role":"family","label":"Family of Robin"}',
    });
  });

  it('sends an empty object as a body, and nothing as none', () => {
    expect(jsonRequest('POST', '/api/x', {}).body).toBe('{}');
    expect('body' in jsonRequest('GET', '/api/x')).toBe(false);
  });
});

describe('reading an answer', () => {
  it('reads JSON, and an empty or non-JSON body as nothing', () => {
    expect(readAnswer(200, '{"ok":true}')).toEqual({ ok: true, body: { ok: true }, error: null });
    expect(readAnswer(204, '')).toEqual({ ok: true, body: undefined, error: null });
    expect(readAnswer(200, '<html>')).toEqual({ ok: true, body: undefined, error: null });
  });

  it("takes a failure's plain words only from the server's error shape", () => {
    const body = { error: { code: 'EMAIL_TAKEN', message: 'Already.', fields: { email: 'In use' } } };
    expect(readAnswer(409, JSON.stringify(body)).error).toEqual(body.error);
    expect(readAnswer(502, '<html>Bad gateway</html>').error).toBeNull();
    expect(readAnswer(400, '{"error":{"code":3}}').error).toBeNull();
    // A 2xx body that happens to look like an error is still an answer.
    expect(readAnswer(200, JSON.stringify(body))).toMatchObject({ ok: true, error: null });
  });
});
