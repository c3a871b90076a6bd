/**
 * The minutes as data: what `minutesFromDoc` returns and every renderer (HTML, PDF, DOCX, JSON)
 * draws. The JSON form is the integration format for case-management systems (CONTRACT.md
 * "Minutes as data"): keep these keys; add to them freely.
 */
import type { Procedures } from '../procedures.ts';
import type { ConferenceKind } from '../api.ts';
import type { AgencyType, Attendance } from '../doc/attendance.ts';
import type { HarmCategory, Outcome } from '../doc/decisions.ts';
import type { ViewsBy } from '../doc/meetingRecord.ts';
import type { Progress } from '../doc/plan.ts';
import type { CoreProgress } from '../doc/coreProgressSchema.ts';
import type { EvidenceTag, Source, WorryKind } from '../doc/schema.ts';
import type { GenogramModel } from '../genogram/model.ts';
import type { PlanCheckId } from '../planChecks.ts';

export const MINUTES_SCHEMA_VERSION = 1;

/** `full`: everything, for professionals; `family`: only what the family may see. */
export type Audience = 'full' | 'family';

export interface MinutesConference {
  id: string;
  kind: ConferenceKind;
  /** ISO date-time. */
  scheduledAt: string;
  startedAt: string | null;
  closedAt: string | null;
  chair: string;
  place: string | null;
  title: string;
  /** The strategy discussion (transfer-in: the notification) it was convened from, YYYY-MM-DD. */
  strategyDiscussionOn: string | null;
  /** Why it was convened, as the admin recorded it at booking. */
  reason: string | null;
  /** When it was due (local procedures); null for a review or without the date. */
  dueBy: string | null;
}

export interface MinutesDangerStatement {
  text: string;
  safetyGoal: string;
  scale: number | null;
  worryIds: string[];
  childIds: string[];
  /** The plan rows that answer it (those addressing a worry it sums up), named by risk or task. */
  answeredBy: string[];
}

export interface MinutesReport {
  agency: string;
  author: string;
  expectedBy: string;
  receivedOn: string | null;
  sharedWithFamilyOn: string | null;
  sharedWithChild: boolean | null;
  notSharedReason: string;
}

export interface MinutesChildParticipation {
  childId: string;
  attended: boolean;
  seenAlone: boolean;
  viewsBy: ViewsBy;
  note: string;
}

/** Who was sent the plan, the family's letter or the minutes: full audience only. */
export interface MinutesDistribution {
  document: 'plan' | 'minutes' | 'letter';
  to: string;
  /** YYYY-MM-DD */
  sentOn: string;
  /** The staff member's name who recorded it. */
  sentBy: string;
}

export interface MinutesChild {
  id: string;
  name: string;
  dateOfBirth: string | null;
}

export interface MinutesAttendee {
  name: string;
  role: string;
  agency: string;
  agencyType: AgencyType;
  attendance: Attendance;
  reportReceived: boolean;
  reportSharedWithFamily: boolean;
  /** Family members: whether they have parental responsibility; null when not recorded. */
  parentalResponsibility: boolean | null;
  ethnicity: string | null;
  firstLanguage: string | null;
}

export interface MinutesWorry {
  /** The board's id for it (what a plan row or a danger statement links to). */
  id: string;
  text: string;
  /** Null when no kind was chosen (the plan check asks for one; nothing is assumed). */
  kind: WorryKind | null;
  tag: EvidenceTag | null;
  source: Source | null;
  saidBy: string | null;
  childIds: string[];
  professionalsOnly: boolean;
}

export interface MinutesItem {
  text: string;
  /** Fact, observation, allegation or opinion, and first-, second- or third-hand, as for worries. */
  tag: EvidenceTag | null;
  source: Source | null;
  saidBy: string | null;
  childIds: string[];
  professionalsOnly: boolean;
}

export interface MinutesVoice {
  text: string;
  childIds: string[];
  professionalsOnly: boolean;
}

export interface MinutesParentView {
  text: string;
  saidBy: string | null;
  professionalsOnly: boolean;
}

export interface MinutesSafetyScale {
  who: string;
  score: number;
  /** Which end of the scale means safe enough: the conference's choice. */
  direction: 'high-is-safe' | 'low-is-safe';
  childIds: string[];
  professionalsOnly: boolean;
}

export interface MinutesPlanRow {
  childIds: string[];
  risk: string;
  outcome: string;
  task: string;
  byWhom: string;
  /** An ISO date, or null when the row has none (never words: see byWhenWords). */
  byWhen: string | null;
  /** What the chair typed when it was a time from today ("within 2 weeks"); an older board's words. */
  byWhenWords: string;
  howWeWillKnow: string;
  /** Review conferences: how a row carried forward went, as the review judged it. */
  reviewProgress: Progress | null;
  /** Each core group's note on the row since it was made, oldest first (this meeting's last). */
  progress: MinutesProgressNote[];
  /** The day a core group closed the row as done; null while it is open. */
  closedOn: string | null;
  carriedForward: boolean;
}

export interface MinutesProgressNote {
  status: CoreProgress;
  note: string;
  saidBy: string;
  /** The meeting it was recorded at, and its date. */
  meetingId: string;
  heldOn: string;
}

export interface MinutesContingencyPlan {
  childId: string;
  text: string;
}

export interface MinutesView {
  name: string;
  agency: string;
  thresholdMet: boolean;
  category: HarmCategory | null;
}

export interface MinutesDecision {
  childId: string;
  /** Each professional's view. The family audience has them only if the chair showed them. */
  views: MinutesView[];
  outcome: Outcome | null;
  category: HarmCategory | null;
  /** Those who chose to dissent from the decision, with their reasons. */
  dissent: { name: string; agency: string; view: string; reasons: string }[];
  chairRationale: string;
  /** The outcome in plain words, as the family's screen said it. */
  outcomeWords: string;
  /** Whether the chair chose to show the professionals' views to the family. */
  viewsSharedWithFamily: boolean;
}

export interface MinutesCoreGroupMember {
  name: string;
  role: string;
  agency: string;
  lead: boolean;
}

export interface MinutesDates {
  firstCoreGroupBy: string | null;
  reviewConferenceBy: string | null;
  planDueBy: string;
  minutesDueBy: string;
  /** After a core group: the next one is due by (the local cadence); null after a conference. */
  nextCoreGroupBy: string | null;
  notes: string[];
  /**
   * The rule each date came from, in words (local procedures): the same keys as the dates, null
   * where that date does not follow.
   */
  rules: {
    planDueBy: string;
    minutesDueBy: string;
    firstCoreGroupBy: string | null;
    reviewConferenceBy: string | null;
    nextCoreGroupBy: string | null;
    /** Where `conference.dueBy` came from (null when there is no `dueBy`). */
    conferenceDueBy: string | null;
    /** Where each report's `expectedBy` came from. */
    reportsExpectedBy: string;
  };
}

/** The meetings agreed at the conference (London time, YYYY-MM-DDTHH:MM), only those that follow. */
export interface MinutesMeetings {
  reviewConferenceAt: string | null;
  firstCoreGroupAt: string | null;
  nextCoreGroupAt: string | null;
}

export interface Minutes {
  schemaVersion: number;
  audience: Audience;
  conference: MinutesConference;
  children: MinutesChild[];
  attendees: MinutesAttendee[];
  quorate: boolean;
  /** Only when not quorate: why the chair let it go ahead ('' if no reason was written). */
  quoracyNote?: string;
  /** Only when not quorate: what was missing, in plain English (from quoracy.ts). */
  quoracyMissing?: string;
  worries: MinutesWorry[];
  workingWell: MinutesItem[];
  greyAreas: MinutesItem[];
  childsVoice: MinutesVoice[];
  parentsView: MinutesParentView[];
  genogram: GenogramModel;
  /** The genogram as a standalone <svg> (with its key), the same picture as the board's. */
  genogramSvg: string;
  /** Whether the conference used a safety scale (the board's setting), even if no one scored yet. */
  safetyScaleUsed: boolean;
  /** Empty when the conference does not use a safety scale. */
  safetyScales: MinutesSafetyScale[];
  plan: MinutesPlanRow[];
  contingencyPlans: MinutesContingencyPlan[];
  decisions: MinutesDecision[];
  coreGroup: MinutesCoreGroupMember[];
  dates: MinutesDates;
  meetings: MinutesMeetings;
  /** Empty in the family audience, and until an admin records a document as sent. */
  distribution: MinutesDistribution[];
  /** Professionals' minutes only (the restricted document): how each child took part. */
  childParticipation: MinutesChildParticipation[];
  /** Professionals' minutes only: whether an interpreter was needed; null when not recorded. */
  interpreter: { needed: boolean; language: string } | null;
  /** When the conference used them (board settings); else empty. Worry ids only of this audience's worries. */
  dangerStatements: MinutesDangerStatement[];
  /** Professionals' minutes only: each agency's report, when due, received and shared. */
  reports: MinutesReport[];
  /** Professionals' minutes only: anyone asked to leave for part of the meeting. */
  exclusions: { who: string; part: string; reason: string }[];
  planChecks: { check: PlanCheckId; passed: boolean; detail: string }[];
}

/** What the documents do not hold: from the conference's record in the store. */
export interface MinutesContext {
  conference: Omit<MinutesConference, 'kind' | 'strategyDiscussionOn' | 'reason' | 'dueBy'> & {
    kind?: ConferenceKind;
    strategyDiscussionOn?: string | null;
    reason?: string | null;
  };
  children: MinutesChild[];
  /** The authority's timescales; the guidance's when left out. */
  procedures?: Procedures;
  distribution?: MinutesDistribution[];
  reports?: MinutesReport[];
  /** The day the minutes are made, YYYY-MM-DD, for the "nothing overdue" check. */
  today: string;
}
