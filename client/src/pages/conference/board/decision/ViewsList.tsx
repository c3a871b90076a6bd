/**
 * The professionals' views for one child, with the count, for the chair and the professionals
 * (they hold the restricted document). The family sees a copy only when the chair shows it
 * (FamilyOutcome).
 */
import { majorityView, viewWords, type DecisionView } from '@cb/shared/doc/decisions';
import { tallyWords } from './words.ts';

interface Props {
  views: DecisionView[];
  /** This person's participant id, to mark their own view. */
  mine?: string | null;
  /** The chair may take out a view recorded by mistake. */
  onRemove?: ((view: DecisionView) => void) | null;
}

export function ViewsList({ views, mine = null, onRemove = null }: Props) {
  if (views.length === 0) return <p className="section__empty">No views given yet.</p>;
  return (
    <>
      <ul className="decision-views">
        {views.map((v) => (
          <li key={v.participantId ?? `name:${v.name}`} className="decision-views__item">
            <span>
              <strong>{v.name}</strong>
              {v.agency ? <span className="muted">, {v.agency}</span> : null}
              {mine !== null && v.participantId === mine ? <span className="muted"> (you)</span> : null}
              {': '}
              {viewWords(v)}
              {v.dissents ? '; dissents from the decision' : ''}
            </span>
            {onRemove ? (
              <button
                type="button"
                className="button button--quiet button--small"
                aria-label={`Remove the view of ${v.name}`}
                onClick={() => onRemove(v)}
              >
                Remove
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      <p className="decision-tally">{tallyWords(majorityView(views))}</p>
    </>
  );
}
