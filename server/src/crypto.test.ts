import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createCipher, hashToken, loadDataKey, newToken } from './crypto.ts';

describe('data at rest', () => {
  it('seals and opens, and refuses a tampered value or the wrong context', () => {
    const cipher = createCipher(randomBytes(32));
    const sealed = cipher.encryptText('Ada Fictional', 'child:1:name');
    expect(sealed.includes(Buffer.from('Ada'))).toBe(false);
    expect(cipher.decryptText(sealed, 'child:1:name')).toBe('Ada Fictional');
    expect(() => cipher.decryptText(sealed, 'child:2:name')).toThrow();
    const tampered = Buffer.from(sealed);
    tampered[tampered.length - 1] = (tampered[tampered.length - 1] ?? 0) ^ 1;
    expect(() => cipher.decryptText(tampered, 'child:1:name')).toThrow();
  });

  it('creates an owner-only key file once and reads it back', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cb-key-'));
    const first = loadDataKey(undefined, dir);
    expect(first.source).toBe('new-file');
    expect(fs.statSync(path.join(dir, 'data.key')).mode & 0o777).toBe(0o600);
    const again = loadDataKey(undefined, dir);
    expect(again).toEqual({ key: first.key, source: 'file' });
    expect(loadDataKey('ab'.repeat(32), dir).key).toEqual(Buffer.alloc(32, 0xab));
    fs.rmSync(dir, { recursive: true });
  });

  it('makes 256-bit tokens and stores only their hash', () => {
    const token = newToken();
    expect(Buffer.from(token, 'base64url').length).toBe(32);
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(token)).not.toContain(token);
  });
});
