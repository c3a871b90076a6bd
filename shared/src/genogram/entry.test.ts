import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { LOCAL_ORIGIN } from '../doc/board.ts';
import { initConferenceDoc } from '../doc/schema.ts';
import {
  addNewRelationship,
  addRelative,
  currentPartner,
  parseAgeOrBirth,
  setLivesWithChildren,
  updateRelationship,
} from './entry.ts';
import { addRelationship, readGenogram } from './model.ts';

function doc() {
  const d = new Y.Doc();
  initConferenceDoc(d, { conferenceId: 'x', kind: 'initial', restricted: false, children: [] });
  return d;
}

function ids() {
  let n = 0;
  return () => `id${++n}`;
}

describe('parseAgeOrBirth', () => {
  it('reads ages in years, months and weeks, and dates of birth', () => {
    expect(parseAgeOrBirth('7')).toEqual({ age: 7, dateOfBirth: null });
    expect(parseAgeOrBirth(' 6 months ')).toEqual({ age: 0.5, dateOfBirth: null });
    expect(parseAgeOrBirth('26 weeks')).toEqual({ age: 0.5, dateOfBirth: null });
    expect(parseAgeOrBirth('2019-04-12')).toEqual({ age: null, dateOfBirth: '2019-04-12' });
    expect(parseAgeOrBirth('')).toEqual({ age: null, dateOfBirth: null });
  });

  it('reads dates of birth as they are written in England, day first', () => {
    const born = { age: null, dateOfBirth: '2018-05-14' };
    for (const typed of [
      '14/05/2018',
      '14/5/2018',
      '14-05-2018',
      '14.05.2018',
      ' 2018-05-14 ',
      '2018-5-14',
    ]) {
      expect(parseAgeOrBirth(typed), typed).toEqual(born);
    }
    expect(parseAgeOrBirth('01/02/2020')).toEqual({ age: null, dateOfBirth: '2020-02-01' });
  });

  it('explains what it cannot read, in plain words', () => {
    expect(parseAgeOrBirth('seven')).toHaveProperty('error');
    expect(parseAgeOrBirth('2019-02-30')).toHaveProperty('error');
    expect(parseAgeOrBirth('400')).toHaveProperty('error');
    // Month first (as in America): there is no month 14.
    expect(parseAgeOrBirth('05/14/2018')).toEqual({ error: expect.stringContaining('no month 14') });
    expect(parseAgeOrBirth('31/04/2018')).toEqual({ error: expect.stringContaining('does not exist') });
    // 14/05/18 could be 1918 or 2018.
    expect(parseAgeOrBirth('14/05/18')).toEqual({ error: expect.stringContaining('year in full') });
    expect(parseAgeOrBirth('2018')).toEqual({ error: expect.stringContaining('14/05/2018') });
  });
});

describe('addRelative', () => {
  it('builds a separated couple, their three children and a new partner, one undo step each', () => {
    const d = doc();
    const next = ids();
    const undo = new Y.UndoManager(d.getMap('genogram'), {
      trackedOrigins: new Set([LOCAL_ORIGIN]),
      captureTimeout: 0,
    });
    const mum = addRelative(d, { name: 'Nell Archer', sex: 'female', age: 34 }, null, next);
    const dad = addRelative(
      d,
      { name: 'Owen Archer', sex: 'male' },
      { as: 'partner', of: mum.id, kind: 'separated' },
      next,
    );
    for (const name of ['Ruby', 'Seb', 'Tom']) {
      addRelative(
        d,
        { name, sex: 'unknown', subject: true },
        { as: 'child', of: mum.id, otherParent: dad.id, kind: 'birth' },
        next,
      );
    }
    addRelative(
      d,
      { name: 'Pia Lund', sex: 'female' },
      { as: 'partner', of: dad.id, kind: 'cohabiting' },
      next,
    );

    const model = readGenogram(d);
    expect(model.people).toHaveLength(6);
    const rels = model.relationships;
    expect(
      rels
        .filter((r) => r.type === 'partnership')
        .map((r) => r.type === 'partnership' && r.kind)
        .sort(),
    ).toEqual(['cohabiting', 'separated']);
    expect(rels.filter((r) => r.type === 'parent-child')).toHaveLength(6);
    expect(currentPartner(model, dad.id)).not.toBe(mum.id);

    // Undo of the last step removes the new partner and her partnership together.
    undo.undo();
    const after = readGenogram(d);
    expect(after.people.map((p) => p.name)).not.toContain('Pia Lund');
    expect(after.relationships.filter((r) => r.type === 'partnership')).toHaveLength(1);
  });

  it('adds a brother or sister as a child of the same parents, and a parent above someone', () => {
    const d = doc();
    const next = ids();
    const a = addRelative(d, { name: 'Ada', sex: 'female' }, null, next);
    const mum = addRelative(
      d,
      { name: 'Mum', sex: 'female' },
      { as: 'parent', of: a.id, kind: 'birth' },
      next,
    );
    const b = addRelative(d, { name: 'Ben', sex: 'male' }, { as: 'sibling', of: a.id }, next);
    const rels = readGenogram(d).relationships;
    expect(rels).toContainEqual(
      expect.objectContaining({ type: 'parent-child', parent: mum.id, child: b.id }),
    );
  });

  it('refuses a link to someone no longer there and writes nothing', () => {
    const d = doc();
    expect(() =>
      addRelative(d, { name: 'X', sex: 'male' }, { as: 'partner', of: 'gone', kind: 'married' }, ids()),
    ).toThrow(/no longer/);
    expect(readGenogram(d).people).toHaveLength(0);
  });
});

describe('addNewRelationship', () => {
  it('writes a relationship the chair drew, under the id given', () => {
    const d = doc();
    addNewRelationship(d, 'r1', { type: 'partnership', a: 'p1', b: 'p2', kind: 'cohabiting' });
    expect(readGenogram(d).relationships).toEqual([
      { id: 'r1', type: 'partnership', a: 'p1', b: 'p2', kind: 'cohabiting', from: null, to: null },
    ]);
  });

  it('refuses someone linked to themselves, though reading and copying stay tolerant of it', () => {
    const d = doc();
    expect(() =>
      addNewRelationship(d, 'r1', { type: 'parent-child', parent: 'p1', child: 'p1', kind: 'birth' }),
    ).toThrow('Choose two different people.');
    expect(readGenogram(d).relationships).toEqual([]);
    // An older board (or a carried-forward one) may hold one: it is still read, and validateModel warns.
    addRelationship(d, { id: 'r2', type: 'twins', a: 'p1', b: 'p1', identical: false });
    expect(readGenogram(d).relationships).toHaveLength(1);
  });
});

describe('setLivesWithChildren', () => {
  it("makes the children's household when there is none, with the children in it", () => {
    const d = doc();
    const next = ids();
    const ada = addRelative(d, { name: 'Ada', sex: 'female', subject: true }, null, next);
    const fay = addRelative(d, { name: 'Fay', sex: 'female' }, null, next);
    setLivesWithChildren(d, fay.id, true, next);
    let model = readGenogram(d);
    expect(model.households).toHaveLength(1);
    const home = model.households[0]?.id;
    expect(model.people.find((p) => p.id === ada.id)?.householdId).toBe(home);
    expect(model.people.find((p) => p.id === fay.id)?.householdId).toBe(home);
    setLivesWithChildren(d, fay.id, false, next);
    model = readGenogram(d);
    expect(model.people.find((p) => p.id === fay.id)?.householdId).toBeNull();
  });
});

describe('updateRelationship', () => {
  it('changes a couple from married to separated, with dates, in one undo step', () => {
    const d = doc();
    const next = ids();
    const mum = addRelative(d, { name: 'Nell Archer', sex: 'female' }, null, next);
    addRelative(
      d,
      { name: 'Owen Archer', sex: 'male' },
      { as: 'partner', of: mum.id, kind: 'married' },
      next,
    );
    const rel = readGenogram(d).relationships[0];
    if (rel?.type !== 'partnership') throw new Error('no partnership');
    const undo = new Y.UndoManager(d.getMap('genogram'), { trackedOrigins: new Set([LOCAL_ORIGIN]) });
    expect(
      updateRelationship(d, rel.id, {
        type: 'partnership',
        a: rel.a,
        b: rel.b,
        kind: 'separated',
        from: '2015',
        to: '2023-06-01',
      }),
    ).toBe(true);
    expect(readGenogram(d).relationships).toEqual([
      { ...rel, kind: 'separated', from: '2015', to: '2023-06-01' },
    ]);
    undo.undo();
    expect(readGenogram(d).relationships).toEqual([rel]);
  });

  it('refuses what a new relationship would refuse, and a relationship that is not there', () => {
    const d = doc();
    const next = ids();
    const a = addRelative(d, { name: 'Nell Archer', sex: 'female' }, null, next);
    const b = addRelative(
      d,
      { name: 'Owen Archer', sex: 'male' },
      { as: 'partner', of: a.id, kind: 'married' },
      next,
    );
    const rel = readGenogram(d).relationships[0];
    expect(() =>
      updateRelationship(d, rel?.id ?? '', { type: 'partnership', a: a.id, b: a.id, kind: 'married' }),
    ).toThrow();
    expect(updateRelationship(d, 'nobody', { type: 'emotional', a: a.id, b: b.id, kind: 'close' })).toBe(
      false,
    );
    expect(readGenogram(d).relationships).toEqual([rel]);
  });
});
