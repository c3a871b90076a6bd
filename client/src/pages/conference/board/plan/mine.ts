/**
 * Whose a plan row is: "by whom" is free text ("Chloe; Priya Shah", "Nadia Okafor and the GP"), so a
 * row is someone's when one of the people it names is them, by full name or by first name alone.
 */

/** The people a "by whom" names, split at ; , / & and "and". */
export function namedIn(byWhom: string): string[] {
  return byWhom
    .split(/\s*(?:[;,/&+]|\band\b)\s*/i)
    .map((p) => p.trim().toLowerCase().replace(/\s+/g, ' '))
    .filter((p) => p.length > 0);
}

/** Whether the row's "by whom" names this person. */
export function isTheirs(byWhom: string, name: string): boolean {
  const full = name.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!full) return false;
  const first = full.split(' ')[0] ?? full;
  return namedIn(byWhom).some((p) => p === full || p === first);
}

/** The rows this person is doing first, each group in the plan's own order. */
export function theirsFirst<T extends { byWhom: string }>(rows: T[], name: string | null): T[] {
  if (!name) return rows;
  const theirs = rows.filter((r) => isTheirs(r.byWhom, name));
  return theirs.length === 0 ? rows : [...theirs, ...rows.filter((r) => !theirs.includes(r))];
}
