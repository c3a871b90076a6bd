import { describe, expect, it } from 'vitest';
import { transferable } from './UpdateWriter.ts';

const row = (data: Uint8Array) => ({ data, bytes: 1, frames: 0 });

describe('the rows handed to the writer thread', () => {
  it('are moved only when they own their whole ArrayBuffer, never a slice of a shared one', () => {
    const owned = Buffer.allocUnsafeSlow(40);
    const pooled = Buffer.from([1, 2, 3]); // a slice of Node's shared pool
    const view = new Uint8Array(new ArrayBuffer(100), 10, 20);
    const plain = new Uint8Array(64);
    expect(pooled.byteLength).toBeLessThan(pooled.buffer.byteLength);
    const moved = transferable([
      { docName: 'a', row: row(owned) },
      { docName: 'b', row: row(pooled) },
      { docName: 'c', row: row(view) },
      { docName: 'd', row: null },
      { docName: 'e', row: row(plain) },
      { docName: 'f', row: row(owned) },
    ]);
    expect(moved).toHaveLength(2);
    expect(moved[0]).toBe(owned.buffer);
    expect(moved[1]).toBe(plain.buffer);
  });
});
