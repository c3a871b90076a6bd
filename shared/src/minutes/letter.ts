/**
 * The decision letter for the family, made at close from the family's copy of the minutes only:
 * in plain words, what the conference was about, what was decided for each child, the plan's
 * headlines, the next dates and who to contact. The same outline is drawn as PDF, Word and HTML.
 */
import { andList } from '../words/andList.ts';
import { h1, none, p, para, type Block, type OutlineSection } from './blocks.ts';
import { timeWords } from './outlineParts.ts';
import type { Minutes } from './types.ts';
import { dateWords, KIND_WORDS, meetingWords } from './words.ts';

export const LETTER_TITLE = 'Your letter from the child protection conference';

export const LETTER_HEADINGS = {
  about: 'What the conference was about',
  decided: 'What was decided',
  plan: 'What will happen: the plan',
  dates: 'The next dates',
  contact: 'Who to contact',
} as const;

/** The family members who were invited, by name, for the greeting. */
function greeting(minutes: Minutes): string {
  const family = minutes.attendees.filter((a) => a.agencyType === 'family').map((a) => a.name);
  return family.length === 0 ? 'Dear parents and carers,' : `Dear ${andList(family)},`;
}

function aboutBlocks(minutes: Minutes): Block[] {
  const c = minutes.conference;
  const where = c.place ? ` at ${c.place}` : '';
  const children = andList(minutes.children.map((ch) => ch.name)) || 'the children';
  const kind = KIND_WORDS[c.kind].toLowerCase();
  const a = /^[aeiou]/.test(kind) ? 'an' : 'a';
  return [
    h1(LETTER_HEADINGS.about),
    p({
      text: `On ${dateWords(c.scheduledAt)} at ${timeWords(c.scheduledAt)}${where}, ${a} ${kind} met about ${children}. ${c.chair} chaired it.`,
    }),
    ...(c.reason ? [p({ text: 'Why it was held: ', bold: true }, { text: c.reason })] : []),
    p({
      text: 'This letter says what was decided and what happens next. The plan and the minutes, which say more, come separately.',
    }),
  ];
}

function decidedBlocks(minutes: Minutes): Block[] {
  const lines = minutes.decisions
    .filter((d) => d.outcomeWords.trim())
    .map((d) => para('outcome', { text: d.outcomeWords }));
  return [h1(LETTER_HEADINGS.decided), ...(lines.length > 0 ? lines : [none('No decision was recorded.')])];
}

/** Each row in a line: what needs to change, what will be done, by whom and by when. */
function planBlocks(minutes: Minutes): Block[] {
  const rows = minutes.plan.filter((r) => r.task.trim() || r.risk.trim());
  if (rows.length === 0) return [];
  return [
    h1(LETTER_HEADINGS.plan),
    {
      kind: 'bullets',
      items: rows.map((r) => {
        const when = r.byWhen ? dateWords(r.byWhen) : r.byWhenWords.trim();
        const risk = r.risk.trim().replace(/[.:;,]+$/, '');
        const task = r.task.trim() || r.outcome.trim();
        const details = [r.byWhom.trim() ? `Who: ${r.byWhom.trim()}.` : '', when ? `By ${when}.` : '']
          .filter(Boolean)
          .join(' ');
        return [
          ...(risk ? [{ text: `${risk}: `, bold: true }] : []),
          { text: /[.!?]$/.test(task) ? task : `${task}.` },
          ...(details ? [{ text: ` ${details}`, muted: true }] : []),
        ];
      }),
    },
  ];
}

function dateBlocks(minutes: Minutes): Block[] {
  const m = minutes.meetings;
  const d = minutes.dates;
  const rows: [string, string][] = [];
  if (m.firstCoreGroupAt) rows.push(['First core group meeting', meetingWords(m.firstCoreGroupAt)]);
  else if (d.firstCoreGroupBy) rows.push(['First core group meeting', `by ${dateWords(d.firstCoreGroupBy)}`]);
  if (m.reviewConferenceAt) rows.push(['Review conference', meetingWords(m.reviewConferenceAt)]);
  else if (d.reviewConferenceBy) rows.push(['Review conference', `by ${dateWords(d.reviewConferenceBy)}`]);
  return [
    h1(LETTER_HEADINGS.dates),
    ...(rows.length > 0 ? [{ kind: 'facts', rows, widths: [2, 3] } as Block] : []),
    ...d.notes.map((n) => p({ text: n })),
    ...(rows.length === 0 && d.notes.length === 0 ? [none('There are no more meetings planned.')] : []),
  ];
}

function contactBlocks(minutes: Minutes): Block[] {
  const lead = minutes.coreGroup.find((m) => m.lead);
  return [
    h1(LETTER_HEADINGS.contact),
    p({
      text: lead
        ? `Your social worker is ${lead.name} (${lead.agency}). Please contact them with any questions about the plan.`
        : 'Please contact your social worker with any questions about the plan.',
    }),
    p({
      text: `If you disagree with the decision, you can ask ${minutes.conference.chair}, who chaired the conference, how to complain.`,
    }),
  ];
}

/** The letter, family audience only: anything else is refused, so it can never carry professionals' words. */
export function letterOutline(minutes: Minutes): OutlineSection[] {
  if (minutes.audience !== 'family')
    throw new Error('letterOutline: the letter is made from the family’s copy only');
  return [
    {
      key: 'opening',
      blocks: [
        { kind: 'title', text: LETTER_TITLE },
        para('subtitle', { text: minutes.conference.title, bold: true }),
        p({ text: greeting(minutes) }),
        ...aboutBlocks(minutes),
      ],
    },
    { key: 'decisions', blocks: decidedBlocks(minutes) },
    { key: 'plan', blocks: planBlocks(minutes) },
    { key: 'coreGroup', blocks: [...dateBlocks(minutes), ...contactBlocks(minutes)] },
  ];
}
