/**
 * The stable orders the layout sorts by: ids and names (`cmp`), and siblings oldest first. Sorting
 * by these keys is what makes the layout independent of the order of the input lists.
 */
import type { Person } from './model.ts';

export const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function birthValue(p: Person, refYear: number): number {
  if (p.pregnancy) return refYear + 1;
  if (p.dateOfBirth) {
    const [y = 0, m = 1, d = 1] = p.dateOfBirth.split('-').map(Number);
    return y + (m - 1) / 12 + (d - 1) / 372;
  }
  if (p.age !== null) return refYear - p.age;
  return Number.POSITIVE_INFINITY;
}

/** Oldest first: birth-order hint, then date of birth or age, then name, then id. */
export function siblingComparator(refYear: number) {
  return (a: Person, b: Person): number => {
    if (a.birthOrder !== null && b.birthOrder !== null && a.birthOrder !== b.birthOrder) {
      return a.birthOrder - b.birthOrder;
    }
    const va = birthValue(a, refYear);
    const vb = birthValue(b, refYear);
    if (va !== vb) return va < vb ? -1 : 1;
    return cmp(a.name, b.name) || cmp(a.id, b.id);
  };
}
