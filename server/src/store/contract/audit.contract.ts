/** AuditPort: entries in the order written, all or one conference's, detail as given. */
import { describe, expect, it } from 'vitest';
import { at, seedConference, withSubject, type OpenBackend } from './subject.ts';

export function auditContract(name: string, open: OpenBackend): void {
  describe(`audit: ${name}`, () => {
    it('lists entries in the order written, numbered, all or one conference’s', () =>
      withSubject(open, async ({ store }) => {
        const { id } = await seedConference(store, 1);
        await store.audit({
          at: at(2),
          actor: 'staff:one',
          action: 'sign-in',
          conferenceId: null,
          detail: {},
        });
        await store.audit({
          at: at(1),
          actor: 'staff:one',
          action: 'link-created',
          conferenceId: id,
          detail: { linkId: 'l1', nested: { n: 1, list: [true, null] } },
        });
        const all = await store.listAudit(null);
        expect(all.map((e) => e.action)).toEqual(['sign-in', 'link-created']);
        expect((all[0]?.seq ?? 0) < (all[1]?.seq ?? 0)).toBe(true);
        expect(await store.listAudit(id)).toEqual([
          {
            seq: all[1]?.seq,
            at: at(1),
            actor: 'staff:one',
            action: 'link-created',
            conferenceId: id,
            detail: { linkId: 'l1', nested: { n: 1, list: [true, null] } },
          },
        ]);
        expect(await store.listAudit('00000000-0000-4000-8000-000000000099')).toEqual([]);
      }));
  });
}
