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

  it('explains what it cannot read', () => {
    expect(parseAgeOrBirth('seven')).toHaveProperty('error');
    expect(parseAgeOrBirth('2019-02-30')).toHaveProperty('error');
    expect(parseAgeOrBirth('400')).toHaveProperty('error');
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
