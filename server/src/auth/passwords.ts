/** Staff passwords: argon2id hashes; generated one-time passwords are 128-bit random. */
import argon2 from 'argon2';
import { randomBytes } from 'node:crypto';

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** Readable groups, e.g. `k3Fq-9XzT-2mPw-Lr7c-...`: 20 base64url characters (120 bits). */
export function generatePassword(): string {
  const raw = randomBytes(15).toString('base64url');
  return raw.match(/.{1,5}/g)?.join('-') ?? raw;
}

let dummy: Promise<string> | null = null;
/** A hash to verify against when the email is unknown, so timing does not tell which emails exist. */
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword(randomBytes(16).toString('hex'));
  return dummy;
}
