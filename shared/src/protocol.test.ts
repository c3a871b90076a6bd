import { describe, expect, it } from 'vitest';
import {
  canSeeRestricted,
  canWrite,
  CLOSE_REASONS,
  CloseCode,
  docNameFor,
  HTTP_ROUTES,
  parseDocName,
  pathOf,
  waitsInLobby,
} from './protocol.ts';

const id = '3f1c2a9e-8b7d-4c6e-9f0a-1b2c3d4e5f60';

describe('document names', () => {
  it('round-trips the public and restricted names', () => {
    expect(parseDocName(docNameFor(id, false))).toEqual({ conferenceId: id, restricted: false });
    expect(parseDocName(docNameFor(id, true))).toEqual({ conferenceId: id, restricted: true });
  });

  it('rejects anything else', () => {
    for (const bad of [
      '',
      'abc',
      `${id}.other`,
      `${id}.restricted.restricted`,
      `../${id}`,
      id.toUpperCase(),
    ]) {
      expect(parseDocName(bad)).toBeNull();
    }
  });
});

describe('roles', () => {
  it('lets only the chair write, and never shows the family or the room screen restricted content', () => {
    expect(
      ['chair', 'professional', 'family', 'display', 'admin'].filter((r) => canWrite(r as never)),
    ).toEqual(['chair']);
    expect(canSeeRestricted('family')).toBe(false);
    expect(canSeeRestricted('display')).toBe(false);
    expect(canSeeRestricted('professional')).toBe(true);
    expect(waitsInLobby('chair')).toBe(false);
    expect(waitsInLobby('display')).toBe(true);
  });
});

describe('close reasons', () => {
  it('has a plain reason for every code that fits in a close frame', () => {
    for (const code of Object.values(CloseCode)) {
      const reason = CLOSE_REASONS[code];
      expect(reason.length).toBeGreaterThan(0);
      // UTF-8 bytes: each percent-escape is one byte.
      expect(encodeURIComponent(reason).replace(/%../g, 'x').length).toBeLessThan(123);
    }
  });
});

describe('HTTP routes table', () => {
  it('fills in path parameters (encoded) and refuses a missing one', () => {
    expect(pathOf('revokeLink', { id: 'c 1', linkId: 'l/2' })).toBe('/api/conferences/c%201/links/l%2F2');
    expect(pathOf('signIn', {})).toBe('/api/session');
    expect(() => pathOf('getConference', {} as { id: string })).toThrow(/:id/);
  });

  it('gives every route a distinct method and path', () => {
    const keys = Object.values(HTTP_ROUTES).map((r) => `${r.method} ${r.path}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
