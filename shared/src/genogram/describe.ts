/**
 * The genogram in words: the SVG's <desc>, and a text alternative for anyone who cannot see it.
 */
import { andList } from '../words/andList.ts';
import type { GenogramModel, Person } from './model.ts';
import { ageText } from './labels.ts';
import { partnershipDateWords, ukDate } from './dates.ts';

const PARTNER_WORDS: Record<string, string> = {
  married: 'are married',
  cohabiting: 'live together',
  separated: 'are separated',
  divorced: 'are divorced',
};
const EMOTIONAL_WORDS: Record<string, string> = {
  close: 'have a close relationship',
  distant: 'have a distant relationship',
  hostile: 'have a hostile relationship',
  'cut-off': 'are cut off from each other',
};

const list = andList;

export function personWords(p: Person): string {
  const name = p.name || (p.pregnancy ? 'A pregnancy' : 'Someone unnamed');
  const bits: string[] = [];
  if (p.pregnancy) {
    const o = p.pregnancy.outcome;
    bits.push(
      o === 'ongoing'
        ? 'a pregnancy'
        : o === 'miscarriage'
          ? 'a miscarriage'
          : o === 'termination'
            ? 'a termination'
            : 'a stillbirth',
    );
    if (p.pregnancy.weeks) bits.push(`${p.pregnancy.weeks} weeks`);
  } else {
    if (p.deceased) {
      const { year, age } = p.deceased;
      bits.push(
        `died${year !== undefined ? ` in ${year}` : ''}${age !== undefined ? ` aged ${ageText(age)}` : ''}`,
      );
    } else if (p.age !== null) bits.push(p.age < 1 ? ageText(p.age) : `aged ${ageText(p.age)}`);
    else if (p.dateOfBirth) bits.push(`born ${ukDate(p.dateOfBirth)}`);
    if (p.genderIdentity) bits.push(p.genderIdentity);
  }
  if (p.subject) bits.push('a child this conference is about');
  return bits.length > 0 ? `${name} (${bits.join(', ')})` : name;
}

export function describeGenogram(model: GenogramModel): string {
  const people = new Map(model.people.map((p) => [p.id, p]));
  const nm = (id: string) => people.get(id)?.name || 'someone unnamed';
  const sentences: string[] = [];
  if (model.people.length === 0) return 'The family tree is empty.';
  sentences.push(
    `The family tree shows ${model.people.length} ${model.people.length === 1 ? 'person' : 'people'}: ${list(model.people.map(personWords))}.`,
  );
  const rels = model.relationships.filter((r) =>
    r.type === 'parent-child'
      ? people.has(r.parent) && people.has(r.child)
      : people.has(r.a) && people.has(r.b),
  );
  for (const r of rels) {
    if (r.type !== 'partnership') continue;
    const dates = partnershipDateWords(r.kind, r.from, r.to, ukDate);
    const when = dates.length > 0 ? ` (${dates.join(', ')})` : '';
    sentences.push(`${nm(r.a)} and ${nm(r.b)} ${PARTNER_WORDS[r.kind] ?? ''}${when}.`);
  }
  const parentsOf = new Map<string, string[]>();
  for (const r of rels) {
    if (r.type !== 'parent-child') continue;
    const kind = r.kind === 'birth' ? '' : ` (${r.kind === 'step' ? 'step-parent' : r.kind})`;
    parentsOf.set(r.child, [...(parentsOf.get(r.child) ?? []), `${nm(r.parent)}${kind}`]);
  }
  for (const [child, parents] of parentsOf) {
    const p = people.get(child);
    const who = p?.pregnancy
      ? `${nm(child) === 'someone unnamed' ? 'A pregnancy' : nm(child)} is expected by`
      : `${nm(child)}'s parents are`;
    if (p?.pregnancy && p.pregnancy.outcome !== 'ongoing')
      sentences.push(`${personWords(p)}: ${list(parents)}.`);
    else sentences.push(`${who} ${list(parents)}.`);
  }
  for (const r of rels) {
    if (r.type === 'twins')
      sentences.push(`${nm(r.a)} and ${nm(r.b)} are ${r.identical ? 'identical ' : ''}twins.`);
    if (r.type === 'emotional') {
      sentences.push(
        r.kind === 'abuse'
          ? `${nm(r.a)} has been abusive towards ${nm(r.b)}.`
          : `${nm(r.a)} and ${nm(r.b)} ${EMOTIONAL_WORDS[r.kind] ?? ''}.`,
      );
    }
  }
  for (const h of model.households) {
    const members = model.people.filter((p) => p.householdId === h.id).map((p) => p.name || 'a pregnancy');
    if (members.length > 0) sentences.push(`Living together in ${h.name}: ${list(members)}.`);
  }
  return sentences.join(' ');
}
