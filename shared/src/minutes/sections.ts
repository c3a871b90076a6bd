/**
 * The board's lists as the minutes give them: plain data from `readBoard`, one function per part.
 * Pure. The caller decides the audience by what it read (the family's board is read without the
 * restricted document), so nothing here can leak what it was not given.
 */
import type { Attendee } from '../doc/attendance.ts';
import type { BoardItem, BoardSettings } from '../doc/board.ts';
import {
  dissentFrom,
  outcomeWords,
  type Decision,
  type DecisionView,
  type SharedView,
} from '../doc/decisions.ts';
import type { PlanRow } from '../doc/plan.ts';
import { byWhenDate } from '../planChecks.ts';
import type {
  MinutesAttendee,
  MinutesChild,
  MinutesCoreGroupMember,
  MinutesDecision,
  MinutesItem,
  MinutesParentView,
  MinutesPlanRow,
  MinutesSafetyScale,
  MinutesView,
  MinutesVoice,
  MinutesWorry,
} from './types.ts';

/** An item someone started but never wrote has nothing to record. */
const written = (item: { text: string }) => item.text.trim() !== '';

export function worries(items: BoardItem[]): MinutesWorry[] {
  return items.filter(written).map((i) => ({
    id: i.id,
    text: i.text,
    // Null when the chair never chose one: the minutes say so rather than guess.
    kind: i.kind,
    tag: i.tag,
    source: i.source,
    saidBy: i.saidBy,
    childIds: [...i.childIds],
    professionalsOnly: i.professionalsOnly,
  }));
}

export function items(list: BoardItem[]): MinutesItem[] {
  return list.filter(written).map((i) => ({
    text: i.text,
    tag: i.tag,
    source: i.source,
    saidBy: i.saidBy,
    childIds: [...i.childIds],
    professionalsOnly: i.professionalsOnly,
  }));
}

export function voices(list: BoardItem[]): MinutesVoice[] {
  return list
    .filter(written)
    .map((i) => ({ text: i.text, childIds: [...i.childIds], professionalsOnly: i.professionalsOnly }));
}

export function parentViews(list: BoardItem[]): MinutesParentView[] {
  return list
    .filter(written)
    .map((i) => ({ text: i.text, saidBy: i.saidBy, professionalsOnly: i.professionalsOnly }));
}

/** Only when the board uses a safety scale; an entry not scored yet is not a score. */
export function safetyScales(list: BoardItem[], settings: BoardSettings): MinutesSafetyScale[] {
  if (!settings.safetyScale) return [];
  const direction = settings.safeEnd === 'high' ? 'high-is-safe' : 'low-is-safe';
  return list.flatMap((i) =>
    i.score === null || !written(i)
      ? []
      : [
          {
            who: i.text,
            score: i.score,
            direction,
            childIds: [...i.childIds],
            professionalsOnly: i.professionalsOnly,
          },
        ],
  );
}

export function planRows(rows: PlanRow[]): MinutesPlanRow[] {
  const blank = (r: PlanRow) =>
    [r.risk, r.outcome, r.task, r.byWhom, r.byWhen, r.howWeWillKnow].every((s) => s.trim() === '');
  return rows
    .filter((r) => !blank(r))
    .map((r) => ({
      childIds: [...r.childIds],
      risk: r.risk,
      outcome: r.outcome,
      task: r.task,
      byWhom: r.byWhom,
      byWhen: byWhenDate(r.byWhen),
      // An older board may hold words where the date goes: they are kept here, not as the date.
      byWhenWords: byWhenDate(r.byWhen)
        ? r.byWhenWords
        : [r.byWhen.trim(), r.byWhenWords].filter(Boolean).join(' '),
      howWeWillKnow: r.howWeWillKnow,
      reviewProgress: r.progress,
      progress: r.progressNotes.map((n) => ({ ...n })),
      closedOn: r.closedOn,
      carriedForward: r.carriedFrom !== null,
    }));
}

export function attendees(list: Attendee[]): MinutesAttendee[] {
  return list.map((a) => ({
    name: a.name,
    role: a.role,
    agency: a.agency,
    agencyType: a.agencyType,
    attendance: a.attendance,
    reportReceived: a.reportReceived,
    reportSharedWithFamily: a.reportSharedWithFamily,
    // Asked of family members only; blank (null) for everyone else and when not recorded.
    ...(a.agencyType === 'family'
      ? {
          parentalResponsibility:
            a.parentalResponsibility === 'unknown' ? null : a.parentalResponsibility === 'yes',
          ethnicity: a.ethnicity || null,
          firstLanguage: a.firstLanguage || null,
        }
      : { parentalResponsibility: null, ethnicity: null, firstLanguage: null }),
  }));
}

/** The core group in attendance order, the lead social worker first (the family's first contact). */
export function coreGroup(list: Attendee[]): MinutesCoreGroupMember[] {
  return list
    .filter((a) => a.coreGroup || a.leadSocialWorker)
    .map((a) => ({ name: a.name, role: a.role, agency: a.agency, lead: a.leadSocialWorker }))
    .sort((a, b) => Number(b.lead) - Number(a.lead));
}

const toView = (v: DecisionView | SharedView): MinutesView => ({
  name: v.name,
  agency: v.agency,
  thresholdMet: v.thresholdMet,
  category: v.thresholdMet ? v.category : null,
});

/**
 * One decision per child. `views` is the restricted document's views (full audience) or null
 * (family audience, or no restricted document): then only the copy the chair chose to show.
 */
export function decisions(
  list: Decision[],
  views: Record<string, DecisionView[]> | null,
  children: MinutesChild[],
): MinutesDecision[] {
  return list.map((d) => {
    const shown = d.showViewsToFamily ? d.sharedViews : [];
    const name = children.find((c) => c.id === d.childId)?.name ?? '';
    return {
      childId: d.childId,
      views: (views ? (views[d.childId] ?? []) : shown).map(toView),
      outcome: d.outcome,
      category: d.outcome === 'child-protection-plan' ? d.category : null,
      // Each professional's own choice as it stood at the close (the views), else what was kept.
      dissent: (views ? dissentFrom(views[d.childId] ?? [], d) : d.dissent).map((x) => ({
        name: x.name,
        agency: x.agency,
        view: x.view,
        reasons: x.reasons,
      })),
      chairRationale: d.chairRationale,
      outcomeWords: outcomeWords(d.outcome, d.outcome === 'child-protection-plan' ? d.category : null, name),
      viewsSharedWithFamily: d.showViewsToFamily,
    };
  });
}
