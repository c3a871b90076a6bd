/**
 * A conference told as plain data: who is there, what is said on the board, the family tree, the
 * plan and the decision. The demo conference (server/src/demo.ts) and the tests' scripted
 * conference (tests/support/scriptedConference.ts) are both written from one of these by
 * writeScenario.ts, and the tests' hand-made minutes are built from the same data. Children and
 * family members are named by keys ('ada'); ids are only given when the scenario is written.
 */
import type { NewAttendee } from '../doc/attendance.ts';
import type { BoardSettings, NewItem } from '../doc/boardRead.ts';
import type { HarmCategory, Outcome } from '../doc/decisionTypes.ts';
import type { NewPlanRow } from '../doc/plan.ts';
import type { NewPerson, RelationshipInput } from '../genogram/model.ts';
import type { ConferenceKind, ListSection } from '../vocabulary.ts';

export interface ScenarioChild {
  key: string;
  name: string;
  dateOfBirth: string | null;
}

export interface ScenarioConference {
  kind: ConferenceKind;
  title: string;
  place: string;
  /** ISO times: when it was booked for, started and was closed. */
  scheduledAt: string;
  startedAt: string;
  closedAt: string;
  chair: string;
}

export type ScenarioItem = Omit<NewItem, 'id' | 'createdAt' | 'childIds'> & {
  section: ListSection;
  /** The children it is about, by key; absent: all of them. */
  children?: string[];
  /**
   * Professionals-only: typed on the board and then `moved` there by the chair (its
   * "Professionals only" button), or added there `direct`ly by a professional.
   */
  restricted?: 'moved' | 'direct';
};

export type ScenarioPlanRow = Omit<NewPlanRow, 'id' | 'createdAt' | 'childIds' | 'addresses'> & {
  children?: string[];
  /** Words found in the text of the worry the row answers. */
  addresses?: string;
};

/**
 * A professional's view on each child, by child key: a category means "threshold met", null "not
 * met", no entry "gave no view on this child". `private`: did not attend and is named nowhere the
 * family may see.
 */
export interface ScenarioView {
  name: string;
  agency: string;
  on: Record<string, HarmCategory | null>;
  /** The children (keys) for whom they wish to dissent from the decision, with their reasons. */
  dissents?: Record<string, string>;
  private?: boolean;
}

export interface ScenarioDecision {
  child: string;
  outcome: Outcome;
  category: HarmCategory | null;
  /** The chair shows the professionals' views to the family (a copy in the public document). */
  showViewsToFamily: boolean;
  /** The chair's reasons: professionals' words, kept in the restricted document. */
  chairRationale: string;
}

export type ScenarioPerson = Omit<NewPerson, 'id' | 'householdId'> & { key: string };

/** A relationship between people named by key (`a`, `b`, `parent`, `child` are keys). */
export type ScenarioRelationship = RelationshipInput extends infer R
  ? R extends unknown
    ? Omit<R, 'id'>
    : never
  : never;

export interface ScenarioFamily {
  /** In the order a chair would add them; the children the conference is about carry their child key. */
  people: ScenarioPerson[];
  relationships: ScenarioRelationship[];
  households: { name: string; members: string[] }[];
}

export interface Scenario {
  conference: ScenarioConference;
  children: ScenarioChild[];
  settings: Partial<BoardSettings>;
  attendees: Omit<NewAttendee, 'id'>[];
  items: ScenarioItem[];
  plan: ScenarioPlanRow[];
  /** The family's contingency plan, per child key. */
  contingency: Record<string, string>;
  family: ScenarioFamily;
  views: ScenarioView[];
  decisions: ScenarioDecision[];
}
