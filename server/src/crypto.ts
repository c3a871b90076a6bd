/**
 * Secrets and data at rest. AES-256-GCM with a key from CB_DATA_KEY or a key file created on first
 * start with owner-only permissions. Link and session tokens are 256-bit random values stored only
 * as SHA-256 hashes (they are high-entropy, so a slow hash adds nothing).
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes, randomFillSync } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = 1 + IV_BYTES + TAG_BYTES;

export interface Cipher {
  /**
   * Sealed as version | IV | tag | ciphertext. The Buffer owns its whole ArrayBuffer (never a
   * slice of Node's shared pool), so it may be transferred to another thread.
   */
  encrypt(plain: Uint8Array, associated: string): Buffer;
  decrypt(sealed: Uint8Array, associated: string): Buffer;
  encryptText(plain: string, associated: string): Buffer;
  decryptText(sealed: Uint8Array, associated: string): string;
}

/**
 * Random IVs drawn from a pooled CSPRNG buffer: one randomFillSync per 4 KiB (341 IVs) instead of
 * one randomBytes call per seal, which showed on the hot path (every stored edit). Each IV is
 * handed out once; the pool is refilled with fresh random bytes, never reused.
 */
class IvPool {
  private readonly pool = Buffer.allocUnsafeSlow(4096);
  private at = this.pool.length;

  /** Writes the next IV into `out` at `offset`. */
  take(out: Buffer, offset: number): void {
    if (this.at + IV_BYTES > this.pool.length) {
      randomFillSync(this.pool);
      this.at = 0;
    }
    this.pool.copy(out, offset, this.at, this.at + IV_BYTES);
    this.at += IV_BYTES;
  }
}

export function createCipher(key: Buffer): Cipher {
  if (key.length !== 32) throw new Error('The data key must be 32 bytes');
  const ivs = new IvPool();
  const encrypt = (plain: Uint8Array, associated: string): Buffer => {
    // AES-GCM's ciphertext is as long as the plaintext: the whole sealed value is sized up front.
    const out = Buffer.allocUnsafeSlow(HEADER_BYTES + plain.byteLength);
    out[0] = VERSION;
    ivs.take(out, 1);
    const cipher = createCipheriv('aes-256-gcm', key, out.subarray(1, 1 + IV_BYTES));
    cipher.setAAD(Buffer.from(associated, 'utf8'));
    const body = cipher.update(plain);
    body.copy(out, HEADER_BYTES);
    const rest = cipher.final();
    if (body.length + rest.length !== plain.byteLength) throw new Error('Unexpected ciphertext length');
    rest.copy(out, HEADER_BYTES + body.length);
    cipher.getAuthTag().copy(out, 1 + IV_BYTES);
    return out;
  };
  const decrypt = (sealed: Uint8Array, associated: string): Buffer => {
    const buf = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
    if (buf.length < HEADER_BYTES || buf[0] !== VERSION) throw new Error('Unreadable sealed value');
    const iv = buf.subarray(1, 1 + IV_BYTES);
    const tag = buf.subarray(1 + IV_BYTES, HEADER_BYTES);
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAAD(Buffer.from(associated, 'utf8'));
    decipher.setAuthTag(tag);
    const plain = decipher.update(buf.subarray(HEADER_BYTES));
    const rest = decipher.final(); // checks the tag; empty for GCM
    return rest.length === 0 ? plain : Buffer.concat([plain, rest]);
  };
  return {
    encrypt,
    decrypt,
    encryptText: (plain, associated) => encrypt(Buffer.from(plain, 'utf8'), associated),
    decryptText: (sealed, associated) => decrypt(sealed, associated).toString('utf8'),
  };
}

/** The key file's name in the data dir, used when CB_DATA_KEY is not set. */
export const DATA_KEY_FILE = 'data.key';

/**
 * The key from the environment, or the key file in the data dir, created (mode 0600) when absent.
 * A key file travels with every copy of the data folder: main.ts warns about it, and config.ts
 * refuses it in production. Neither the key nor its file's contents are ever logged.
 */
export function loadDataKey(
  configured: string | undefined,
  dataDir: string,
): { key: Buffer; source: 'env' | 'file' | 'new-file' } {
  if (configured) {
    const key = /^[0-9a-fA-F]{64}$/.test(configured)
      ? Buffer.from(configured, 'hex')
      : Buffer.from(configured, 'base64');
    return { key, source: 'env' };
  }
  const file = path.join(dataDir, DATA_KEY_FILE);
  if (fs.existsSync(file)) {
    const key = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
    if (key.length !== 32)
      throw new Error(`The key file ${file} is damaged: it must hold 32 bytes in base64`);
    return { key, source: 'file' };
  }
  const key = randomBytes(32);
  fs.writeFileSync(file, key.toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
  return { key, source: 'new-file' };
}

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}
