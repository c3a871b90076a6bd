/** The kind of a worry (past harm, future danger, impact on the child), as one labelled choice. */
import { WORRY_KINDS, type WorryKind } from '@cb/shared/doc/schema';
import { WORRY_KIND_LABELS } from './sections.ts';

export function WorryKindSelect({
  label,
  value,
  onChange,
  className,
}: {
  label: string;
  value: WorryKind;
  onChange: (kind: WorryKind) => void;
  className?: string;
}) {
  return (
    <label className={className}>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value as WorryKind)}>
        {WORRY_KINDS.map((k) => (
          <option key={k} value={k}>
            {WORRY_KIND_LABELS[k]}
          </option>
        ))}
      </select>
    </label>
  );
}
