/**
 * The checks of a good plan, live while it is made and shown to everyone: each says in words
 * whether it is met and, if not, what to fix. They never stop anyone doing anything.
 */
import type { PlanCheck } from '@cb/shared/planChecks';

const TITLES: Record<PlanCheck['check'], string> = {
  'risks-addressed': 'Every present or future danger has a line in the plan',
  'person-and-date': 'Every line has a person and a date',
  'contingency-per-child': 'Every child has a plan for if things go wrong',
  'outcomes-about-child': 'What it will mean is about the child',
  'nothing-overdue': 'Nothing is already overdue',
  'contingency-names-network': 'The family’s plan names who in their network will help',
};

export function PlanChecksList({ checks }: { checks: PlanCheck[] }) {
  const open = checks.filter((c) => !c.passed).length;
  return (
    <div className="plan-checks" role="group" aria-labelledby="plan-checks-heading">
      <h3 id="plan-checks-heading" className="section__subheading">
        Checking the plan{' '}
        <span className="plan-checks__count">{open === 0 ? '(all done)' : `(${open} to look at)`}</span>
      </h3>
      <ul className="plan-checks__list">
        {checks.map((c) => (
          <li
            key={c.check}
            className={`plan-checks__item plan-checks__item--${c.passed ? 'passed' : 'open'}`}
            data-check={c.check}
          >
            <span className="plan-checks__mark" aria-hidden="true">
              {c.passed ? '✓' : '!'}
            </span>
            <span>
              <strong>
                {c.passed ? 'Done: ' : 'To look at: '}
                {TITLES[c.check]}.
              </strong>{' '}
              {c.detail}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
