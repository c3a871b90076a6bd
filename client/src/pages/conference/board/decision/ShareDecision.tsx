/**
 * Sharing one child's decision with the family. The outcome the chair chooses is a draft, kept with
 * the professionals, until this button copies it to the family's and the room's screens; a change
 * after that is a draft again until it is shared again. The line above the button says what those
 * screens show now, in their words.
 */
import { differsFromShared, outcomeWords } from '@cb/shared/doc/decisions';
import type { ChildRecord } from '@cb/shared/doc/schema';
import type { DecisionState } from '../commands/decision.ts';
import { DECIDING_WORDS } from './words.ts';

interface Props {
  child: ChildRecord;
  decision: DecisionState;
  onShare: () => void;
}

/** What the family's screen says about this child now. */
function familyScreenWords(decision: DecisionState, childName: string): string {
  return decision.shared
    ? outcomeWords(decision.shared.outcome, decision.shared.category, childName)
    : DECIDING_WORDS;
}

export function ShareDecision({ child, decision, onShare }: Props) {
  const differs = differsFromShared(decision);
  const status = !differs
    ? decision.shared
      ? 'Shared with the family.'
      : 'Nothing to share yet.'
    : decision.shared
      ? 'Changed since you shared it. The family still sees the earlier decision.'
      : 'Not shared with the family yet.';
  const views = decision.showViewsToFamily ? ' It also lists each professional’s name, agency and view.' : '';
  return (
    <div className="decision-share">
      <p className="decision-share__status" aria-live="polite">
        <strong>{status}</strong> The family’s screen says: “{familyScreenWords(decision, child.name)}”{views}
      </p>
      {differs ? (
        <button type="button" className="button button--primary" onClick={onShare}>
          {decision.outcome === null ? 'Take the shared decision back' : 'Share the decision with the family'}
          <span className="visually-hidden"> for {child.name}</span>
        </button>
      ) : null}
    </div>
  );
}
