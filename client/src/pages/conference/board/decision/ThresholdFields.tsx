/**
 * "Is the threshold of significant harm met?" as a yes/no radio group, and the single category
 * when it is. Used by the professional's own form and by the chair's "Record a view".
 */
import { useId } from 'react';
import { CATEGORY_LABELS, HARM_CATEGORIES, type HarmCategory } from '@cb/shared/doc/decisions';
import { OptionalSelect } from '../../../../components/OptionalSelect.tsx';

export interface ThresholdValue {
  thresholdMet: boolean | null;
  category: HarmCategory | null;
}

interface Props {
  value: ThresholdValue;
  onChange(value: ThresholdValue): void;
  /** Shown under the radios, e.g. "Choose yes or no". */
  error?: string | undefined;
}

export function ThresholdFields({ value, onChange, error }: Props) {
  const id = useId();
  const errorId = `${id}-error`;
  const met = value.thresholdMet === true;
  return (
    <>
      <fieldset className="decision-radios" aria-describedby={error ? errorId : undefined}>
        <legend>Is the threshold of significant harm met?</legend>
        {[true, false].map((answer) => (
          <label key={String(answer)} className="decision-radios__option">
            <input
              type="radio"
              name={`${id}-threshold`}
              checked={value.thresholdMet === answer}
              onChange={() => onChange({ thresholdMet: answer, category: answer ? value.category : null })}
            />{' '}
            {answer ? 'Yes' : 'No'}
          </label>
        ))}
        <p className="field__error" id={errorId} aria-live="polite">
          {error ?? ''}
        </p>
      </fieldset>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-category`}>
          Category
        </label>
        <p className="field__hint" id={`${id}-category-hint`}>
          {met ? 'The single category that applies.' : 'Only when the threshold is met.'}
        </p>
        <OptionalSelect
          id={`${id}-category`}
          aria-describedby={`${id}-category-hint`}
          value={met ? value.category : null}
          disabled={!met}
          values={HARM_CATEGORIES}
          labels={CATEGORY_LABELS}
          none={met ? 'Choose a category' : 'Not applicable'}
          onChange={(category) => onChange({ ...value, category })}
        />
      </div>
    </>
  );
}
