/**
 * The regions beyond the captured lists and the family tree: the plan and the family's
 * contingency plan. They show what the documents hold; their editors come with the plan stage.
 */
import type { BoardView } from '@cb/shared/doc/board';
import type { FocusSection } from '@cb/shared/protocol';

interface Props {
  view: BoardView;
  focus: FocusSection | null;
  onFocusRegion: ((section: FocusSection) => void) | null;
}

export function OtherRegions({ view, focus, onFocusRegion }: Props) {
  const plan = view.sections.plan;
  const regionProps = (name: string, key: FocusSection) => ({
    'aria-label': name,
    tabIndex: -1,
    className: `section section--${key}${focus === key ? ' section--focused' : ''}`,
    onFocus: onFocusRegion ? () => onFocusRegion(key) : undefined,
  });
  return (
    <div className="board__lower">
      <section {...regionProps('Plan', 'plan')}>
        <h2 className="section__heading">The plan</h2>
        {plan.length === 0 ? (
          <p className="section__empty">The plan is made together, before the decision.</p>
        ) : (
          <ul className="items">
            {plan.map((row) => (
              <li key={row.id} className={`item${row.professionalsOnly ? ' item--restricted' : ''}`}>
                <p className="item__text">{row.text}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section {...regionProps('Contingency plan', 'contingency')}>
        <h2 className="section__heading">If things go wrong: the family’s plan</h2>
        <p className="section__empty">The family’s contingency plan for each child goes here.</p>
      </section>
    </div>
  );
}
