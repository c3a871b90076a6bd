/**
 * Text boxes that keep what the chair types to themselves and write it to the document once, on
 * leaving the box or pressing Enter: a plain string field in Yjs would otherwise make one update
 * (and one undo step) per character. Escape puts back what was there. While the box is not being
 * edited it shows the document's value, so another peer's change appears at once.
 */
import {
  useState,
  type ChangeEvent,
  type FocusEvent,
  type InputHTMLAttributes,
  type KeyboardEvent,
  type TextareaHTMLAttributes,
} from 'react';

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

type Draft = ReturnType<typeof useDraft>;

interface Handlers<E> {
  onBlur?: ((e: FocusEvent<E>) => void) | undefined;
  onKeyDown?: ((e: KeyboardEvent<E>) => void) | undefined;
}

/**
 * The box's value and events: leaving it commits, Escape puts back what was there, and Enter
 * commits too when `enterCommits` (a one-line box). The caller's own handlers still run.
 */
function draftProps<E extends HTMLInputElement | HTMLTextAreaElement>(
  d: Draft,
  { onBlur, onKeyDown }: Handlers<E>,
  enterCommits: boolean,
) {
  return {
    value: d.shown,
    onChange: (e: ChangeEvent<E>) => d.change(e.target.value),
    onBlur: (e: FocusEvent<E>) => {
      d.commit();
      onBlur?.(e);
    },
    onKeyDown: (e: KeyboardEvent<E>) => {
      if (enterCommits && e.key === 'Enter') {
        e.preventDefault();
        d.commit();
      } else if (e.key === 'Escape' && d.editing) {
        e.preventDefault();
        d.revert();
      }
      onKeyDown?.(e);
    },
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
  return <input type="text" autoComplete="off" {...rest} {...draftProps(d, { onBlur, onKeyDown }, true)} />;
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
  return <textarea {...rest} {...draftProps(d, { onBlur, onKeyDown }, false)} />;
}
