/**
 * The family tree in words, as a table of people and a list of relationships: the Word copy's
 * genogram, because drawing the picture into Word needs a PNG fallback we cannot rasterise
 * without new native dependencies. The admin can correct these words before sending.
 */
import { partnershipDateWords, ukDate } from '../genogram/dates.ts';
import { personWords } from '../genogram/describe.ts';
import type { GenogramModel, Person } from '../genogram/model.ts';

const PARTNER_WORDS = {
  married: 'married',
  cohabiting: 'living together',
  separated: 'separated',
  divorced: 'divorced',
} as const;
const EMOTIONAL_WORDS = {
  close: 'close',
  distant: 'distant',
  hostile: 'hostile',
  'cut-off': 'cut off from each other',
} as const;
const PARENT_WORDS = {
  birth: '',
  adopted: ' (adopted)',
  fostered: ' (fostered)',
  step: ' (step-parent)',
} as const;

function nameOf(p: Person | undefined): string {
  if (!p) return 'someone unnamed';
  return p.name || (p.pregnancy ? 'A pregnancy' : 'someone unnamed');
}

/** Rows of [name, about them, lives in], in the model's order. */
export function genogramPeopleRows(model: GenogramModel): string[][] {
  const households = new Map(model.households.map((h) => [h.id, h.name]));
  return model.people.map((person) => {
    const name = nameOf(person);
    const words = personWords(person);
    // personWords gives "Name (details)": keep only the details for the middle column.
    const about = words.startsWith(`${name} (`) ? words.slice(name.length + 2, -1) : '';
    return [name, about, person.householdId ? (households.get(person.householdId) ?? '') : ''];
  });
}

/** One line per partnership, per child's parents, per twins and per emotional relationship. */
export function genogramRelationshipLines(model: GenogramModel): string[] {
  const people = new Map(model.people.map((p) => [p.id, p]));
  const nm = (id: string) => nameOf(people.get(id));
  const lines: string[] = [];
  const parentsOf = new Map<string, string[]>();
  for (const r of model.relationships) {
    switch (r.type) {
      case 'partnership': {
        // In plain words and UK dates, as the board says them: "(married 14/05/2015, divorced 2019)".
        const dates = partnershipDateWords(r.kind, r.from, r.to, ukDate).join(', ');
        lines.push(`${nm(r.a)} and ${nm(r.b)}: ${PARTNER_WORDS[r.kind]}${dates ? ` (${dates})` : ''}`);
        break;
      }
      case 'parent-child':
        parentsOf.set(r.child, [...(parentsOf.get(r.child) ?? []), `${nm(r.parent)}${PARENT_WORDS[r.kind]}`]);
        break;
      case 'twins':
        lines.push(`${nm(r.a)} and ${nm(r.b)}: ${r.identical ? 'identical twins' : 'twins'}`);
        break;
      case 'emotional':
        lines.push(
          r.kind === 'abuse'
            ? `${nm(r.a)} has been abusive towards ${nm(r.b)}`
            : `${nm(r.a)} and ${nm(r.b)}: ${EMOTIONAL_WORDS[r.kind]}`,
        );
        break;
    }
  }
  for (const [child, parents] of parentsOf) lines.push(`${nm(child)}: child of ${parents.join(' and ')}`);
  return lines;
}
