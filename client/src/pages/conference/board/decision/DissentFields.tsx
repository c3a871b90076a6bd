/**
 * "Do you wish to record a dissent from the decision?": dissent is formal, so it is the person's
 * own choice (or the chair's record of what someone in the room said), never worked out from their
 * view. Yes needs their reasons. Used by the professional's own form and the chair's "Record a view".
 */
import { useId } from 'react';
import { Field } from '../../../../components/Field.tsx';

export interface DissentValue {
  dissents: boolean;
  reasons: string;
}

export const NO_DISSENT: DissentValue = { dissents: false, reasons: '' };

/** The message to show, or undefined when the answer is complete. */
export function dissentError(value: DissentValue): string | undefined {
  return value.dissents && !value.reasons.trim() ? 'Give the reasons for the dissent.' : undefined;
}

interface Props {
  value: DissentValue;
  onChange(value: DissentValue): void;
  /** "you" on the professional's own form; the person's name (or "they") on the chair's. */
  who: 'you' | 'they';
  error?: string | undefined;
}

export function DissentFields({ value, onChange, who, error }: Props) {
  const id = useId();
  return (
    <fieldset className="decision-radios">
      <legend>
        {who === 'you'
          ? 'Do you wish to record a dissent from the decision?'
          : 'Do they wish to record a dissent from the decision?'}
      </legend>
      {[false, true].map((answer) => (
        <label key={String(answer)} className="decision-radios__option">
          <input
            type="radio"
            name={`${id}-dissent`}
            checked={value.dissents === answer}
            onChange={() => onChange({ ...value, dissents: answer })}
          />{' '}
          {answer ? 'Yes, with reasons' : 'No'}
        </label>
      ))}
      {value.dissents ? (
        <Field label={who === 'you' ? 'Your reasons' : 'Their reasons'} error={error}>
          {(control) => (
            <textarea
              {...control}
              rows={3}
              maxLength={2000}
              value={value.reasons}
              onChange={(e) => onChange({ ...value, reasons: e.target.value })}
            />
          )}
        </Field>
      ) : null}
    </fieldset>
  );
}
