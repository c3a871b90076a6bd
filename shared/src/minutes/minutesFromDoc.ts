/**
 * The minutes as data, from a conference's two documents: the one function the server's exports
 * (HTML, PDF, DOCX, JSON) and the client's preview share (ARCHITECTURE.md). Pure and deterministic:
 * no clock (today comes from the context), no randomness, every list in a stable order.
 *
 * Visibility: the family audience is computed from the public document ALONE. The restricted
 * document is dropped before anything reads it, so a professionals-only item, or a professional's
 * view the chair did not choose to show, cannot reach the family's copy by any path below.
 */
import type * as Y from 'yjs';
import type { ConferenceKind } from '../api.ts';
import { readAttendees, readQuoracyNote } from '../doc/attendance.ts';
import { readBoard } from '../doc/board.ts';
import { readDecisions, readViews, type Outcome } from '../doc/decisions.ts';
import { readContingencyPlans, readPlan, type PlanRow } from '../doc/plan.ts';
import { readDangerStatements } from '../doc/dangerStatements.ts';
import { readMeetings } from '../doc/meetings.ts';
import { readChildParticipation, readExclusions, readInterpreter } from '../doc/meetingRecord.ts';
import { CONFERENCE_KINDS } from '../api.ts';
import { docParts } from '../doc/schema.ts';
import { readGenogram } from '../genogram/model.ts';
import { genogramToSvg } from '../genogram/svg.ts';
import { planChecks, rowName } from '../planChecks.ts';
import { quoracy } from '../quoracy.ts';
import { DEFAULT_PROCEDURES, ruleWords, type Procedures } from '../procedures.ts';
import { conferenceDates, initialConferenceDueBy, londonDate } from '../workingDays.ts';
import * as part from './sections.ts';
import {
  MINUTES_SCHEMA_VERSION,
  type Audience,
  type Minutes,
  type MinutesChild,
  type MinutesContext,
  type MinutesDangerStatement,
  type MinutesDates,
} from './types.ts';

export interface ConferenceDocs {
  publicDoc: Y.Doc;
  /** The professionals-only document; ignored for the family audience. */
  restrictedDoc: Y.Doc | null;
}

/** The store's kind wins; else the document's own; else an initial conference. */
function kindOf(context: MinutesContext, publicDoc: Y.Doc): ConferenceKind {
  if (context.conference.kind) return context.conference.kind;
  const fromDoc = docParts(publicDoc).meta.get('kind');
  return CONFERENCE_KINDS.find((k) => k === fromDoc) ?? 'initial';
}

function dates(
  kind: ConferenceKind,
  scheduledAt: string,
  children: MinutesChild[],
  today: string,
  outcomes: (Outcome | null)[],
  procedures: Procedures,
): MinutesDates {
  // A pre-birth review is counted from the birth: a date of birth that has not come yet is only
  // the expected date, so it does not count.
  const born = children.map((c) => c.dateOfBirth).find((d): d is string => d !== null && d <= today);
  const d = conferenceDates(
    kind,
    londonDate(scheduledAt),
    kind === 'pre-birth' ? born : null,
    outcomes,
    procedures,
  );
  return {
    firstCoreGroupBy: d.firstCoreGroupBy,
    reviewConferenceBy: d.reviewConferenceBy,
    planDueBy: d.planDueBy,
    minutesDueBy: d.minutesDueBy,
    nextCoreGroupBy: d.nextCoreGroupBy,
    notes: [...d.notes],
    rules: {
      planDueBy: d.rules.planDueBy.words,
      minutesDueBy: d.rules.minutesDueBy.words,
      firstCoreGroupBy: d.firstCoreGroupBy ? (d.rules.firstCoreGroupBy?.words ?? null) : null,
      reviewConferenceBy: d.rules.reviewConferenceBy?.words ?? null,
      nextCoreGroupBy: d.rules.nextCoreGroupBy?.words ?? null,
      conferenceDueBy: null,
      reportsExpectedBy: ruleWords(
        procedures,
        kind === 'review' ? 'reportsBeforeReviewWorkingDays' : 'reportsBeforeInitialWorkingDays',
      ),
    },
  };
}

/** The family's network by name: the family tree's people and family members at the conference. */
function familyNetwork(
  genogram: { people: { name: string; subject: boolean }[] },
  attendees: { name: string; agencyType: string }[],
  children: MinutesChild[],
): string[] {
  const childNames = new Set(children.map((c) => c.name.trim().toLowerCase()));
  return [
    ...genogram.people.filter((p) => !p.subject).map((p) => p.name),
    ...attendees.filter((a) => a.agencyType === 'family').map((a) => a.name),
  ].filter((n) => n.trim() && !childNames.has(n.trim().toLowerCase()));
}

/** The danger statements when the conference used them, linked only to worries this audience has. */
function dangerStatementsOf(
  publicDoc: Y.Doc,
  used: boolean,
  worries: { id: string }[],
  plan: PlanRow[],
): MinutesDangerStatement[] {
  if (!used) return [];
  const known = new Set(worries.map((w) => w.id));
  return readDangerStatements(publicDoc).map((d) => {
    const worryIds = d.worryIds.filter((id) => known.has(id));
    // Carried into the plan: the rows that address a worry the statement sums up.
    const answeredBy = plan.flatMap((row, i) =>
      row.addresses.some((id) => worryIds.includes(id)) ? [rowName(row, i)] : [],
    );
    return {
      text: d.text,
      safetyGoal: d.safetyGoal,
      scale: d.scale,
      worryIds,
      childIds: [...d.childIds],
      answeredBy,
    };
  });
}

/** How the meeting ran: from the restricted document, so never in the family's copy. */
function meetingRecord(
  restrictedDoc: Y.Doc | null,
  children: MinutesChild[],
): Pick<Minutes, 'childParticipation' | 'interpreter' | 'exclusions'> {
  if (!restrictedDoc) return { childParticipation: [], interpreter: null, exclusions: [] };
  return {
    childParticipation: readChildParticipation(
      restrictedDoc,
      children.map((c) => c.id),
    ),
    interpreter: readInterpreter(restrictedDoc),
    exclusions: readExclusions(restrictedDoc).map((e) => ({ who: e.who, part: e.part, reason: e.reason })),
  };
}

export function minutesFromDoc(docs: ConferenceDocs, context: MinutesContext, audience: Audience): Minutes {
  const publicDoc = docs.publicDoc;
  const restrictedDoc = audience === 'family' ? null : docs.restrictedDoc;

  const board = readBoard(publicDoc, restrictedDoc);
  const s = board.sections;
  const kind = kindOf(context, publicDoc);
  // The store's record names the children; a document made outside the store falls back on its own.
  const children: MinutesChild[] = (context.children.length > 0 ? context.children : board.children).map(
    (c) => ({ id: c.id, name: c.name, dateOfBirth: c.dateOfBirth }),
  );

  const attendees = readAttendees(publicDoc);
  const q = quoracy(attendees);
  const plan = readPlan(publicDoc);
  const contingencyPlans = readContingencyPlans(publicDoc);
  const genogram = readGenogram(publicDoc);
  const decisions = part.decisions(
    readDecisions(publicDoc, restrictedDoc),
    restrictedDoc ? readViews(restrictedDoc) : null,
    children,
  );
  const year = Number(context.today.slice(0, 4));
  const procedures = context.procedures ?? DEFAULT_PROCEDURES;
  const follows = dates(
    kind,
    context.conference.scheduledAt,
    children,
    context.today,
    children.map((c) => decisions.find((d) => d.childId === c.id)?.outcome ?? null),
    procedures,
  );
  const strategyDiscussionOn = context.conference.strategyDiscussionOn ?? null;
  const dueBy = initialConferenceDueBy(kind, strategyDiscussionOn, procedures);
  if (dueBy) follows.rules.conferenceDueBy = ruleWords(procedures, 'initialConferenceWithinWorkingDays');
  const agreed = readMeetings(publicDoc);

  return {
    schemaVersion: MINUTES_SCHEMA_VERSION,
    audience,
    conference: {
      id: context.conference.id,
      kind,
      scheduledAt: context.conference.scheduledAt,
      startedAt: context.conference.startedAt,
      closedAt: context.conference.closedAt,
      chair: context.conference.chair,
      place: context.conference.place,
      title: context.conference.title,
      strategyDiscussionOn,
      reason: context.conference.reason ?? null,
      dueBy,
    },
    children,
    // A family member's parental responsibility, ethnicity and language: the professionals' record.
    attendees: part
      .attendees(attendees)
      .map((a) =>
        audience === 'full'
          ? a
          : { ...a, parentalResponsibility: null, ethnicity: null, firstLanguage: null },
      ),
    quorate: q.quorate,
    ...(q.quorate ? {} : { quoracyNote: readQuoracyNote(publicDoc), quoracyMissing: q.missing }),
    worries: part.worries(s.worries),
    workingWell: part.items(s.workingWell),
    greyAreas: part.items(s.greyAreas),
    childsVoice: part.voices(s.childsVoice),
    parentsView: part.parentViews(s.parentsView),
    genogram,
    genogramSvg: genogramToSvg(genogram, {
      legend: true,
      // The ages on the tree are as at the day the minutes are made, not the machine's clock.
      ...(Number.isInteger(year) ? { referenceYear: year } : {}),
    }),
    safetyScaleUsed: board.settings.safetyScale,
    dangerStatements: dangerStatementsOf(publicDoc, board.settings.dangerStatements, s.worries, plan),
    safetyScales: part.safetyScales(s.safetyScales, board.settings),
    plan: part.planRows(plan),
    contingencyPlans: contingencyPlans.map((c) => ({ childId: c.childId, text: c.text })),
    decisions,
    coreGroup: part.coreGroup(attendees),
    // A core group and a review only after a child protection plan (the decisions say).
    dates: follows,
    meetings: {
      firstCoreGroupAt: follows.firstCoreGroupBy ? agreed.firstCoreGroupAt : null,
      reviewConferenceAt: follows.reviewConferenceBy ? agreed.reviewConferenceAt : null,
      nextCoreGroupAt: follows.nextCoreGroupBy ? agreed.nextCoreGroupAt : null,
    },
    distribution: audience === 'full' ? [...(context.distribution ?? [])] : [],
    reports: audience === 'full' ? [...(context.reports ?? [])] : [],
    ...meetingRecord(restrictedDoc, children),
    // A check's detail quotes the worries it is about: check against this audience's worries only.
    planChecks: planChecks({
      children,
      worries: s.worries.map((w) => ({ id: w.id, text: w.text, kind: w.kind })),
      plan,
      contingencyPlans,
      today: context.today,
      network: familyNetwork(genogram, attendees, children),
    }).map((c) => ({ check: c.check, passed: c.passed, detail: c.detail })),
  };
}
