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

  it('seals each value with its own IV, into a buffer it owns (never a slice of the shared pool)', () => {
    const cipher = createCipher(randomBytes(32));
    const ivs = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const sealed = cipher.encrypt(new Uint8Array([i & 0xff, 1, 2]), 'doc:x');
      expect(sealed.byteOffset).toBe(0);
      expect(sealed.buffer.byteLength).toBe(sealed.byteLength);
      expect(sealed.byteLength).toBe(1 + 12 + 16 + 3);
      ivs.add(sealed.subarray(1, 13).toString('hex'));
      expect([...cipher.decrypt(sealed, 'doc:x')]).toEqual([i & 0xff, 1, 2]);
    }
    // Past several refills of the IV pool (341 IVs each), no IV came twice.
    expect(ivs.size).toBe(2000);
    expect(cipher.decrypt(cipher.encrypt(new Uint8Array(0), 'empty'), 'empty').byteLength).toBe(0);
    const big = randomBytes(100_000);
    expect(cipher.decrypt(cipher.encrypt(big, 'big'), 'big').equals(big)).toBe(true);
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
