/**
 * Fixture families for tests and pictures. Every name is made up.
 */
import type {
  EmotionalKind,
  GenogramModel,
  Household,
  ParentKind,
  PartnershipKind,
  Person,
  Relationship,
} from './model.ts';
import { EMPTY_PERSON } from './model.ts';

export class FamilyBuilder {
  people: Person[] = [];
  relationships: Relationship[] = [];
  households: Household[] = [];
  private n = 0;

  person(id: string, name: string, sex: Person['sex'], extra: Partial<Person> = {}): this {
    this.people.push({ ...EMPTY_PERSON, id, name, sex, ...extra });
    return this;
  }
  partners(
    a: string,
    b: string,
    kind: PartnershipKind,
    from: string | null = null,
    to: string | null = null,
  ): this {
    this.relationships.push({ id: this.id('p'), type: 'partnership', a, b, kind, from, to });
    return this;
  }
  /** Children of one or two parents. */
  children(parents: string[], kids: string[], kind: ParentKind = 'birth'): this {
    for (const child of kids) {
      for (const parent of parents) {
        this.relationships.push({ id: this.id('c'), type: 'parent-child', parent, child, kind });
      }
    }
    return this;
  }
  twins(a: string, b: string, identical: boolean): this {
    this.relationships.push({ id: this.id('t'), type: 'twins', a, b, identical });
    return this;
  }
  emotional(a: string, b: string, kind: EmotionalKind): this {
    this.relationships.push({ id: this.id('e'), type: 'emotional', a, b, kind });
    return this;
  }
  household(id: string, name: string, members: string[]): this {
    this.households.push({ id, name });
    for (const p of this.people) if (members.includes(p.id)) p.householdId = id;
    return this;
  }
  build(): GenogramModel {
    const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    return {
      people: [...this.people].sort(byId),
      relationships: [...this.relationships].sort(byId),
      households: [...this.households].sort(byId),
    };
  }
  private id(prefix: string): string {
    this.n += 1;
    return `${prefix}${String(this.n).padStart(3, '0')}`;
  }
}

const f = () => new FamilyBuilder();

export function singleParent(): GenogramModel {
  return f()
    .person('mum', 'Rosa Quill', 'female', { age: 31 })
    .person('kit', 'Kit Quill', 'male', { age: 9, subject: true })
    .person('lou', 'Lou Quill', 'female', { age: 5, subject: true })
    .children(['mum'], ['kit', 'lou'])
    .household('h1', "Rosa's flat", ['mum', 'kit', 'lou'])
    .build();
}

export function blended(): GenogramModel {
  return f()
    .person('jo', 'Jo Fenwick', 'female', { age: 38 })
    .person('rob', 'Rob Tarrant', 'male', { age: 41 })
    .person('sam', 'Sam Fenwick', 'male', { age: 36 })
    .person('val', 'Val Okoro', 'female', { age: 35 })
    .person('mia', 'Mia Tarrant', 'female', { dateOfBirth: '2012-05-02', subject: true })
    .person('noah', 'Noah Tarrant', 'male', { dateOfBirth: '2015-09-20', subject: true })
    .person('ash', 'Ash Okoro', 'other', { dateOfBirth: '2013-01-11', genderIdentity: 'non-binary' })
    .person('tia', 'Tia Fenwick', 'female', { age: 2, subject: true })
    .person('jay', 'Jay Pike', 'male', { age: 14, genderIdentity: 'trans boy' })
    .partners('rob', 'jo', 'divorced', '2010', '2019')
    .partners('jo', 'sam', 'married', '2021')
    .partners('sam', 'val', 'separated', '2011', '2018')
    .children(['rob', 'jo'], ['mia', 'noah'])
    .children(['sam', 'val'], ['ash'])
    .children(['jo', 'sam'], ['tia'])
    .children(['jo'], ['ash'], 'step')
    .children(['jo', 'sam'], ['jay'], 'fostered')
    .emotional('rob', 'jo', 'hostile')
    .emotional('mia', 'jo', 'close')
    .household('h1', 'Fenwick home', ['jo', 'sam', 'mia', 'noah', 'tia', 'ash', 'jay'])
    .build();
}

export function threeGenerations(): GenogramModel {
  return f()
    .person('gf', 'Walter Hume', 'male', { deceased: { year: 2020, age: 74 } })
    .person('gm', 'Edna Hume', 'female', { age: 72 })
    .person('mum', 'Lily Hume', 'female', { age: 44 })
    .person('uncle', 'Carl Hume', 'male', { age: 47 })
    .person('dad', 'Omar Said', 'male', { age: 45 })
    .person('k1', 'Zara Said', 'female', { age: 15, subject: true })
    .person('k2', 'Idris Said', 'male', { age: 12, subject: true })
    .person('k3', 'Noor Said', 'female', { age: 6, subject: true })
    .partners('gf', 'gm', 'married', '1975')
    .partners('dad', 'mum', 'married', '2008')
    .children(['gf', 'gm'], ['uncle', 'mum'])
    .children(['dad', 'mum'], ['k1', 'k2', 'k3'])
    .emotional('uncle', 'mum', 'cut-off')
    .household('h1', 'Said family home', ['mum', 'dad', 'k1', 'k2', 'k3'])
    .build();
}

export function twins(): GenogramModel {
  return f()
    .person('dad', 'Eli Brook', 'male', { age: 40 })
    .person('mum', 'Ivy Brook', 'female', { age: 37 })
    .person('old', 'Finn Brook', 'male', { dateOfBirth: '2014-02-03' })
    .person('t1', 'Poppy Brook', 'female', { dateOfBirth: '2018-06-10', subject: true })
    .person('t2', 'Daisy Brook', 'female', { dateOfBirth: '2018-06-10', subject: true })
    .person('t3', 'Alfie Brook', 'male', { dateOfBirth: '2021-03-01', subject: true })
    .person('t4', 'Bea Brook', 'female', { dateOfBirth: '2021-03-01', subject: true })
    .partners('dad', 'mum', 'cohabiting', '2012')
    .children(['dad', 'mum'], ['old', 't1', 't2', 't3', 't4'])
    .twins('t1', 't2', true)
    .twins('t3', 't4', false)
    .household('h1', 'Brook home', ['dad', 'mum', 'old', 't1', 't2', 't3', 't4'])
    .build();
}

export function pregnancy(): GenogramModel {
  return f()
    .person('mum', 'Tess Varley', 'female', { age: 24 })
    .person('dad', 'Leo Marsh', 'male', { age: 26 })
    .person('kid', 'Remy Varley', 'male', { age: 3, subject: true })
    .person('m1', '', 'unknown', { pregnancy: { outcome: 'miscarriage', weeks: 9 }, birthOrder: 2 })
    .person('m2', '', 'unknown', { pregnancy: { outcome: 'termination' }, birthOrder: 3 })
    .person('m3', '', 'male', { pregnancy: { outcome: 'stillbirth', weeks: 30 }, birthOrder: 1 })
    .person('due', 'Unborn baby', 'unknown', { pregnancy: { outcome: 'ongoing', weeks: 20 }, subject: true })
    .partners('mum', 'dad', 'cohabiting')
    .children(['mum', 'dad'], ['kid', 'm1', 'm2', 'm3', 'due'])
    .build();
}

/** The end-to-end family: two parents, three children; the father separated, with a new partner. */
export function e2e(): GenogramModel {
  return f()
    .person('mum', 'Nell Archer', 'female', { age: 34 })
    .person('dad', 'Owen Archer', 'male', { age: 36 })
    .person('new', 'Pia Lund', 'female', { age: 30 })
    .person('c1', 'Ruby Archer', 'female', { age: 11, subject: true })
    .person('c2', 'Seb Archer', 'male', { age: 8, subject: true })
    .person('c3', 'Tom Archer', 'male', { age: 4, subject: true })
    .partners('dad', 'mum', 'separated', '2012', '2024')
    .partners('dad', 'new', 'cohabiting', '2025')
    .children(['dad', 'mum'], ['c1', 'c2', 'c3'])
    .household('h1', "Nell's home", ['mum', 'c1', 'c2', 'c3'])
    .household('h2', "Owen and Pia's flat", ['dad', 'new'])
    .build();
}

/** The demo family (DEMO-SCENARIO.md). */
export function marlow(): GenogramModel {
  return f()
    .person('ada', 'Ada Marlow', 'female', { age: 7, subject: true })
    .person('ben', 'Ben Marlow', 'male', { age: 3, subject: true })
    .person('chloe', 'Chloe Marlow', 'female', { age: 29 })
    .person('dan', 'Dan Ashby', 'male', { age: 32 })
    .person('evan', 'Evan Price', 'male', { age: 35 })
    .person('fay', 'Fay Marlow', 'female', { age: 58 })
    .person('george', 'George Marlow', 'male', { deceased: { year: 2019, age: 61 } })
    .person('hana', 'Hana Ashby', 'female')
    .person('isla', 'Isla Ashby', 'female', { age: 0.5 })
    .person('preg', 'Unborn baby', 'unknown', { pregnancy: { outcome: 'ongoing', weeks: 14 } })
    .partners('george', 'fay', 'married')
    .partners('dan', 'chloe', 'separated')
    .partners('chloe', 'evan', 'cohabiting')
    .partners('dan', 'hana', 'married')
    .children(['george', 'fay'], ['chloe'])
    .children(['dan', 'chloe'], ['ada', 'ben'])
    .children(['dan', 'hana'], ['isla'])
    .children(['chloe'], ['preg'])
    .household('h1', "Chloe's flat", ['chloe', 'ada', 'ben', 'preg'])
    .household('h2', "Dan and Hana's home", ['dan', 'hana', 'isla'])
    .build();
}

const FIRST_M = [
  'Abe',
  'Bram',
  'Cai',
  'Dex',
  'Ezra',
  'Fox',
  'Gus',
  'Hal',
  'Ike',
  'Jed',
  'Kai',
  'Lars',
  'Milo',
];
const FIRST_F = [
  'Aila',
  'Bree',
  'Cora',
  'Dot',
  'Elsa',
  'Flo',
  'Gwen',
  'Hope',
  'Iris',
  'June',
  'Kaya',
  'Lyra',
];

/** Forty people across four generations: two grandparent couples, their children, in-laws, grandchildren. */
export function forty(): GenogramModel {
  const b = f();
  let n = 0;
  const add = (sex: 'male' | 'female', surname: string, age: number, extra: Partial<Person> = {}) => {
    n += 1;
    const pool = sex === 'male' ? FIRST_M : FIRST_F;
    const id = `q${String(n).padStart(2, '0')}`;
    b.person(id, `${pool[n % pool.length] ?? 'Sam'} ${surname}`, sex, { age, ...extra });
    return id;
  };
  // Generation 0: two couples.
  const g1 = add('male', 'Thorne', 88, { deceased: { year: 2022, age: 85 } });
  const g2 = add('female', 'Thorne', 86);
  const g3 = add('male', 'Wilde', 84);
  const g4 = add('female', 'Wilde', 80, { deceased: { year: 2018, age: 72 } });
  b.partners(g1, g2, 'married', '1960').partners(g3, g4, 'married', '1962');
  // Generation 1: three Thorne children, two Wilde children; two marry each other.
  const t = [add('male', 'Thorne', 62), add('female', 'Thorne', 60), add('male', 'Thorne', 57)];
  const w = [add('female', 'Wilde', 61), add('male', 'Wilde', 58)];
  b.children([g1, g2], t).children([g3, g4], w);
  const [t0 = '', t1 = '', t2 = ''] = t;
  const [w0 = '', w1 = ''] = w;
  b.partners(t0, w0, 'married', '1985');
  const s1 = add('male', 'Rook', 61);
  b.partners(t1, s1, 'divorced', '1984', '2001');
  const s2 = add('female', 'Vale', 55);
  b.partners(t2, s2, 'cohabiting');
  const s3 = add('female', 'Gale', 57);
  b.partners(w1, s3, 'married');
  // Generation 2.
  const gen2: string[] = [];
  const kids = (parents: string[], surname: string, ages: number[]) => {
    const ids = ages.map((a, i) => add(i % 2 === 0 ? 'female' : 'male', surname, a));
    b.children(parents, ids);
    gen2.push(...ids);
    return ids;
  };
  const a = kids([t0, w0], 'Thorne', [36, 34, 30]);
  const c = kids([t1, s1], 'Rook', [38, 35]);
  const d = kids([t2, s2], 'Thorne', [28, 25]);
  const e = kids([w1, s3], 'Wilde', [33, 31]);
  // Partners of generation 2 and generation 3.
  const pairs: [string | undefined, string, number[]][] = [
    [a[0], 'Gale', [9, 7, 2]],
    [a[1], 'Vale', [5]],
    [c[0], 'Rook', [14, 12, 10]],
    [c[1], 'Rook', [6, 6]],
    [e[0], 'Wilde', [4]],
    [e[1], 'Wilde', [8, 3]],
  ];
  for (const [parent, surname, ages] of pairs) {
    if (!parent) continue;
    const parentSex = b.people.find((p) => p.id === parent)?.sex;
    const spouse = add(parentSex === 'female' ? 'male' : 'female', surname, 34);
    b.partners(parent, spouse, 'married');
    const ids = ages.map((age, i) =>
      add(i % 2 === 0 ? 'male' : 'female', surname, age, { subject: age < 10 }),
    );
    b.children([parent, spouse], ids);
    if (ages.length === 2 && ages[0] === ages[1]) b.twins(ids[0] ?? '', ids[1] ?? '', false);
  }
  const last = add('female', 'Thorne', 1, { subject: true });
  b.children([d[0] ?? ''], [last]);
  b.emotional(t1, s1, 'hostile');
  b.emotional(c[0] ?? '', t1, 'distant');
  b.household(
    'hq',
    'Rook household',
    b.people.filter((p) => p.name.endsWith('Rook') && (p.age ?? 99) < 40).map((p) => p.id),
  );
  return b.build();
}

export const FIXTURES: Record<string, () => GenogramModel> = {
  'single-parent': singleParent,
  blended,
  'three-generations': threeGenerations,
  twins,
  pregnancy,
  e2e,
  marlow,
  forty,
};
