/**
 * Text boxes that keep what the chair types to themselves and write it to the document once, on
 * leaving the box or pressing Enter: a plain string field in Yjs would otherwise make one update
 * (and one undo step) per character. Escape puts back what was there. While the box is not being
 * edited it shows the document's value, so another peer's change appears at once.
 */
import { useState, type InputHTMLAttributes, type TextareaHTMLAttributes } from 'react';

type Commit = (value: string) => void;

/** Keeps a draft while editing; commits it when it differs (spaces at the ends aside). */
function useDraft(value: string, onCommit: Commit) {
  const [draft, setDraft] = useState<string | null>(null);
  return {
    shown: draft ?? value,
    change: (next: string) => setDraft(next),
    commit: () => {
      if (draft !== null && draft.trim() !== value.trim()) onCommit(draft);
      setDraft(null);
    },
    revert: () => setDraft(null),
    editing: draft !== null,
  };
}

interface DraftInputProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'value' | 'defaultValue' | 'onChange'
> {
  value: string;
  onCommit: Commit;
}

export function DraftInput({ value, onCommit, onBlur, onKeyDown, ...rest }: DraftInputProps) {
  const d = useDraft(value, onCommit);
  return (
    <input
      type="text"
      autoComplete="off"
      {...rest}
      value={d.shown}
      onChange={(e) => d.change(e.target.value)}
      onBlur={(e) => {
        d.commit();
        onBlur?.(e);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          d.commit();
        } else if (e.key === 'Escape' && d.editing) {
          e.preventDefault();
          d.revert();
        }
        onKeyDown?.(e);
      }}
    />
  );
}

interface DraftTextareaProps extends Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'value' | 'defaultValue' | 'onChange'
> {
  value: string;
  onCommit: Commit;
}

/** As DraftInput, but Enter makes a new line: only leaving the box writes. */
export function DraftTextarea({ value, onCommit, onBlur, onKeyDown, ...rest }: DraftTextareaProps) {
  const d = useDraft(value, onCommit);
  return (
    <textarea
      {...rest}
      value={d.shown}
      onChange={(e) => d.change(e.target.value)}
      onBlur={(e) => {
        d.commit();
        onBlur?.(e);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && d.editing) {
          e.preventDefault();
          d.revert();
        }
        onKeyDown?.(e);
      }}
    />
  );
}
