import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentHashes, GENESIS_SHA256, snapshotDigest, type SnapshotDigestInput } from './chain.ts';

const sha = (s: string | Uint8Array) => createHash('sha256').update(s).digest('hex');

const contents = {
  publicState: new Uint8Array([1, 2, 3]),
  restrictedState: new Uint8Array([4, 5]),
  json: '{"public":{},"restricted":{}}',
};

const input: SnapshotDigestInput = {
  prevSha256: GENESIS_SHA256,
  conferenceId: '00000000-0000-4000-8000-000000000001',
  seq: 1,
  takenAt: '2026-12-03T10:15:00.000Z',
  reason: 'periodic',
  stage: 'sharing',
  ...contentHashes(contents),
};

describe('snapshotDigest', () => {
  it('is SHA-256 over the fields joined by "|", with the contents hashed first', () => {
    const expected = sha(
      [
        GENESIS_SHA256,
        input.conferenceId,
        '1',
        input.takenAt,
        'periodic',
        'sharing',
        sha(contents.publicState),
        sha(contents.restrictedState),
        sha(contents.json),
      ].join('|'),
    );
    expect(snapshotDigest(input)).toBe(expected);
    expect(snapshotDigest(input)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes when any field changes', () => {
    const base = snapshotDigest(input);
    const variants: Partial<SnapshotDigestInput>[] = [
      { prevSha256: 'f'.repeat(64) },
      { conferenceId: '00000000-0000-4000-8000-000000000002' },
      { seq: 2 },
      { takenAt: '2026-12-03T10:15:00.001Z' },
      { reason: 'manual' },
      { stage: 'plan' },
      contentHashes({ ...contents, publicState: new Uint8Array([1, 2, 4]) }),
      contentHashes({ ...contents, restrictedState: new Uint8Array([4]) }),
      contentHashes({ ...contents, json: '{"public":{},"restricted":{} }' }),
    ];
    const digests = variants.map((v) => snapshotDigest({ ...input, ...v }));
    for (const d of digests) expect(d).not.toBe(base);
    expect(new Set(digests).size).toBe(digests.length);
  });

  it('refuses fields that would make the joined string ambiguous', () => {
    expect(() => snapshotDigest({ ...input, stage: 'a|b' })).toThrow(/may not contain/);
    expect(() => snapshotDigest({ ...input, seq: 0 })).toThrow(/positive integer/);
  });
});
