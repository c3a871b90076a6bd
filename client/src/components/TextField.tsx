/**
 * The two controls most forms are made of, each a Field (label, hint, error below): a text box
 * and a choice from a fixed list. The label's words are the control's accessible name.
 */
import type { InputHTMLAttributes, Ref } from 'react';
import { Field } from './Field.tsx';

interface FieldWords {
  label: string;
  hint?: string;
  error?: string | undefined;
  optional?: boolean;
  className?: string;
}

type TextFieldProps = FieldWords &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'id'> & {
    value: string;
    onChange: (value: string) => void;
    ref?: Ref<HTMLInputElement>;
  };

/** A text box (or email, date and time…: any `type`); `text` unless told. */
export function TextField({ label, hint, error, optional, className, onChange, ...input }: TextFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} optional={optional} className={className}>
      {(control) => (
        <input type="text" {...input} {...control} onChange={(event) => onChange(event.target.value)} />
      )}
    </Field>
  );
}

interface SelectFieldProps<T extends string> extends FieldWords {
  value: T;
  values: readonly T[];
  labels: Record<T, string>;
  onChange: (value: T) => void;
}

/** A choice from `values`, each shown in its `labels` words. */
export function SelectField<T extends string>({
  label,
  hint,
  error,
  optional,
  className,
  value,
  values,
  labels,
  onChange,
}: SelectFieldProps<T>) {
  return (
    <Field label={label} hint={hint} error={error} optional={optional} className={className}>
      {(control) => (
        <select {...control} value={value} onChange={(event) => onChange(event.target.value as T)}>
          {values.map((v) => (
            <option key={v} value={v}>
              {labels[v]}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
