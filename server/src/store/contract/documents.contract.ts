/**
 * DocumentsPort: updates come back one by one, in the order appended, whatever rows hold them;
 * lastSeq covers everything appended so far; compaction replaces exactly what it covers. And the
 * row format: one row per document per batch, with rows from before frames existed (one update
 * each, frames 0) still read alongside.
 */
import { describe, expect, it } from 'vitest';
import { AAD } from '../sealing/aad.ts';
import { subjectOf, withSubject, type OpenBackend } from './subject.ts';

const u = (...bytes: number[]) => new Uint8Array(bytes);
const plain = (updates: Uint8Array[]) => updates.map((x) => [...x]);

export function documentsContract(name: string, open: OpenBackend): void {
  describe(`documents: ${name}`, () => {
    it('appends, loads and compacts document updates in order', () =>
      withSubject(open, async ({ store }) => {
        const v = (n: number) => u(n, n + 1, n + 2);
        const last = await store.appendUpdates('doc-a', [v(1), v(2)]);
        await store.appendUpdates('doc-b', [v(9)]);
        const loaded = await store.loadUpdates('doc-a');
        expect(plain(loaded.updates)).toEqual([
          [1, 2, 3],
          [2, 3, 4],
        ]);
        expect(loaded.lastSeq).toBe(last);
        expect(loaded.bytes).toBe(6);
        await store.appendUpdates('doc-a', [v(3)]);
        await store.compact('doc-a', v(7), last);
        expect(plain((await store.loadUpdates('doc-a')).updates)).toEqual([
          [3, 4, 5],
          [7, 8, 9],
        ]);
        expect((await store.loadUpdates('doc-b')).updates.length).toBe(1);
        expect(await store.loadUpdates('nothing')).toEqual({ updates: [], lastSeq: 0, bytes: 0 });
      }));

    it('stores several documents’ updates in one batch, each in order, with each batch’s last seq', () =>
      withSubject(open, async ({ store }) => {
        const lasts = await store.appendUpdateBatches([
          { docName: 'doc-x', updates: [u(1), u(2)] },
          { docName: 'doc-y', updates: [u(3)] },
          { docName: 'doc-x', updates: [u(4)] },
        ]);
        const [a = 0, b = 0, c = 0] = lasts;
        expect(lasts).toHaveLength(3);
        expect(a < b && b < c).toBe(true);
        const x = await store.loadUpdates('doc-x');
        expect(x.updates.map((b) => b[0])).toEqual([1, 2, 4]);
        expect(x.lastSeq).toBe(c);
        expect((await store.loadUpdates('doc-y')).updates.map((b) => b[0])).toEqual([3]);
      }));

    it('loads a batch’s updates one by one (count and bytes as appended), from one row per batch', () =>
      withSubject(open, async ({ store, backend }) => {
        const big = new Uint8Array(70_000).map((_, i) => i % 251);
        const batch = [u(1), u(2, 2), big, u(), u(5, 5, 5, 5, 5)];
        const first = await store.appendUpdates('doc', batch);
        const second = await store.appendUpdates('doc', [u(6)]);
        const [empty] = await store.appendUpdateBatches([{ docName: 'doc', updates: [] }]);
        expect(empty).toBe(0);
        expect(second).toBeGreaterThan(first);
        const loaded = await store.loadUpdates('doc');
        expect(loaded.updates.map((x) => x.byteLength)).toEqual([1, 2, 70_000, 0, 5, 1]);
        expect([...(loaded.updates[2] ?? [])]).toEqual([...big]);
        expect(plain(loaded.updates.filter((x) => x.byteLength < 10))).toEqual([
          [1],
          [2, 2],
          [],
          [5, 5, 5, 5, 5],
          [6],
        ]);
        expect(loaded.bytes).toBe(70_009);
        expect(loaded.lastSeq).toBe(second);
        // ONE sealed row for the batch of five (framed), one for the single update (as is).
        const rows = await backend.documents.loadRows('doc');
        expect(rows.map((r) => [r.seq, r.frames, r.bytes])).toEqual([
          [first, 5, 70_008],
          [second, 0, 1],
        ]);
      }));

    it('leaves the caller’s updates as they were (only its own sealed copies are handed over)', () =>
      withSubject(open, async ({ store }) => {
        // A view into a larger buffer (as Node's pool gives out) and one that owns its buffer.
        const pooled = Buffer.from([7, 7, 7]);
        const owned = new Uint8Array(8192).fill(9);
        await store.appendUpdateBatches([
          { docName: 'doc-1', updates: [pooled] },
          { docName: 'doc-2', updates: [owned] },
          { docName: 'doc-3', updates: [pooled, owned] },
        ]);
        expect([...pooled]).toEqual([7, 7, 7]);
        expect(owned.byteLength).toBe(8192);
        expect(owned.every((b) => b === 9)).toBe(true);
        expect((await store.loadUpdates('doc-3')).updates.map((x) => x.byteLength)).toEqual([3, 8192]);
      }));

    it('compacts across batch rows: what lastSeq covered is replaced, what came after stays', () =>
      withSubject(open, async ({ store }) => {
        await store.appendUpdates('doc', [u(1), u(2)]);
        const covered = await store.appendUpdates('doc', [u(3), u(4), u(5)]);
        await store.appendUpdates('doc', [u(6), u(7)]);
        await store.appendUpdates('other', [u(8), u(9)]);
        await store.compact('doc', u(1, 2, 3, 4, 5), covered);
        const loaded = await store.loadUpdates('doc');
        expect(plain(loaded.updates)).toEqual([[6], [7], [1, 2, 3, 4, 5]]);
        expect(loaded.bytes).toBe(7);
        expect(loaded.lastSeq).toBeGreaterThan(covered);
        expect(plain((await store.loadUpdates('other')).updates)).toEqual([[8], [9]]);
      }));

    it('reads rows written before frames existed (one update each, sealed as is) beside batch rows', () =>
      withSubject(open, async ({ store, backend, cipher }) => {
        // As every release before frames wrote them: each update its own row, sealed alone.
        const [old1 = 0, old2 = 0] = await backend.documents.appendRows([
          { docName: 'doc', row: { data: cipher.encrypt(u(1, 1), 'doc:doc'), bytes: 2, frames: 0 } },
          {
            docName: 'doc',
            row: { data: cipher.encrypt(u(2, 2, 2), AAD.update('doc')), bytes: 3, frames: 0 },
          },
        ]);
        const now = await store.appendUpdates('doc', [u(3), u(4)]);
        expect(old1 < old2 && old2 < now).toBe(true);
        expect(await store.loadUpdates('doc')).toEqual({
          updates: [u(1, 1), u(2, 2, 2), u(3), u(4)],
          lastSeq: now,
          bytes: 7,
        });
      }));

    it('refuses a row sealed for another document, or whose frame count was changed', () =>
      withSubject(open, async ({ store, backend, cipher }) => {
        await backend.documents.appendRows([
          { docName: 'doc-a', row: { data: cipher.encrypt(u(1), AAD.update('doc-b')), bytes: 1, frames: 0 } },
        ]);
        await expect(store.loadUpdates('doc-a')).rejects.toThrow();
        await backend.documents.appendRows([
          {
            docName: 'doc-c',
            row: {
              data: cipher.encrypt(Buffer.from([0, 0, 0, 1, 9]), AAD.updateFrames('doc-c', 1)),
              bytes: 1,
              frames: 2,
            },
          },
        ]);
        await expect(store.loadUpdates('doc-c')).rejects.toThrow();
        // Sealed for two updates, but the frame holds one.
        await backend.documents.appendRows([
          {
            docName: 'doc-d',
            row: {
              data: cipher.encrypt(Buffer.from([0, 0, 0, 1, 9]), AAD.updateFrames('doc-d', 2)),
              bytes: 1,
              frames: 2,
            },
          },
        ]);
        await expect(store.loadUpdates('doc-d')).rejects.toThrow();
      }));

    it('keeps every acknowledged update across a restart', async () => {
      const subject = await subjectOf(open);
      await subject.store.appendUpdateBatches([
        { docName: 'doc', updates: [u(1), u(2)] },
        { docName: 'doc', updates: [u(3)] },
      ]);
      await subject.store.close();
      const again = await subject.reopenStore();
      try {
        expect(plain((await again.loadUpdates('doc')).updates)).toEqual([[1], [2], [3]]);
      } finally {
        await again.close();
      }
    });
  });
}
