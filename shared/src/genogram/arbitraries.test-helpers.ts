/**
 * Random valid families for property tests, built from a stream of numbers so that fast-check can
 * shrink a failing family (a shorter stream, smaller numbers: fewer people, simpler choices).
 * Valid means `validateModel` finds nothing: at most two birth parents, no cycles, known households.
 */
import fc from 'fast-check';
import type { GenogramModel, Household, ParentKind, PartnershipKind, Person, Relationship } from './model.ts';
import { EMPTY_PERSON, PARTNERSHIP_KINDS, PREGNANCY_OUTCOMES, SEXES } from './model.ts';

const NAMES = ['Ada Pell', 'Bo Quarry', 'Cy Lune', 'Dilys Fennimore-Oakhampton', 'Ed', 'Fen Vorley', ''];
const MAX_GENERATION = 3;

interface Unit {
  parents: string[];
  generation: number;
}

export function familyFromStream(stream: number[], size: number): GenogramModel {
  let i = 0;
  const next = () => stream[i++ % Math.max(1, stream.length)] ?? 0;
  const pick = (n: number) => (n <= 1 ? 0 : next() % n);
  const chance = (percent: number) => pick(100) < percent;
  const people: Person[] = [];
  const relationships: Relationship[] = [];
  const generation = new Map<string, number>();
  const leaf = new Set<string>();
  let rel = 0;
  const relId = (prefix: string) => `${prefix}${String(pick(100)).padStart(2, '0')}-${rel++}`;

  const addPerson = (gen: number, extra: Partial<Person> = {}): string => {
    const id = `${String(pick(1000)).padStart(3, '0')}-${people.length}`;
    const deceased = chance(10) ? { year: 1990 + pick(30), ...(chance(50) ? { age: pick(100) } : {}) } : null;
    people.push({
      ...EMPTY_PERSON,
      id,
      name: NAMES[pick(NAMES.length)] ?? '',
      sex: SEXES[pick(SEXES.length)] ?? 'unknown',
      genderIdentity: chance(8) ? 'non-binary person' : null,
      age: chance(60) ? (MAX_GENERATION - gen) * 25 + pick(25) : null,
      dateOfBirth: chance(20) ? `${1950 + pick(70)}-0${1 + pick(9)}-1${pick(10)}` : null,
      deceased,
      subject: gen >= 2 && chance(30),
      nudge: chance(8) ? { dx: pick(121) - 60, dy: pick(41) - 20 } : null,
      birthOrder: chance(10) ? 1 + pick(5) : null,
      ...extra,
    });
    generation.set(id, gen);
    return id;
  };
  const partner = (a: string, b: string) => {
    const kind: PartnershipKind = PARTNERSHIP_KINDS[pick(PARTNERSHIP_KINDS.length)] ?? 'married';
    const from = chance(50) ? `${1970 + pick(50)}` : null;
    relationships.push({
      id: relId('p'),
      type: 'partnership',
      a,
      b,
      kind,
      from,
      to: from && chance(50) ? '2024' : null,
    });
  };

  const units: Unit[] = [];
  const first = addPerson(0);
  units.push({ parents: [first], generation: 0 });
  // Bounded: a stream that keeps choosing steps that add nobody must still end.
  for (let step = 0; people.length < size && step < size * 20; step++) {
    const op = pick(10);
    const unit = units[pick(units.length)] as Unit;
    if (op < 3) {
      // A new partner for someone who can still have children.
      const candidates = people.filter(
        (p) => !leaf.has(p.id) && (generation.get(p.id) ?? 0) < MAX_GENERATION,
      );
      const who = candidates[pick(candidates.length)];
      if (!who) continue;
      const gen = generation.get(who.id) ?? 0;
      const other = addPerson(gen);
      partner(who.id, other);
      units.push({ parents: [who.id, other].sort(), generation: gen });
    } else if (op < 9 && unit.generation < MAX_GENERATION) {
      // Children of a couple or a single parent; sometimes twins, sometimes a pregnancy.
      const count = 1 + pick(4);
      const kind: ParentKind = chance(80) ? 'birth' : chance(50) ? 'adopted' : 'fostered';
      const twinsAt = count >= 2 && chance(30) ? pick(count - 1) : -1;
      const ids: string[] = [];
      for (let k = 0; k < count && people.length < size; k++) {
        const pregnant = kind === 'birth' && chance(8);
        const twinDob = k === twinsAt || k === twinsAt + 1 ? { dateOfBirth: '2015-03-03', age: null } : {};
        const pregnancy = pregnant
          ? { outcome: PREGNANCY_OUTCOMES[pick(4)] ?? 'ongoing', weeks: 5 + pick(30) }
          : null;
        const id = addPerson(unit.generation + 1, pregnancy ? { pregnancy } : twinDob);
        if (pregnancy) leaf.add(id);
        ids.push(id);
        for (const parent of unit.parents) {
          relationships.push({ id: relId('c'), type: 'parent-child', parent, child: id, kind });
        }
      }
      const [t1, t2] = [ids[twinsAt], ids[twinsAt + 1]];
      if (t1 && t2 && !leaf.has(t1) && !leaf.has(t2)) {
        relationships.push({ id: relId('t'), type: 'twins', a: t1, b: t2, identical: chance(50) });
      }
      for (const id of ids) if (!leaf.has(id)) units.push({ parents: [id], generation: unit.generation + 1 });
    } else {
      // An emotional line between any two people.
      const a = people[pick(people.length)];
      const b = people[pick(people.length)];
      if (a && b && a.id !== b.id) {
        const kinds = ['close', 'distant', 'hostile', 'cut-off', 'abuse'] as const;
        relationships.push({
          id: relId('e'),
          type: 'emotional',
          a: a.id,
          b: b.id,
          kind: kinds[pick(5)] ?? 'close',
        });
      }
    }
  }
  const households: Household[] = [];
  const householdCount = pick(4);
  for (let h = 0; h < householdCount; h++) households.push({ id: `h${h}`, name: `Home ${h + 1}` });
  for (const p of people) if (householdCount > 0 && chance(50)) p.householdId = `h${pick(householdCount)}`;
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { people: people.sort(byId), relationships: relationships.sort(byId), households };
}

/** A valid family of 1 to `maxPeople` people over at most four generations. */
export function arbitraryFamily(maxPeople = 40): fc.Arbitrary<GenogramModel> {
  return fc
    .record({
      size: fc.integer({ min: 1, max: maxPeople }),
      stream: fc.array(fc.nat(1_000_000), { minLength: 1, maxLength: 400 }),
    })
    .map(({ size, stream }) => familyFromStream(stream, size));
}

/** The same family with every list (and every person's fields) in another order. */
export function shuffled(model: GenogramModel, seed: number): GenogramModel {
  let state = seed >>> 0 || 1;
  const random = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const shuffle = <T>(list: T[]): T[] => {
    const out = [...list];
    for (let k = out.length - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1));
      [out[k], out[j]] = [out[j] as T, out[k] as T];
    }
    return out;
  };
  const reorder = <T extends object>(o: T): T => Object.fromEntries(shuffle(Object.entries(o))) as T;
  return {
    people: shuffle(model.people).map(reorder),
    relationships: shuffle(model.relationships).map(reorder),
    households: shuffle(model.households).map(reorder),
  };
}
