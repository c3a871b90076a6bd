/**
 * The project's one fictional conference (shared/src/scenario: the Marlow family of the handbook's
 * DEMO-SCENARIO, the same story the demo shows) driven into two real Y.Docs the way the board
 * writes them, for the minutes tests and benchmarks. Every name, school and service is invented.
 *
 * Pure (no node: imports) so the shared package's own tests can use it. Ids come from a counter,
 * so two runs write the same documents.
 */
import { addExclusion, setChildParticipation, setInterpreter } from '@cb/shared/doc/meetingRecord';
import * as Y from 'yjs';
import { shareDecision } from '@cb/shared/doc/decisions';
import { addItem } from '@cb/shared/doc/board';
import { initConferenceDoc, type ChildRecord } from '@cb/shared/doc/schema';
import type { MinutesContext } from '@cb/shared/minutes/types';
import { MARLOW } from '@cb/shared/scenario/marlow';
import type { Scenario } from '@cb/shared/scenario/types';
import { writeScenario } from '@cb/shared/scenario/writeScenario';

/** The chair's reasons, per child: professionals' words, kept in the restricted document. */
export const CHAIR_RATIONALES = MARLOW.decisions.map((d) => d.chairRationale);

/**
 * Not part of the story: words every format must escape, added after the scenario so that a
 * renderer that forgets to escape shows it.
 */
export const MARKUP_PROBE = {
  section: 'parentsView' as const,
  text: 'Fay: “They can stay with me <after school> & at weekends.”',
  saidBy: 'Fay',
};

export interface ScriptedConference {
  publicDoc: Y.Doc;
  restrictedDoc: Y.Doc;
  context: MinutesContext;
  /** Every string that must never appear in anything made for the family. */
  professionalsOnlyStrings: string[];
  /** How the meeting ran (restricted document): also never in anything made for the family. */
  meetingRecordStrings?: string[];
}

export function counter(prefix: string): () => string {
  let n = 0;
  return () => `${prefix}-${String(++n).padStart(4, '0')}`;
}

export function twoDocs(
  conferenceId: string,
  children: ChildRecord[],
): { publicDoc: Y.Doc; restrictedDoc: Y.Doc } {
  const publicDoc = new Y.Doc();
  const restrictedDoc = new Y.Doc();
  initConferenceDoc(publicDoc, { conferenceId, kind: 'initial', restricted: false, children });
  initConferenceDoc(restrictedDoc, { conferenceId, kind: 'initial', restricted: true, children });
  return { publicDoc, restrictedDoc };
}

export function minutesContext(
  scenario: Scenario,
  id: string,
  title: string,
  children: ChildRecord[],
): MinutesContext {
  const conference = {
    ...scenario.conference,
    id,
    title,
    strategyDiscussionOn: '2026-11-19',
    reason: 'The school and the health visitor raised worries about home (fictional).',
  };
  return {
    conference,
    children,
    today: scenario.conference.scheduledAt.slice(0, 10),
    distribution: [
      {
        document: 'plan',
        to: 'Everyone invited (fictional)',
        sentOn: '2026-12-04',
        sentBy: 'Admin Fictional',
      },
    ],
    reports: [
      {
        agency: 'Fictional Police',
        author: 'PC Sam Hollis',
        expectedBy: '2026-12-01',
        receivedOn: '2026-12-02',
        sharedWithFamilyOn: null,
        sharedWithChild: false,
        notSharedReason: 'It names a third party (fictional).',
      },
    ],
  };
}

/** What the family may never see of a scenario: its professionals-only items, and private views. */
export function professionalsOnlyStrings(scenario: Scenario): string[] {
  return [
    ...scenario.items.filter((i) => i.restricted).map((i) => i.text),
    // Gave a view on Ada only (kept private) and did not attend: named nowhere public.
    ...scenario.views.filter((v) => v.private).flatMap((v) => [v.name, v.agency]),
  ];
}

/**
 * The Marlow conference. Given `into` (two documents a server already initialised for a
 * conference about Ada and Ben, e.g. a chair's synced copies), it writes there instead of into
 * new documents, so a real server can be driven the way the board drives it.
 */
/** What the scripted chair records about how the meeting ran (fictional). */
export const MEETING_RECORD = {
  participationNote: 'Ada drew her three houses with the advocate at school.',
  language: 'Polish',
  exclusionPart: 'while the police shared the probation check',
  exclusionReason: 'It concerned a third party who has not been told.',
} as const;

export function scriptConference(into?: {
  publicDoc: Y.Doc;
  restrictedDoc: Y.Doc;
  children: [ChildRecord, ChildRecord];
}): ScriptedConference {
  const newId = counter('marlow');
  const children: ChildRecord[] =
    into?.children ??
    MARLOW.children.map((c) => ({ id: `child-${c.key}`, name: c.name, dateOfBirth: c.dateOfBirth }));
  const docs = into ?? twoDocs('conf-marlow', children);
  writeScenario(docs, MARLOW, { children, newId });
  // The scripted conference is one that has closed, and closing shares each child's decision.
  for (const c of children) shareDecision(docs.publicDoc, docs.restrictedDoc, c.id);
  const { section, ...probe } = MARKUP_PROBE;
  addItem(docs.publicDoc, section, { ...probe, id: newId(), createdAt: MARLOW.conference.closedAt });
  // How the meeting ran (restricted): never in the family's copy.
  const [ada] = into?.children ?? (children as [ChildRecord, ChildRecord]);
  setChildParticipation(docs.restrictedDoc, ada.id, {
    attended: false,
    seenAlone: true,
    viewsBy: 'advocate',
    note: MEETING_RECORD.participationNote,
  });
  setInterpreter(docs.restrictedDoc, { needed: true, language: MEETING_RECORD.language });
  addExclusion(docs.restrictedDoc, {
    id: newId(),
    who: 'Dan Ashby',
    part: MEETING_RECORD.exclusionPart,
    reason: MEETING_RECORD.exclusionReason,
  });
  return {
    publicDoc: docs.publicDoc,
    restrictedDoc: docs.restrictedDoc,
    context: minutesContext(MARLOW, 'conf-marlow', MARLOW.conference.title, children),
    professionalsOnlyStrings: professionalsOnlyStrings(MARLOW),
    meetingRecordStrings: Object.values(MEETING_RECORD),
  };
}
