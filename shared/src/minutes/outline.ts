/**
 * The whole minutes, and the plan on its own, as sections of blocks (blocks.ts) in the order
 * PRODUCT.md "What the minutes contain" gives them. The privacy check (`visible`) is applied here
 * and nowhere else; the HTML, PDF and Word renderers draw exactly this list. Pure.
 */
import type { Minutes, MinutesDecision, MinutesWorry } from './types.ts';
import {
  CATEGORY_LABELS,
  aboutSomeChildren,
  MINUTES_HEADINGS,
  NO_WORRY_KIND_WORDS,
  OUTCOME_LABELS,
  PLAN_CHECK_WORDS,
  SOURCE_WORDS,
  TAG_WORDS,
  WORRY_KIND_WORDS,
} from './words.ts';
import {
  bulletsOr,
  h1,
  h2,
  item,
  none,
  p,
  para,
  visible,
  type Block,
  type OutlineSection,
} from './blocks.ts';
import {
  attendanceBlocks,
  attribution,
  distributionBlocks,
  genogramBlocks,
  openingBlocks,
} from './outlineParts.ts';
import { contingencyBlocks, coreGroupBlocks, planBlocks } from './outlinePlan.ts';
import { dangerStatementBlocks } from './outlineDanger.ts';
import { meetingRecordBlocks } from './outlineMeeting.ts';

/** "Observation, first-hand": what kind of evidence an item is, kept for every item. */
function evidence(i: Pick<MinutesWorry, 'tag' | 'source'>): string[] {
  const words = [i.tag ? TAG_WORDS[i.tag] : '', i.source ? SOURCE_WORDS[i.source] : ''].filter(Boolean);
  return words.length > 0 ? [words.join(', ')] : [];
}

function worryBlocks(minutes: Minutes): Block[] {
  const blocks: Block[] = [h1(MINUTES_HEADINGS.worries)];
  const unsorted = minutes.worries.some((w) => w.kind === null && visible(minutes, w));
  const groups: [string | null, string][] = [
    ...(unsorted ? [[null, NO_WORRY_KIND_WORDS] as [null, string]] : []),
    ...Object.entries(WORRY_KIND_WORDS),
  ];
  for (const [kind, words] of groups) {
    const worries = minutes.worries.filter((w) => w.kind === kind && visible(minutes, w));
    blocks.push(
      h2(words),
      bulletsOr(
        worries.map((w) =>
          item(w.text, w.professionalsOnly, attribution(minutes, w.saidBy, w.childIds, evidence(w))),
        ),
      ),
    );
  }
  return blocks;
}

function listBlocks(minutes: Minutes): Block[] {
  const list = <T extends { text: string; professionalsOnly: boolean }>(
    rows: T[],
    note: (row: T) => string,
  ) =>
    bulletsOr(rows.filter((i) => visible(minutes, i)).map((i) => item(i.text, i.professionalsOnly, note(i))));
  const said = (i: Minutes['workingWell'][number]) => attribution(minutes, i.saidBy, i.childIds, evidence(i));
  return [
    h1(MINUTES_HEADINGS.workingWell),
    list(minutes.workingWell, said),
    h1(MINUTES_HEADINGS.greyAreas),
    list(minutes.greyAreas, said),
    h1(MINUTES_HEADINGS.childsVoice),
    list(minutes.childsVoice, (v) => attribution(minutes, null, v.childIds)),
    h1(MINUTES_HEADINGS.parentsView),
    list(minutes.parentsView, (v) => attribution(minutes, v.saidBy, [])),
  ];
}

function safetyScaleBlocks(minutes: Minutes): Block[] {
  const scales = minutes.safetyScales.filter((s) => visible(minutes, s));
  if (!minutes.safetyScaleUsed && scales.length === 0) return [];
  return [
    h1(MINUTES_HEADINGS.safetyScales),
    bulletsOr(
      scales.map((s) => {
        const safeEnd = s.direction === 'high-is-safe' ? '10 means safe enough' : '0 means safe enough';
        const some = aboutSomeChildren(minutes, s.childIds);
        const about = some ? `${some}.` : '';
        return item(`${s.who}: ${s.score} out of 10`, s.professionalsOnly, `${safeEnd}. ${about}`.trim());
      }),
      'No one gave a score.',
    ),
  ];
}

function decisionBlocks(minutes: Minutes, d: MinutesDecision): Block {
  const child = minutes.children.find((c) => c.id === d.childId);
  const blocks: Block[] = [h2(child?.name ?? 'A child')];
  // The family sees the professionals' views only when the chair chose to show them.
  const showViews = minutes.audience === 'full' || d.viewsSharedWithFamily;
  if (showViews && d.views.length > 0) {
    blocks.push({
      kind: 'table',
      name: 'views',
      header: ['Name', 'Agency', 'Threshold of significant harm met?', 'Category'],
      widths: [3, 3, 2, 2],
      rows: d.views.map((v) => [
        v.name,
        v.agency,
        v.thresholdMet ? 'Yes' : 'No',
        v.category ? CATEGORY_LABELS[v.category] : '',
      ]),
    });
  }
  // The family's copy says the outcome in plain words only, as the family's screen did.
  if (minutes.audience === 'full' && d.outcome) {
    const category = d.category ? `, under the category of ${CATEGORY_LABELS[d.category].toLowerCase()}` : '';
    blocks.push(p({ text: 'Decision: ', bold: true }, { text: `${OUTCOME_LABELS[d.outcome]}${category}.` }));
  }
  blocks.push(para('outcome', { text: d.outcomeWords }));
  if (d.dissent.length > 0) {
    blocks.push(
      p({ text: 'Dissent recorded', bold: true }),
      bulletsOr(
        d.dissent.map((x) =>
          item(
            `${x.name} (${x.agency}): ${x.view}${x.reasons ? `. Their reasons: ${x.reasons}` : ''}`,
            false,
          ),
        ),
      ),
    );
  }
  if (d.chairRationale.trim())
    blocks.push(p({ text: 'The chair’s reasons: ', bold: true }, { text: d.chairRationale }));
  return { kind: 'group', name: 'decision', blocks };
}

function decisionsBlocks(minutes: Minutes): Block[] {
  return [
    h1(MINUTES_HEADINGS.decisions),
    ...(minutes.decisions.length > 0 ? minutes.decisions.map((d) => decisionBlocks(minutes, d)) : [none()]),
  ];
}

/**
 * The plan's own copy says the decision and category for each child, in one line each: the
 * statutory words for professionals, the plain words (as the family's screen said them) for the
 * family. Views, dissent and reasons stay in the minutes.
 */
function decisionSummaryBlocks(minutes: Minutes): Block[] {
  const lines = minutes.decisions.map((d) => {
    const name = minutes.children.find((c) => c.id === d.childId)?.name ?? 'A child';
    if (minutes.audience === 'family' || !d.outcome) return p({ text: d.outcomeWords });
    const category = d.category ? `, under the category of ${CATEGORY_LABELS[d.category].toLowerCase()}` : '';
    return p({ text: `${name}: `, bold: true }, { text: `${OUTCOME_LABELS[d.outcome]}${category}.` });
  });
  return [h1(MINUTES_HEADINGS.decisions), ...(lines.length > 0 ? lines : [none()])];
}

function planCheckBlocks(minutes: Minutes): Block[] {
  if (minutes.planChecks.length === 0) return [];
  // A check's detail quotes the worries and rows it is about. The family's checks were made from
  // the public worries alone; as a second lock, a detail quoting a professionals-only item is
  // left out of a family copy (the check itself still shows).
  const secrets = [
    ...minutes.worries,
    ...minutes.workingWell,
    ...minutes.greyAreas,
    ...minutes.childsVoice,
    ...minutes.parentsView,
  ]
    .filter((i) => i.professionalsOnly)
    .map((i) => i.text.trim())
    .concat(minutes.safetyScales.filter((s) => s.professionalsOnly).map((s) => s.who.trim()))
    .filter(Boolean);
  const shown = (detail: string) => minutes.audience === 'full' || !secrets.some((t) => detail.includes(t));
  return [
    h1(MINUTES_HEADINGS.planChecks),
    {
      kind: 'checks',
      items: minutes.planChecks.map((c) => ({
        passed: c.passed,
        runs: [
          { text: `${c.passed ? 'Yes' : 'Not yet'}: `, bold: true },
          { text: PLAN_CHECK_WORDS[c.check] },
          ...(c.detail && shown(c.detail) ? [{ text: c.detail, muted: true }] : []),
        ],
      })),
    },
  ];
}

/** Everything, in the order of PRODUCT.md "What the minutes contain". */
export function minutesOutline(minutes: Minutes): OutlineSection[] {
  return [
    { key: 'opening', blocks: openingBlocks(minutes, 'minutes') },
    { key: 'attendance', blocks: [...attendanceBlocks(minutes), ...meetingRecordBlocks(minutes)] },
    { key: 'worries', blocks: [...worryBlocks(minutes), ...dangerStatementBlocks(minutes)] },
    { key: 'lists', blocks: listBlocks(minutes) },
    { key: 'genogram', blocks: genogramBlocks(minutes) },
    { key: 'safetyScales', blocks: safetyScaleBlocks(minutes) },
    { key: 'plan', blocks: planBlocks(minutes) },
    { key: 'contingency', blocks: contingencyBlocks(minutes) },
    { key: 'decisions', blocks: decisionsBlocks(minutes) },
    { key: 'coreGroup', blocks: coreGroupBlocks(minutes) },
    { key: 'planChecks', blocks: planCheckBlocks(minutes) },
    { key: 'distribution', blocks: distributionBlocks(minutes) },
  ];
}

/** The plan on its own, sent to everyone soon after the conference. */
export function planOutline(minutes: Minutes): OutlineSection[] {
  return [
    { key: 'opening', blocks: openingBlocks(minutes, 'the plan') },
    { key: 'decisions', blocks: decisionSummaryBlocks(minutes) },
    // What the plan answers, when the conference used danger statements.
    ...(minutes.dangerStatements.length > 0
      ? [{ key: 'worries' as const, blocks: dangerStatementBlocks(minutes) }]
      : []),
    { key: 'plan', blocks: planBlocks(minutes) },
    { key: 'contingency', blocks: contingencyBlocks(minutes) },
    { key: 'coreGroup', blocks: coreGroupBlocks(minutes) },
  ];
}
