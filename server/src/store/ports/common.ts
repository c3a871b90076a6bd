/**
 * What every store has, whatever it keeps: a name, a health check and a way to close it. And the
 * one type the backends hold for secret fields: sealed bytes (see sealing/, which seals and opens
 * them with the data key, so that a backend never sees plaintext personal data).
 */
export interface StoreLifecycle {
  readonly kind: string;
  ping(): Promise<boolean>;
  /** Finishes writes already made, then lets go; closing again does nothing. */
  close(): Promise<void>;
}

/**
 * Bytes sealed by the Cipher (AES-256-GCM: version, IV, tag, ciphertext). A backend stores them
 * and gives them back unchanged; it never opens them.
 */
export type Sealed = Uint8Array;
