/**
 * The sections of the HTML minutes, one function each, in the order PRODUCT.md "What the minutes
 * contain" gives them (the PDF and Word outlines follow the same order). Every heading and label
 * comes from shared/minutes/words.ts; every person's words pass through `esc`.
 */
import { describeGenogram } from '@cb/shared/genogram/describe';
import { AGENCY_TYPE_LABELS } from '@cb/shared/doc/attendance';
import type { Minutes, MinutesAttendee, MinutesDecision } from '@cb/shared/minutes/types';
import {
  ATTENDANCE_WORDS,
  CATEGORY_LABELS,
  childNames,
  dateWords,
  DATE_WORDS,
  KIND_WORDS,
  LEAD_SOCIAL_WORKER_WORDS,
  MINUTES_HEADINGS as H,
  minutesTitle,
  OUTCOME_LABELS,
  PLAN_CHECK_WORDS,
  PLAN_COLUMN_WORDS as COL,
  PROFESSIONALS_ONLY_WORDS,
  PROGRESS_WORDS,
  SOURCE_WORDS,
  TAG_WORDS,
  WORRY_KIND_WORDS,
} from '@cb/shared/minutes/words';
import { esc, escLines, facts, h2, h3, list, none, safeSvg, table } from './escape.ts';

/**
 * Whether an item may be drawn. The family's minutes are made without professionals-only items;
 * this is the second lock, so one can never reach the family's file even from a wrong input.
 */
const visible = (m: Minutes, item: { professionalsOnly: boolean }) =>
  m.audience === 'full' || !item.professionalsOnly;

/** "Said by Fay Marlow. About Ada Marlow." */
function attribution(m: Minutes, saidBy: string | null, childIds: string[], extra: string[] = []): string {
  const bits = [...extra];
  if (saidBy) bits.push(`Said by ${saidBy}`);
  if (m.children.length > 1) bits.push(`About ${childNames(m, childIds)}`);
  return bits.length > 0 ? `${bits.join('. ')}.` : '';
}

const LONDON_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hour: '2-digit',
  minute: '2-digit',
});
/** The time in England, whatever the server's own time zone. */
function timeWords(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : LONDON_TIME.format(d);
}

export function opening(m: Minutes, what: string): string {
  const c = m.conference;
  const times = [timeWords(c.scheduledAt)];
  if (c.startedAt) times.push(`started ${timeWords(c.startedAt)}`);
  if (c.closedAt) times.push(`ended ${timeWords(c.closedAt)}`);
  const who =
    m.audience === 'family'
      ? 'This is the family’s copy. It leaves out information that is for professionals only.'
      : `For professionals. Anything marked “${PROFESSIONALS_ONLY_WORDS}” must not be shared with the family.`;
  const children = m.children
    .map((ch) => esc(ch.dateOfBirth ? `${ch.name} (born ${dateWords(ch.dateOfBirth)})` : ch.name))
    .join('<br>');
  return (
    `<h1>${esc(minutesTitle(m, what))}</h1>` +
    (c.title ? `<p class="subtitle">${esc(c.title)}</p>` : '') +
    `<p class="audience">${esc(who)}</p>` +
    facts([
      ['Conference', esc(KIND_WORDS[c.kind])],
      ['Date', esc(dateWords(c.scheduledAt))],
      ['Time', esc(times.join(', '))],
      ['Place', esc(c.place ?? 'Not recorded')],
      ['Chair', esc(c.chair)],
      [m.children.length === 1 ? 'Child' : 'Children', children],
    ])
  );
}

const agencyWords = (a: MinutesAttendee) => a.agency || AGENCY_TYPE_LABELS[a.agencyType];
function reportWords(a: MinutesAttendee): string {
  if (!a.reportReceived) return 'None';
  return a.reportSharedWithFamily
    ? 'Received, shared with the family'
    : 'Received, not shared with the family';
}

export function attendance(m: Minutes): string {
  const rows = m.attendees.map((a) =>
    [a.name, a.role, agencyWords(a), ATTENDANCE_WORDS[a.attendance], reportWords(a)].map(esc),
  );
  const quoracy = m.quorate
    ? 'The conference was quorate: enough agencies took part for it to make decisions.'
    : `The conference was not quorate: not enough agencies took part. ${m.quoracyMissing ?? ''}`.trim();
  return (
    h2(H.attendees) +
    (rows.length > 0
      ? table('attendance', ['Name', 'Role', 'Agency', 'Attendance', 'Report'], rows)
      : none()) +
    `<p>${esc(quoracy)}</p>` +
    (m.quoracyNote ? `<p><strong>Chair’s note:</strong> ${escLines(m.quoracyNote)}</p>` : '')
  );
}

export function worries(m: Minutes): string {
  return (
    h2(H.worries) +
    Object.entries(WORRY_KIND_WORDS)
      .map(([kind, words]) => {
        const entries = m.worries
          .filter((w) => w.kind === kind && visible(m, w))
          .map((w) => {
            const tags = [w.tag ? TAG_WORDS[w.tag] : '', w.source ? SOURCE_WORDS[w.source] : ''].filter(
              Boolean,
            );
            const extra = tags.length > 0 ? [tags.join(', ')] : [];
            return { ...w, note: attribution(m, w.saidBy, w.childIds, extra) };
          });
        return h3(words) + list(entries);
      })
      .join('')
  );
}

export function lists(m: Minutes): string {
  const items = (rows: Minutes['workingWell']) =>
    list(
      rows.filter((i) => visible(m, i)).map((i) => ({ ...i, note: attribution(m, i.saidBy, i.childIds) })),
    );
  return (
    h2(H.workingWell) +
    items(m.workingWell) +
    h2(H.greyAreas) +
    items(m.greyAreas) +
    h2(H.childsVoice) +
    list(
      m.childsVoice
        .filter((v) => visible(m, v))
        .map((v) => ({ ...v, note: attribution(m, null, v.childIds) })),
    ) +
    h2(H.parentsView) +
    list(
      m.parentsView.filter((v) => visible(m, v)).map((v) => ({ ...v, note: attribution(m, v.saidBy, []) })),
    )
  );
}

export function genogram(m: Minutes): string {
  const svg = safeSvg(m.genogramSvg);
  const words = describeGenogram(m.genogram);
  const picture = svg ?? `<p class="none">${esc('The family tree could not be drawn here.')}</p>`;
  return (
    `<section class="genogram">${h2(H.genogram)}<figure>${picture}` +
    `<figcaption><strong>In words:</strong> ${esc(words)}</figcaption></figure></section>`
  );
}

export function safetyScales(m: Minutes): string {
  const scales = m.safetyScales.filter((s) => visible(m, s));
  if (!m.safetyScaleUsed && scales.length === 0) return '';
  const entries = scales.map((s) => {
    const safe = s.direction === 'high-is-safe' ? '10 means safe enough' : '0 means safe enough';
    const about = m.children.length > 1 ? ` About ${childNames(m, s.childIds)}.` : '';
    return {
      text: `${s.who}: ${s.score} out of 10`,
      professionalsOnly: s.professionalsOnly,
      note: `${safe}.${about}`,
    };
  });
  return h2(H.safetyScales) + list(entries, 'No one gave a score.');
}

/** The plan table; "For" only with more than one child, "Progress" only when a row has some. */
export function plan(m: Minutes): string {
  const many = m.children.length > 1;
  const progress = m.plan.some((r) => r.progress !== null || r.carriedForward);
  const header: string[] = [COL.risk, COL.outcome, COL.task, COL.byWhom, COL.byWhen, COL.howWeWillKnow];
  const cols = ['risk', 'outcome', 'task', 'who', 'when', 'how'];
  if (many) header.unshift(COL.childIds);
  if (many) cols.unshift('for');
  if (progress) header.push(COL.progress);
  if (progress) cols.push('progress');
  const rows = m.plan.map((r) => {
    const row = [r.risk, r.outcome, r.task, r.byWhom, dateWords(r.byWhen), r.howWeWillKnow].map(escLines);
    if (many) row.unshift(esc(childNames(m, r.childIds)));
    if (progress) {
      const words = r.progress ? PROGRESS_WORDS[r.progress] : '';
      row.push(esc(r.carriedForward ? `${words}${words ? ' ' : ''}(carried forward)` : words));
    }
    return row;
  });
  return h2(H.plan) + (rows.length > 0 ? table('plan', header, rows, cols) : none('No plan was made.'));
}

export function contingency(m: Minutes): string {
  const perChild = m.children.map((child) => {
    const texts = m.contingencyPlans.filter((c) => c.childId === child.id && c.text.trim() !== '');
    const body =
      texts.length > 0
        ? texts.map((c) => `<p>${escLines(c.text)}</p>`).join('')
        : none('No contingency plan was recorded.');
    return h3(child.name) + body;
  });
  return h2(H.contingencyPlans) + perChild.join('');
}

function decision(m: Minutes, d: MinutesDecision): string {
  const child = m.children.find((c) => c.id === d.childId);
  let out = h3(child?.name ?? 'A child');
  // The family sees the professionals' views only when the chair chose to show them.
  if ((m.audience === 'full' || d.viewsSharedWithFamily) && d.views.length > 0) {
    const rows = d.views.map((v) =>
      [v.name, v.agency, v.thresholdMet ? 'Yes' : 'No', v.category ? CATEGORY_LABELS[v.category] : ''].map(
        esc,
      ),
    );
    out += table('views', ['Name', 'Agency', 'Threshold of significant harm met?', 'Category'], rows);
  }
  // The family's copy says the outcome in plain words only, as the family's screen did.
  if (m.audience === 'full' && d.outcome) {
    const category = d.category ? `, under the category of ${CATEGORY_LABELS[d.category].toLowerCase()}` : '';
    out += `<p><strong>Decision:</strong> ${esc(`${OUTCOME_LABELS[d.outcome]}${category}.`)}</p>`;
  }
  out += `<p class="outcome-words">${esc(d.outcomeWords)}</p>`;
  if (d.dissent.length > 0) {
    out += `<p><strong>Who disagreed</strong></p>`;
    out += list(
      d.dissent.map((x) => ({ text: `${x.name} (${x.agency}): ${x.view}`, professionalsOnly: false })),
    );
  }
  if (d.chairRationale.trim())
    out += `<p><strong>The chair’s reasons:</strong> ${escLines(d.chairRationale)}</p>`;
  return `<section class="decision">${out}</section>`;
}

export function decisions(m: Minutes): string {
  return (
    h2(H.decisions) + (m.decisions.length > 0 ? m.decisions.map((d) => decision(m, d)).join('') : none())
  );
}

export function coreGroup(m: Minutes): string {
  const d = m.dates;
  const when = (iso: string | null) => esc(iso ? dateWords(iso) : 'Not needed');
  const rows = m.coreGroup.map((c) => [
    esc(c.name) + (c.lead ? `<br><span class="note">${esc(LEAD_SOCIAL_WORKER_WORDS)}</span>` : ''),
    esc(c.role),
    esc(c.agency),
  ]);
  return (
    h2(H.coreGroup) +
    (rows.length > 0
      ? table('core-group', ['Name', 'Role', 'Agency'], rows)
      : none('There is no core group.')) +
    facts([
      [DATE_WORDS.planDueBy, when(d.planDueBy)],
      [DATE_WORDS.minutesDueBy, when(d.minutesDueBy)],
      [DATE_WORDS.firstCoreGroupBy, when(d.firstCoreGroupBy)],
      [DATE_WORDS.reviewConferenceBy, when(d.reviewConferenceBy)],
    ]) +
    (d.notes.length > 0 ? list(d.notes.map((text) => ({ text, professionalsOnly: false }))) : '')
  );
}

export function planChecks(m: Minutes): string {
  if (m.planChecks.length === 0) return '';
  // A check's detail quotes the worries and rows it is about. The family's checks were made from
  // the public worries alone; as a second lock, a detail quoting a professionals-only item is
  // left out of a family copy (the check itself still shows).
  const secrets = marked(m)
    .filter((i) => i.professionalsOnly)
    .map((i) => ('text' in i ? i.text : i.who).trim())
    .filter(Boolean);
  const shown = (detail: string) => m.audience === 'full' || !secrets.some((t) => detail.includes(t));
  const li = m.planChecks.map(
    (c) =>
      `<li class="${c.passed ? 'passed' : 'not-yet'}"><strong>${c.passed ? 'Yes' : 'Not yet'}:</strong> ` +
      `${esc(PLAN_CHECK_WORDS[c.check])}` +
      (c.detail && shown(c.detail) ? ` <span class="note">${esc(c.detail)}</span>` : '') +
      '</li>',
  );
  return h2(H.planChecks) + `<ul class="checks">${li.join('')}</ul>`;
}

/** Every item that can carry the professionals-only mark. */
const marked = (m: Minutes) => [
  ...m.worries,
  ...m.workingWell,
  ...m.greyAreas,
  ...m.childsVoice,
  ...m.parentsView,
  ...m.safetyScales,
];
