/**
 * The chair's "Add to the plan" form: the six columns of a plan row in the order people say them.
 * Tab between them, Enter adds the row; the cursor goes back to the first box for the next one.
 */
import { forwardRef, useId, useState } from 'react';
import type { PlanRowInput } from '@cb/shared/doc/plan';
import type { ChildRecord } from '@cb/shared/doc/schema';
import { ChildSelect } from '../ChildSelect.tsx';
import { EMPTY_PLAN_ROW, planRowFromDraft, type PlanRowDraft } from './planRowDraft.ts';
import { COLUMN_LABELS, BY_WHEN_HINT } from './planWords.ts';

interface Props {
  childRecords: ChildRecord[];
  people: string[];
  /** The child shown when the board shows one child: new rows are about them. */
  onlyChild: string | null;
  onAdd(row: PlanRowInput): void;
  onFocus(): void;
}

export const AddPlanRowForm = forwardRef<HTMLInputElement, Props>(function AddPlanRowForm(
  { childRecords: children, people, onlyChild, onAdd, onFocus },
  ref,
) {
  const id = useId();
  const [row, setRow] = useState<PlanRowDraft>(EMPTY_PLAN_ROW);
  const [child, setChild] = useState('all');
  const [error, setError] = useState<string | null>(null);
  const set = (key: keyof PlanRowDraft) => (e: { target: { value: string } }) =>
    setRow((r) => ({ ...r, [key]: e.target.value }));

  const field = (key: Exclude<keyof PlanRowDraft, 'risk'>, extra: { list?: string; hint?: string } = {}) => (
    <label className="plan-add__field">
      <span>{COLUMN_LABELS[key]}</span>
      <input
        value={row[key]}
        onChange={set(key)}
        autoComplete="off"
        maxLength={key === 'byWhen' ? 120 : 2000}
        {...(extra.list ? { list: extra.list } : {})}
        {...(extra.hint ? { placeholder: extra.hint } : {})}
      />
    </label>
  );

  return (
    <form
      className="capture plan-add"
      aria-label="Add to the plan"
      onFocus={onFocus}
      onSubmit={(e) => {
        e.preventDefault();
        const checked = planRowFromDraft(row, onlyChild ?? (child === 'all' ? null : child));
        if (!checked) return;
        if (!checked.ok) return setError(checked.error);
        onAdd(checked.input);
        setRow(EMPTY_PLAN_ROW);
        setError(null);
        document.getElementById(`${id}-risk`)?.focus();
      }}
    >
      <label htmlFor={`${id}-risk`} className="capture__label">
        Add what needs to change <span className="capture__key">(Alt+6)</span>
      </label>
      {/* The button comes after every column, so Tab goes from one column to the next. */}
      <input
        ref={ref}
        id={`${id}-risk`}
        className="capture__input plan-add__risk"
        value={row.risk}
        onChange={set('risk')}
        autoComplete="off"
        maxLength={2000}
      />
      <div className="plan-add__grid">
        {field('outcome')}
        {field('task')}
        {field('byWhom', { list: `${id}-people` })}
        {field('byWhen', { hint: BY_WHEN_HINT })}
        {field('howWeWillKnow')}
        {children.length > 1 && !onlyChild ? (
          <ChildSelect
            className="plan-add__field"
            label="About"
            value={child}
            childRecords={children}
            onChange={setChild}
          />
        ) : null}
        <div className="plan-add__submit">
          <button type="submit" className="button button--small">
            Add to the plan
          </button>
        </div>
      </div>
      <datalist id={`${id}-people`}>
        {people.map((p) => (
          <option key={p} value={p} />
        ))}
      </datalist>
      <p className="field__error" aria-live="polite">
        {error ?? ''}
      </p>
    </form>
  );
});
