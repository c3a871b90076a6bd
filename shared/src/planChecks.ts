/**
 * The standard checks of a good plan, shown to the chair while the plan is made and written into
 * the minutes (`planChecks [{check, passed, detail}]`, CONTRACT.md). Pure, on plain data.
 *
 * Pass only what the audience may see: a detail quotes the worry or the row it is about, so the
 * family's minutes must be checked against the public worries alone.
 */
import { isoDateSchema } from './api.ts';
import type { ChildRecord, WorryKind } from './doc/schema.ts';
import type { ContingencyPlan, PlanRow } from './doc/plan.ts';

export const PLAN_CHECKS = [
  'risks-addressed',
  'person-and-date',
  'contingency-per-child',
  'outcomes-about-child',
  'nothing-overdue',
  'contingency-names-network',
] as const;
export type PlanCheckId = (typeof PLAN_CHECKS)[number];

export interface PlanCheck {
  check: PlanCheckId;
  passed: boolean;
  /** Plain English: what is right, or what to fix. */
  detail: string;
}

export interface PlanCheckInput {
  children: Pick<ChildRecord, 'id' | 'name'>[];
  /** The worries on the board; present and future dangers (`future-danger`) are the risks. */
  worries: { id: string; text: string; kind: WorryKind | null }[];
  plan: PlanRow[];
  contingencyPlans: ContingencyPlan[];
  /** The day the check is made, YYYY-MM-DD (the caller's local date). */
  today: string;
  /**
   * The family's network by name (the family tree's adults, family members at the conference):
   * with it, each contingency plan is checked to name someone in it (it is the family's plan).
   * Left out, that check is not made.
   */
  network?: string[];
}

/** A row's `byWhen` read as a real date, or null when it is a timescale in words (or blank). */
export function byWhenDate(byWhen: string): string | null {
  const s = byWhen.trim();
  return isoDateSchema.safeParse(s).success ? s : null;
}

const MONTHS = 'January February March April May June July August September October November December'.split(
  ' ',
);

/** "2026-12-10" → "10 December 2026". */
export function dateWords(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1] ?? ''} ${y}`;
}

/** How a row is named in a detail: its risk, else its task, else its place in the plan. */
export function rowName(row: Pick<PlanRow, 'risk' | 'task' | 'outcome'>, index: number): string {
  const words = (row.risk.trim() || row.task.trim() || row.outcome.trim()).replace(/\s+/g, ' ');
  if (!words) return `row ${index + 1}`;
  return words.length > 80 ? `${words.slice(0, 79)}…` : words;
}

/** A list in a detail: the first few given and the rest counted (a long board stays one line). */
const list = (names: string[]) => {
  const shown = names.slice(0, 5).join('; ');
  return names.length > 5 ? `${shown}; and ${names.length - 5} more` : shown;
};

/** A worry as a detail quotes it: its first words. */
const quoted = (text: string) => {
  const words = text.replace(/\s+/g, ' ').trim() || 'a worry with no words yet';
  return words.length > 80 ? `${words.slice(0, 79)}…` : words;
};

function risksAddressed(input: PlanCheckInput): PlanCheck {
  const addressed = new Set(input.plan.flatMap((r) => r.addresses));
  const risks = input.worries.filter((w) => w.kind === 'future-danger');
  const open = risks.filter((w) => !addressed.has(w.id));
  // A worry with no kind may be a danger: it is not assumed to be past harm.
  const unsorted = input.worries.filter((w) => w.kind === null);
  const words = (ws: typeof input.worries) => list(ws.map((w) => quoted(w.text)));
  const fixes = [
    ...(unsorted.length > 0
      ? [
          `Choose the kind of worry (past harm, present and future danger, or impact) for: ${words(unsorted)}.`,
        ]
      : []),
    ...(open.length > 0 ? [`Add a plan row for each present or future danger: ${words(open)}.`] : []),
  ];
  return {
    check: 'risks-addressed',
    passed: fixes.length === 0,
    detail:
      fixes.length > 0
        ? fixes.join(' ')
        : risks.length > 0
          ? 'Every present or future danger is addressed by the plan.'
          : 'There are no present or future dangers on the board yet.',
  };
}

function personAndDate(rows: PlanRow[]): PlanCheck {
  const fixes: string[] = [];
  rows.forEach((row, i) => {
    const who = row.byWhom.trim() !== '';
    // A real date: words ("soon", or a timescale kept by an older board) are not one.
    const when = byWhenDate(row.byWhen) !== null;
    if (who && when) return;
    const vague = row.byWhen.trim();
    const date = vague ? `a real date instead of “${vague}”` : 'by when';
    const what = !who && !when ? `who will do it and ${date}` : !who ? 'who will do it' : date;
    fixes.push(`Add ${what} for: ${rowName(row, i)}.`);
  });
  return {
    check: 'person-and-date',
    passed: fixes.length === 0,
    detail:
      fixes.length > 0
        ? fixes.join(' ')
        : rows.length > 0
          ? 'Every row says who will do it and by when.'
          : 'There are no plan rows yet.',
  };
}

function contingencyPerChild(input: PlanCheckInput): PlanCheck {
  const written = new Set(input.contingencyPlans.filter((c) => c.text.trim() !== '').map((c) => c.childId));
  const missing = input.children.filter((c) => !written.has(c.id)).map((c) => c.name);
  return {
    check: 'contingency-per-child',
    passed: missing.length === 0,
    detail:
      missing.length > 0
        ? `Write the family’s plan for if things go wrong for: ${missing.join(', ')}.`
        : 'Every child has a plan for if things go wrong.',
  };
}

/**
 * Words that put the child at the centre: words for a child, and the few words for how a child's
 * life should be (safe, feel, grow, thrive, happy, settled, loved, wellbeing). Pronouns (she, he,
 * they) are left out on purpose: in "Chloe to attend the programme so she can…" they are about the
 * adult. The list is short because most longer candidates ("learn", "calm", "safety plan") as
 * often describe an adult's task; the check is a prompt for the chair, not a gate.
 */
const CHILD_WORDS =
  /\b(child|children|baby|babies|young (?:person|people)|kids?|sons?|daughters?|brothers?|sisters?|siblings?|safe|safer|feels?|feeling|grows?|growing|growth|thrives?|thriving|happy|happier|settled|loved|wellbeing)\b/i;

/**
 * The heuristic for "outcomes are about the child": an outcome passes when it names a child (first
 * name or full name) or uses a word that describes a child's life or feelings (CHILD_WORDS). An
 * outcome that only describes what an adult will do ("Chloe to attend the programme") names no
 * child and uses none of those words, so it fails; so does an empty outcome.
 */
export function outcomeIsAboutChild(outcome: string, children: Pick<ChildRecord, 'name'>[]): boolean {
  if (CHILD_WORDS.test(outcome)) return true;
  const words = new Set(outcome.toLowerCase().match(/[\p{L}'’-]+/gu) ?? []);
  return children.some((c) => {
    const first = c.name.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
    return first !== '' && (words.has(first) || words.has(`${first}'s`) || words.has(`${first}’s`));
  });
}

function outcomesAboutChild(input: PlanCheckInput): PlanCheck {
  const off = input.plan
    .map((row, i) => ({ row, i }))
    .filter(({ row }) => !outcomeIsAboutChild(row.outcome, input.children));
  const example = input.children[0]?.name.trim().split(/\s+/)[0] ?? 'the child';
  return {
    check: 'outcomes-about-child',
    passed: off.length === 0,
    detail:
      off.length > 0
        ? `Say what will be different for the child (for example “${example} feels safe at home”), ` +
          `not only what an adult will do, for: ${list(off.map(({ row, i }) => rowName(row, i)))}.`
        : 'Every outcome says what will be different for the child.',
  };
}

function nothingOverdue(rows: PlanRow[], today: string): PlanCheck {
  if (!isoDateSchema.safeParse(today).success) throw new RangeError(`Not a date: ${today}`);
  const overdue = rows
    .map((row, i) => ({ row, i, date: byWhenDate(row.byWhen) }))
    .filter(({ row, date }) => {
      // A row already achieved, or no longer needed, is not late whatever its date said.
      const done = row.progress === 'achieved' || row.progress === 'no-longer-needed';
      return date !== null && date < today && !done;
    });
  return {
    check: 'nothing-overdue',
    passed: overdue.length === 0,
    detail:
      overdue.length > 0
        ? `Agree a new date for: ${list(overdue.map(({ row, i, date }) => `${rowName(row, i)} (was ${dateWords(date ?? '')})`))}.`
        : 'No date in the plan has passed.',
  };
}

/** First names (and whole names) of the network, lower case, for matching in a plan's words. */
function networkWords(network: string[]): Set<string> {
  const out = new Set<string>();
  for (const name of network) {
    const whole = name.trim().toLowerCase();
    if (!whole) continue;
    out.add(whole);
    const first = whole.split(/\s+/)[0];
    if (first && first.length > 1) out.add(first);
  }
  return out;
}

/**
 * A contingency plan is the family's: it should say who in their network does what ("the
 * children go to Nana Fay's"). Passes when each written plan names someone in the network; plans
 * not yet written are contingency-per-child's to report.
 */
function contingencyNamesNetwork(input: PlanCheckInput, network: string[]): PlanCheck {
  const words = networkWords(network);
  const childNames = new Set(input.children.flatMap((c) => [...networkWords([c.name])]));
  for (const n of childNames) words.delete(n);
  const naming = (text: string) => {
    const lower = text.toLowerCase();
    const tokens = new Set(lower.match(/[\p{L}'’-]+/gu)?.map((t) => t.replace(/['’]s$/, '')) ?? []);
    return [...words].some((w) => (w.includes(' ') ? lower.includes(w) : tokens.has(w)));
  };
  const missing = input.children.filter((c) => {
    const plan = input.contingencyPlans.find((p) => p.childId === c.id)?.text.trim() ?? '';
    return plan !== '' && !naming(plan);
  });
  const names = missing.map((c) => c.name).join(', ');
  return {
    check: 'contingency-names-network',
    passed: missing.length === 0,
    detail:
      missing.length === 0
        ? 'Each contingency plan names someone in the family’s network.'
        : words.size === 0
          ? `Add the family’s network to the family tree, and name who will help in the plan for: ${names}.`
          : `Name who in the family’s network will help, in the plan for: ${names}.`,
  };
}

/** Every check, in a fixed order. */
export function planChecks(input: PlanCheckInput): PlanCheck[] {
  const checks = [
    risksAddressed(input),
    personAndDate(input.plan),
    contingencyPerChild(input),
    outcomesAboutChild(input),
    nothingOverdue(input.plan, input.today),
  ];
  if (input.network) checks.push(contingencyNamesNetwork(input, input.network));
  return checks;
}
