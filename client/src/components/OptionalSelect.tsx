/**
 * A choice from a fixed list that may be left unmade: the first option (in `none`'s words) stands
 * for null. The tag or source of an item, a category of harm.
 */
import type { SelectHTMLAttributes } from 'react';

type Props<T extends string> = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> & {
  value: T | null;
  values: readonly T[];
  labels: Record<T, string>;
  none: string;
  onChange: (value: T | null) => void;
};

export function OptionalSelect<T extends string>({
  value,
  values,
  labels,
  none,
  onChange,
  ...rest
}: Props<T>) {
  return (
    <select {...rest} value={value ?? ''} onChange={(e) => onChange((e.target.value || null) as T | null)}>
      <option value="">{none}</option>
      {values.map((v) => (
        <option key={v} value={v}>
          {labels[v]}
        </option>
      ))}
    </select>
  );
}
