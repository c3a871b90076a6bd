/**
 * A short plan field (who, by when) that is saved when the chair leaves the box or presses Enter,
 * checked first; a refused value stays in the box with the reason beside it, so nothing typed is lost.
 */
import { useState } from 'react';

interface Props {
  /** The accessible name: the column's words. */
  label: string;
  value: string;
  hint?: string;
  list?: string;
  col: string;
  validate?: (v: string) => string | null;
  onSave(v: string): void;
}

export function SavedOnLeave({ label, value, hint, list, col, validate, onSave }: Props) {
  const [local, setLocal] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** Saves what was typed; false when it was refused (it stays in the box, with the reason). */
  const save = (): boolean => {
    if (local === null) return true;
    const problem = validate?.(local) ?? null;
    setError(problem);
    if (problem) return false;
    if (local.trim() !== value) onSave(local.trim());
    setLocal(null);
    return true;
  };
  return (
    <>
      <input
        className="plan-grid__input"
        aria-label={label}
        data-col={col}
        value={local ?? value}
        onChange={(e) => setLocal(e.target.value)}
        onBlur={save}
        onKeyDown={(e) => {
          // A refused value keeps the cursor here: the table does not move on to a new row.
          if (e.key === 'Enter' && !save()) {
            e.preventDefault();
            e.stopPropagation();
          }
        }}
        autoComplete="off"
        maxLength={col === 'byWhen' ? 120 : 2000}
        aria-invalid={error ? true : undefined}
        {...(hint ? { placeholder: hint } : {})}
        {...(list ? { list } : {})}
      />
      {error ? <span className="field__error">{error}</span> : null}
    </>
  );
}
