/**
 * The Decision region of the board, per child. The chair sees the professionals' views with their
 * count, records views for people in the room and records the outcome; a professional gives their
 * own view from their device (over /control: they may not write documents) and sees everyone's;
 * the family and the room's screen, who never hold the restricted document, see the outcome in
 * plain words. Everyone sees what happens next.
 */
import type { Procedures } from '@cb/shared/procedures';
import { lazy, memo, Suspense, useMemo, useState } from 'react';
import type * as Y from 'yjs';
import type { ConferenceKind } from '@cb/shared/api';
import { CATEGORY_LABELS, differsFromShared, OUTCOME_LABELS } from '@cb/shared/doc/decisions';
import { readMeetings, setMeeting } from '@cb/shared/doc/meetings';
import { docParts, type ChildRecord } from '@cb/shared/doc/schema';
import type { FocusSection, Role } from '@cb/shared/protocol';
import { useDocSnapshot } from '../../../../docs/useDocSnapshot.ts';
import { useApiData } from '../../../../hooks.ts';
import type { useControl } from '../../useControl.ts';
import { ChairDecision } from './ChairDecision.tsx';
import { createDecisionActions, NO_DECISION, type DecisionState } from '../commands/decision.ts';
import { FamilyOutcome } from './FamilyOutcome.tsx';
import { useDecisionData } from './useDecisionData.ts';
import { ViewsList } from './ViewsList.tsx';
// The dates need the bank-holiday data (over a megabyte): loaded only when the decision is shown.
const WhatHappensNext = lazy(() =>
  import('./WhatHappensNext.tsx').then((m) => ({ default: m.WhatHappensNext })),
);
import { Region } from '../Region.tsx';
import { YourView } from './YourView.tsx';
import '../../../../styles/decision.css';

export interface DecisionSectionProps {
  publicDoc: Y.Doc;
  restrictedDoc: Y.Doc | null;
  role: Role;
  children: ChildRecord[];
  kind: ConferenceKind;
  scheduledAt: string;
  /** The local procedures the dates follow (the deployment's; the guidance's when not known). */
  procedures?: Procedures;
  conferenceId: string;
  send: ReturnType<typeof useControl>['send'];
  focused: boolean;
  onFocusRegion: ((section: FocusSection) => void) | null;
  large: boolean;
}

/** The outcome by its statutory name, for professionals' screens. */
function outcomeLabel(decision: DecisionState): string {
  const { outcome, category } = decision;
  if (!outcome) return 'The decision has not been made yet.';
  const shared = differsFromShared(decision)
    ? ' Not shared with the family yet.'
    : ' Shared with the family.';
  return `Outcome: ${OUTCOME_LABELS[outcome]}${category ? ` (${CATEGORY_LABELS[category].toLowerCase()})` : ''}.${shared}`;
}

/** Memoised: its props stand while the board redraws for a change elsewhere. */
export const DecisionSection = memo(function DecisionSection({
  publicDoc,
  restrictedDoc,
  role,
  children,
  kind,
  scheduledAt,
  procedures,
  conferenceId,
  send,
  focused,
  onFocusRegion,
  large,
}: DecisionSectionProps) {
  const { decisions, views, attendees } = useDecisionData(publicDoc, restrictedDoc);
  const actions = useMemo(
    () => (role === 'chair' ? createDecisionActions(publicDoc, restrictedDoc) : null),
    [role, publicDoc, restrictedDoc],
  );
  // A professional's own view is found by their participant id, which the server knows them by.
  const me = useApiData('membership', role === 'professional' ? { id: conferenceId } : null);
  const myId = me.loadable.state === 'loaded' ? me.loadable.data.participantId : null;
  const myAgency = attendees.find((a) => myId !== null && a.participantId === myId)?.agency ?? '';
  const decisionOf = (childId: string) => decisions.find((d) => d.childId === childId) ?? NO_DECISION;
  const [message, setMessage] = useState('');
  // A core group makes no decision: it agrees the next meeting (or refers back to a conference).
  const coreGroup = kind === 'core-group';
  const meetings = useDocSnapshot(
    [publicDoc],
    () => readMeetings(publicDoc),
    () => [docParts(publicDoc).meta],
  );

  return (
    <Region
      name="Decision"
      section="decision"
      heading={coreGroup ? 'What happens next' : 'The decision'}
      focused={focused}
      onFocusRegion={onFocusRegion}
      className={large ? 'decision--large' : ''}
    >
      {children.length === 0 ? (
        <p className="section__empty">No children are recorded for this conference.</p>
      ) : null}
      {!coreGroup &&
      actions &&
      children.length > 1 &&
      children.some((c) => differsFromShared(decisionOf(c.id))) ? (
        <p className="decision-share-all">
          <button
            type="button"
            className="button button--primary"
            onClick={() => setMessage(actions.share(children.map((c) => c.id)) ?? '')}
          >
            Share the decision with the family<span className="visually-hidden"> for every child</span>
          </button>{' '}
          <span className="field__error" aria-live="polite">
            {message}
          </span>
        </p>
      ) : null}
      {(coreGroup ? [] : children).map((child) => {
        const decision = decisionOf(child.id);
        const childViews = views?.[child.id] ?? [];
        return (
          <article key={child.id} className="decision-child" aria-label={`Decision for ${child.name}`}>
            <h3 className="decision-child__name">{child.name}</h3>
            {actions ? (
              <ChairDecision
                child={child}
                decision={decision}
                views={childViews}
                attendees={attendees}
                actions={actions}
              />
            ) : views ? (
              // Professionals (and an administrator looking on) hold the restricted document.
              <div className="decision-chair">
                <div className="decision-chair__views">
                  <h4 className="section__subheading">Professionals’ views</h4>
                  <ViewsList views={childViews} mine={myId} />
                  <p className="decision-outcome">{outcomeLabel(decision)}</p>
                </div>
                {role === 'professional' ? (
                  <YourView
                    child={child}
                    saved={childViews.find((v) => myId !== null && v.participantId === myId) ?? null}
                    knownAgency={myAgency}
                    send={send}
                  />
                ) : null}
              </div>
            ) : (
              <FamilyOutcome child={child} decision={decision} />
            )}
          </article>
        );
      })}
      {/* For those following, what happens next matters once there is an outcome; not loading
          the dates before then keeps their first draw light. */}
      {role === 'chair' || coreGroup || decisions.some((d) => d.outcome !== null) ? (
        <Suspense fallback={<p className="muted">Working out what happens next…</p>}>
          <WhatHappensNext
            conferenceId={conferenceId}
            kind={kind}
            scheduledAt={scheduledAt}
            procedures={procedures}
            attendees={attendees}
            decisions={children.map((c) => decisionOf(c.id))}
            meetings={meetings}
            onSetMeeting={
              role === 'chair'
                ? (key, at) => {
                    try {
                      setMeeting(publicDoc, key, at);
                      return null;
                    } catch {
                      return 'That date and time could not be recorded. Please check it.';
                    }
                  }
                : null
            }
          />
        </Suspense>
      ) : null}
    </Region>
  );
});
