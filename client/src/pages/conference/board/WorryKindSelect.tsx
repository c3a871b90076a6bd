/**
 * The kind of a worry (past harm, present and future danger, impact on the child), as one
 * labelled choice. With `value` null it asks for a choice ("Choose…"): no kind is assumed.
 */
import type { KeyboardEvent, Ref } from 'react';
import { WORRY_KINDS, type WorryKind } from '@cb/shared/doc/schema';
import { WORRY_KIND_LABELS } from './sections.ts';

export function WorryKindSelect({
  label,
  value,
  onChange,
  className,
  selectRef,
  describedBy,
  onKeyDown,
}: {
  label: string;
  value: WorryKind | null;
  onChange: (kind: WorryKind) => void;
  className?: string;
  selectRef?: Ref<HTMLSelectElement>;
  /** The id of a message about the choice (e.g. that one is needed). */
  describedBy?: string;
  onKeyDown?: (e: KeyboardEvent<HTMLSelectElement>) => void;
}) {
  return (
    <label className={className}>
      {label}
      <select
        ref={selectRef}
        value={value ?? ''}
        aria-invalid={describedBy ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => {
          const kind = WORRY_KINDS.find((k) => k === e.target.value);
          if (kind) onChange(kind);
        }}
        onKeyDown={onKeyDown}
      >
        {value === null ? (
          <option value="" disabled>
            Choose…
          </option>
        ) : null}
        {WORRY_KINDS.map((k) => (
          <option key={k} value={k}>
            {WORRY_KIND_LABELS[k]}
          </option>
        ))}
      </select>
    </label>
  );
}
