/**
 * The whole minutes, and the plan on its own, as blocks (blocks.ts) in the order PRODUCT.md
 * "What the minutes contain" gives them. Both renderers draw exactly this list.
 */
import type { Minutes, MinutesDecision } from '@cb/shared/minutes/types';
import {
  CATEGORY_LABELS,
  MINUTES_HEADINGS,
  OUTCOME_LABELS,
  PLAN_CHECK_WORDS,
  SOURCE_WORDS,
  TAG_WORDS,
  WORRY_KIND_WORDS,
  childNames,
} from '@cb/shared/minutes/words';
import {
  attendanceBlocks,
  attribution,
  bulletsOr,
  contingencyBlocks,
  coreGroupBlocks,
  genogramBlock,
  h1,
  h2,
  item,
  openingBlocks,
  p,
  planBlocks,
  visible,
  type Block,
} from './blocks.ts';

function worryBlocks(minutes: Minutes): Block[] {
  const blocks: Block[] = [h1(MINUTES_HEADINGS.worries)];
  for (const [kind, words] of Object.entries(WORRY_KIND_WORDS)) {
    const worries = minutes.worries.filter((w) => w.kind === kind && visible(minutes, w));
    blocks.push(
      h2(words),
      bulletsOr(
        worries.map((w) => {
          const tags = [w.tag ? TAG_WORDS[w.tag] : '', w.source ? SOURCE_WORDS[w.source] : ''].filter(
            Boolean,
          );
          const extra = tags.length > 0 ? [tags.join(', ')] : [];
          return item(w.text, w.professionalsOnly, attribution(minutes, w.saidBy, w.childIds, extra));
        }),
      ),
    );
  }
  return blocks;
}

function listBlocks(minutes: Minutes): Block[] {
  const list = (rows: Minutes['workingWell']) =>
    bulletsOr(
      rows
        .filter((i) => visible(minutes, i))
        .map((i) => item(i.text, i.professionalsOnly, attribution(minutes, i.saidBy, i.childIds))),
    );
  return [
    h1(MINUTES_HEADINGS.workingWell),
    list(minutes.workingWell),
    h1(MINUTES_HEADINGS.greyAreas),
    list(minutes.greyAreas),
    h1(MINUTES_HEADINGS.childsVoice),
    bulletsOr(
      minutes.childsVoice
        .filter((v) => visible(minutes, v))
        .map((v) => item(v.text, v.professionalsOnly, attribution(minutes, null, v.childIds))),
    ),
    h1(MINUTES_HEADINGS.parentsView),
    bulletsOr(
      minutes.parentsView
        .filter((v) => visible(minutes, v))
        .map((v) => item(v.text, v.professionalsOnly, attribution(minutes, v.saidBy, []))),
    ),
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
        const about = minutes.children.length > 1 ? `About ${childNames(minutes, s.childIds)}.` : '';
        return item(`${s.who}: ${s.score} out of 10`, s.professionalsOnly, `${safeEnd}. ${about}`.trim());
      }),
      'No one gave a score.',
    ),
  ];
}

function decisionBlocks(minutes: Minutes, d: MinutesDecision): Block[] {
  const child = minutes.children.find((c) => c.id === d.childId);
  const blocks: Block[] = [h2(child?.name ?? 'A child')];
  // The family sees the professionals' views only when the chair chose to show them.
  const showViews = minutes.audience === 'full' || d.viewsSharedWithFamily;
  if (showViews && d.views.length > 0) {
    blocks.push({
      kind: 'table',
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
  if (minutes.audience === 'full' && d.outcome) {
    const category = d.category ? `, under the category of ${CATEGORY_LABELS[d.category].toLowerCase()}` : '';
    blocks.push(p({ text: 'Decision: ', bold: true }, { text: `${OUTCOME_LABELS[d.outcome]}${category}.` }));
  }
  blocks.push(p({ text: d.outcomeWords }));
  if (d.dissent.length > 0) {
    blocks.push(
      p({ text: 'Who disagreed', bold: true }),
      bulletsOr(d.dissent.map((x) => item(`${x.name} (${x.agency}): ${x.view}`, false))),
    );
  }
  if (d.chairRationale)
    blocks.push(p({ text: 'The chair’s reasons: ', bold: true }, { text: d.chairRationale }));
  return blocks;
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
    bulletsOr(
      minutes.planChecks.map((c) => [
        { text: `${c.passed ? 'Yes' : 'Not yet'}: `, bold: true },
        { text: PLAN_CHECK_WORDS[c.check] },
        ...(c.detail && shown(c.detail) ? [{ text: c.detail, muted: true }] : []),
      ]),
    ),
  ];
}

/** Everything, in the order of PRODUCT.md "What the minutes contain". */
export function minutesOutline(minutes: Minutes): Block[] {
  return [
    ...openingBlocks(minutes, 'minutes'),
    ...attendanceBlocks(minutes),
    ...worryBlocks(minutes),
    ...listBlocks(minutes),
    genogramBlock(minutes.genogram, minutes.genogramSvg),
    ...safetyScaleBlocks(minutes),
    ...planBlocks(minutes),
    ...contingencyBlocks(minutes),
    h1(MINUTES_HEADINGS.decisions),
    ...(minutes.decisions.length > 0
      ? minutes.decisions.flatMap((d) => decisionBlocks(minutes, d))
      : [bulletsOr([])]),
    ...coreGroupBlocks(minutes),
    ...planCheckBlocks(minutes),
  ];
}

/** The plan on its own, sent to everyone soon after the conference. */
export function planOutline(minutes: Minutes): Block[] {
  return [
    ...openingBlocks(minutes, 'the plan'),
    ...planBlocks(minutes),
    ...contingencyBlocks(minutes),
    ...coreGroupBlocks(minutes),
  ];
}
