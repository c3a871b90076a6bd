/**
 * A text box bound to a Y.Text: what the chair types goes into the shared text as small edits (so
 * two people typing in one field merge), and edits arriving from elsewhere show at once without
 * moving the cursor of someone typing.
 */
import { useEffect, useRef, useState, type Ref, type TextareaHTMLAttributes } from 'react';
import type * as Y from 'yjs';
import { editSharedText } from '../commands/plan.ts';

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange'> & {
  /** Called when the chair starts typing and the text does not exist yet (made on first use). */
  text: () => Y.Text | null;
  /** The current words, as last read from the document. */
  value: string;
  ref?: Ref<HTMLTextAreaElement>;
};

/** Where a cursor at `at` ends up after a change described by a Yjs delta. */
function mapCursor(at: number, delta: { insert?: unknown; delete?: number; retain?: number }[]): number {
  let index = 0;
  let cursor = at;
  for (const op of delta) {
    if (op.retain !== undefined) index += op.retain;
    else if (typeof op.insert === 'string') {
      if (index < cursor) cursor += op.insert.length;
      index += op.insert.length;
    } else if (op.delete !== undefined) {
      if (index < cursor) cursor -= Math.min(op.delete, cursor - index);
    }
  }
  return cursor;
}

export function CollabText({ text, value, ref: outerRef, ...rest }: Props) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const [local, setLocal] = useState(value);
  const [typing, setTyping] = useState(false);
  const bound = useRef<Y.Text | null>(null);

  // Remote edits: keep the cursor where the person left it, shifted by what was inserted before it.
  useEffect(() => {
    const yText = text();
    if (!yText) return;
    bound.current = yText;
    const onChange = (event: Y.YTextEvent) => {
      if (event.transaction.local) return;
      const el = ref.current;
      const next = yText.toString();
      if (el && document.activeElement === el) {
        const start = mapCursor(el.selectionStart, event.delta);
        const end = mapCursor(el.selectionEnd, event.delta);
        setLocal(next);
        requestAnimationFrame(() => el.setSelectionRange(start, end));
      } else setLocal(next);
    };
    yText.observe(onChange);
    return () => yText.unobserve(onChange);
    // The Y.Text of a field is stable for the life of the row.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // A value read from the document that differs while not typing (e.g. after undo) wins.
  if (value !== local && !typing) setLocal(value);

  return (
    <textarea
      {...rest}
      ref={(el) => {
        ref.current = el;
        if (typeof outerRef === 'function') outerRef(el);
        else if (outerRef) outerRef.current = el;
      }}
      value={local}
      rows={rest.rows ?? 2}
      onFocus={(e) => {
        setTyping(true);
        rest.onFocus?.(e);
      }}
      onBlur={(e) => {
        setTyping(false);
        rest.onBlur?.(e);
      }}
      onChange={(e) => {
        setLocal(e.target.value);
        const yText = bound.current ?? text();
        bound.current = yText;
        if (yText) editSharedText(yText, e.target.value);
      }}
    />
  );
}
