import { describe, expect, it } from 'vitest';
import { safeNext } from './navigation.ts';

describe('safeNext', () => {
  it.each(['/admin', '/admin/conferences/42?tab=plan', '/'])('keeps the same-site path %j', (path) => {
    expect(safeNext(path)).toBe(path);
  });

  it.each([
    null,
    '',
    'admin',
    'https://elsewhere.example/admin',
    '//elsewhere.example/admin',
    '/\\elsewhere.example/admin',
    'javascript:alert(1)',
    '/\t/elsewhere.example/admin',
    '/\n/elsewhere.example',
    '/admin\\..\\elsewhere',
  ])('refuses %j', (raw) => {
    expect(safeNext(raw)).toBeNull();
  });
});
