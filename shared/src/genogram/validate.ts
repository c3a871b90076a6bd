/**
 * Problems in a genogram, in plain English, for the person drawing it. Pure. The layout copes with
 * every one of these (it skips what it cannot draw), so they are warnings, not errors.
 */
import type { GenogramModel, Person } from './model.ts';

export interface ModelProblem {
  /** The relationship or person the problem is about. */
  id: string;
  message: string;
}

export function validateModel(model: GenogramModel): ModelProblem[] {
  const people = new Map<string, Person>(model.people.map((p) => [p.id, p]));
  const households = new Set(model.households.map((h) => h.id));
  const problems: ModelProblem[] = [];
  const nameOf = (id: string) => people.get(id)?.name || 'someone unnamed';
  const birthParents = new Map<string, string[]>();
  const pairs = new Set<string>();

  for (const r of model.relationships) {
    const ends = r.type === 'parent-child' ? [r.parent, r.child] : [r.a, r.b];
    const missing = ends.filter((e) => !people.has(e));
    if (missing.length > 0) {
      problems.push({ id: r.id, message: `A relationship refers to someone who is not on the genogram.` });
      continue;
    }
    const [x = '', y = ''] = ends;
    if (x === y) {
      problems.push({ id: r.id, message: `${nameOf(x)} is linked to themselves.` });
      continue;
    }
    const pair = `${r.type}:${[x, y].sort().join('|')}`;
    if (r.type !== 'emotional' && pairs.has(pair)) {
      problems.push({ id: r.id, message: `${nameOf(x)} and ${nameOf(y)} are linked twice in the same way.` });
    }
    pairs.add(pair);
    if (r.type === 'parent-child' && r.kind === 'birth') {
      birthParents.set(r.child, [...(birthParents.get(r.child) ?? []), r.parent]);
    }
  }
  for (const [child, parents] of [...birthParents].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (new Set(parents).size > 2) {
      problems.push({ id: child, message: `${nameOf(child)} has more than two birth parents.` });
    }
  }
  for (const p of model.people) {
    if (p.householdId !== null && !households.has(p.householdId)) {
      problems.push({ id: p.id, message: `${nameOf(p.id)} is in a household that no longer exists.` });
    }
  }
  if (hasCycle(model, people)) {
    problems.push({ id: 'genogram', message: 'Someone is shown as their own ancestor.' });
  }
  return problems;
}

function hasCycle(model: GenogramModel, people: Map<string, Person>): boolean {
  const children = new Map<string, string[]>();
  for (const r of model.relationships) {
    if (r.type === 'parent-child' && people.has(r.parent) && people.has(r.child) && r.kind !== 'step') {
      children.set(r.parent, [...(children.get(r.parent) ?? []), r.child]);
    }
  }
  const state = new Map<string, 1 | 2>();
  const visit = (id: string): boolean => {
    if (state.get(id) === 1) return true;
    if (state.get(id) === 2) return false;
    state.set(id, 1);
    for (const c of children.get(id) ?? []) if (visit(c)) return true;
    state.set(id, 2);
    return false;
  };
  return [...people.keys()].some(visit);
}
