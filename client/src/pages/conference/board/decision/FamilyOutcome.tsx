/**
 * The decision for one child as the family and the room's screen see it: the outcome in plain
 * words once the chair has shared it (before then, that the conference is deciding), and the professionals' views only when the chair has chosen to show them (a copy kept in
 * the public document; the views themselves never reach these screens).
 */
import { majorityView, outcomeWords } from '@cb/shared/doc/decisions';
import type { ChildRecord } from '@cb/shared/doc/schema';
import type { DecisionState } from '../commands/decision.ts';
import { DECIDING_WORDS, familyTallyWords, familyViewWords } from './words.ts';

interface Props {
  child: ChildRecord;
  decision: DecisionState;
}

export function FamilyOutcome({ child, decision }: Props) {
  const shared = decision.showViewsToFamily ? decision.sharedViews : [];
  return (
    <>
      <p className="decision-outcome">
        {decision.outcome ? outcomeWords(decision.outcome, decision.category, child.name) : DECIDING_WORDS}
      </p>
      {shared.length > 0 ? (
        <>
          <h4 className="section__subheading">What the professionals said</h4>
          <p>{familyTallyWords(majorityView(shared), child.name)}</p>
          <ul className="decision-views">
            {shared.map((v) => (
              <li key={`${v.name}:${v.agency}`}>
                <strong>{v.name}</strong>
                {v.agency ? <span className="muted">, {v.agency}</span> : null}:{' '}
                {familyViewWords(v, child.name)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
