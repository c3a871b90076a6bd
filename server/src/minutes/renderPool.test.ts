import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addItem } from '@cb/shared/doc/board';
import { createLogger } from '../logger.ts';
import { renderExport, type RenderJob } from './render.ts';
import { RenderPool } from './renderPool.ts';

const log = createLogger('silent');
const pools: RenderPool[] = [];
afterEach(async () => {
  for (const pool of pools.splice(0)) await pool.close();
});

function job(overrides: Partial<RenderJob> = {}): RenderJob {
  const doc = new Y.Doc();
  addItem(doc, 'worries', {
    id: 'w1',
    text: 'A made-up worry about the stairs',
    createdAt: '2026-12-03T10:00:00Z',
  });
  return {
    what: 'minutes',
    format: 'json',
    audience: 'family',
    publicState: Y.encodeStateAsUpdate(doc),
    restrictedState: null,
    context: {
      conference: {
        id: '00000000-0000-4000-8000-000000000001',
        title: 'Conference for Ada Marlow (fictional)',
        scheduledAt: '2026-12-03T10:00:00Z',
        startedAt: null,
        closedAt: null,
        chair: 'Jo Fairweather',
        place: null,
      },
      children: [{ id: 'c1', name: 'Ada Marlow', dateOfBirth: '2019-04-12' }],
      today: '2026-12-03',
    },
    ...overrides,
  };
}

const pool = (workers: number, options: { maxWaiting?: number; jobTimeoutMs?: number } = {}) => {
  const p = new RenderPool({ workers, ...options }, log);
  pools.push(p);
  return p;
};

describe('RenderPool', () => {
  it('renders on a worker exactly what the same job renders here, in every format', async () => {
    const p = pool(2);
    for (const format of ['json', 'html', 'pdf', 'docx'] as const) {
      const j = job({ format });
      const there = await p.run(j);
      const here = await renderExport(j);
      if (format === 'json' || format === 'html') expect(there).toBe(here);
      else {
        expect(Buffer.isBuffer(there)).toBe(true);
        expect((there as Buffer).subarray(0, 4).toString('latin1')).toBe(
          format === 'pdf' ? '%PDF' : 'PK\u0003\u0004',
        );
      }
    }
    expect(String(await p.run(job()))).toContain('A made-up worry about the stairs');
  });

  it('refuses plainly past its queue, and keeps working', async () => {
    const p = pool(1, { maxWaiting: 1 });
    const results = await Promise.allSettled([p.run(job()), p.run(job()), p.run(job())]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected']);
    expect((results[2] as PromiseRejectedResult).reason).toMatchObject({ kind: 'busy', code: 'BUSY' });
    await expect(p.run(job())).resolves.toContain('stairs');
  });

  it('fails only the job that breaks, and replaces a worker that takes too long', async () => {
    const p = pool(1);
    await expect(p.run(job({ publicState: new Uint8Array([1, 2, 3, 250, 251]) }))).rejects.toThrow();
    await expect(p.run(job())).resolves.toContain('stairs');
    const slow = pool(1, { jobTimeoutMs: 1 });
    await expect(slow.run(job({ format: 'pdf' }))).rejects.toThrow('The export took too long.');
  });
});
