import { describe, expect, it } from 'vitest';
import { mulberry32, randomBytes, randomInt } from '../../../../tests/support/random.ts';
import { frameUpdates, unframeUpdates } from './updateFrames.ts';

describe('update frames', () => {
  it('gives back exactly the updates framed, in order (seeded sizes, empty ones too)', () => {
    const random = mulberry32(42);
    for (let round = 0; round < 50; round++) {
      const updates = Array.from({ length: randomInt(random, 1, 20) }, () =>
        randomBytes(random, randomInt(random, 0, 300)),
      );
      const frame = frameUpdates(updates);
      expect(frame.byteLength).toBe(updates.reduce((n, u) => n + 4 + u.byteLength, 0));
      expect(unframeUpdates(frame, updates.length).map((u) => [...u])).toEqual(updates.map((u) => [...u]));
    }
  });

  it('reads a frame inside a larger buffer', () => {
    const frame = frameUpdates([new Uint8Array([1, 2]), new Uint8Array([3])]);
    const larger = new Uint8Array(frame.byteLength + 10);
    larger.set(frame, 5);
    const inner = larger.subarray(5, 5 + frame.byteLength);
    expect(unframeUpdates(inner, 2).map((u) => [...u])).toEqual([[1, 2], [3]]);
  });

  it('refuses a frame that does not hold exactly the count given', () => {
    const frame = frameUpdates([new Uint8Array([1, 2]), new Uint8Array([3])]);
    expect(() => unframeUpdates(frame, 1)).toThrow('Unreadable stored updates');
    expect(() => unframeUpdates(frame, 3)).toThrow('Unreadable stored updates');
    expect(() => unframeUpdates(frame.subarray(0, frame.byteLength - 1), 2)).toThrow();
    expect(() => unframeUpdates(Buffer.concat([frame, Buffer.from([0, 0])]), 2)).toThrow();
    expect(() => unframeUpdates(Buffer.from([0, 0, 0, 9, 1]), 1)).toThrow();
  });
});
