/**
 * The small labelled controls the family-tree forms (PersonForm, RelationshipForm) are made of:
 * the label wraps its control, so its words are the control's accessible name.
 */
import type { InputHTMLAttributes } from 'react';
import type { Person } from '@cb/shared/genogram/model';
import { personName } from './labels.ts';

/** A choice from a fixed list, each value shown in its words. */
export function Select<T extends string>(props: {
  label: string;
  value: T;
  values: readonly T[];
  labels: Record<T, string>;
  set: (v: T) => void;
}) {
  return (
    <label>
      {props.label}
      <select value={props.value} onChange={(e) => props.set(e.target.value as T)}>
        {props.values.map((v) => (
          <option key={v} value={v}>
            {props.labels[v]}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A choice the chair must make: it starts on `none` ("Choose…"), which is no choice at all. */
export function ChoiceSelect<T extends string>(props: {
  label: string;
  value: T | '';
  values: readonly T[];
  labels: Record<T, string>;
  none: string;
  set: (v: T | '') => void;
}) {
  return (
    <label>
      {props.label}
      <select value={props.value} onChange={(e) => props.set(e.target.value as T | '')}>
        <option value="">{props.none}</option>
        {props.values.map((v) => (
          <option key={v} value={v}>
            {props.labels[v]}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Someone on the tree, or nobody (the empty choice, in `none`'s words). */
export function PersonSelect(props: {
  label: string;
  value: string;
  people: Person[];
  none: string;
  set: (personId: string) => void;
}) {
  return (
    <label>
      {props.label}
      <select value={props.value} onChange={(e) => props.set(e.target.value)}>
        <option value="">{props.none}</option>
        {props.people.map((p) => (
          <option key={p.id} value={p.id}>
            {personName(p)}
          </option>
        ))}
      </select>
    </label>
  );
}

type TextBoxProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> & {
  label: string;
  value: string;
  set: (text: string) => void;
};

/** A short text box (a year, a number of weeks, a name). */
export function TextBox({ label, value, set, ...rest }: TextBoxProps) {
  return (
    <label>
      {label}
      <input {...rest} value={value} onChange={(e) => set(e.target.value)} />
    </label>
  );
}
