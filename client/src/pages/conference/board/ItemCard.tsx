/**
 * One item on the board. Everyone sees its words, who said it, its tag and which children it is
 * about; professionals-only items carry a lock marker. The chair can edit it in place, open its
 * actions, drag it, or use keys: Enter edits, Delete deletes, Alt+↑/↓ moves it.
 */
import { memo, useContext, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { TextEdit } from '@cb/shared/doc/textEdit';
import type { BoardItem } from '@cb/shared/doc/board';
import type { ChildRecord } from '@cb/shared/doc/schema';
import type { BoardActions } from './commands/items.ts';
import { ItemActions } from './ItemActions.tsx';
import { SOURCE_LABELS, TAG_LABELS } from './sections.ts';
import { EditingContext } from './useEditing.ts';
import { joinNames } from '../../../format.ts';

interface Props {
  item: BoardItem;
  childRecords: ChildRecord[];
  actions: BoardActions | null;
  fresh: boolean;
  onDeleted?: (text: string) => void;
}

function LockIcon() {
  return (
    <svg className="lock-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M4.5 7V5a3.5 3.5 0 0 1 7 0v2h.5a1 1 0 0 1 1 1v6a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V8a1 1 0 0 1 1-1h.5Zm1.5 0h4V5a2 2 0 1 0-4 0v2Z" />
    </svg>
  );
}

export function itemMeta(item: BoardItem, children: ChildRecord[]): string[] {
  const parts: string[] = [];
  if (item.saidBy) parts.push(`Said by ${item.saidBy}`);
  if (item.tag) parts.push(TAG_LABELS[item.tag]);
  if (item.source) parts.push(SOURCE_LABELS[item.source]);
  if (children.length > 1 && item.childIds.length > 0) {
    const names = children.filter((c) => item.childIds.includes(c.id)).map((c) => c.name.split(' ')[0]);
    if (names.length) parts.push(`About ${names.join(' and ')}`);
  }
  return parts;
}

/** Words longer than this are shown clamped on followers' screens, with "Read more". */
const LONG_ITEM = 320;

/** A long item's words: a few lines, then "Read more" opens the rest (and "Show less" closes it). */
function LongText({ text }: { text: string }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <>
      <p id={id} className={`item__text${open ? '' : ' item__text--clamped'}`}>
        {text}
      </p>
      <button
        type="button"
        className="item__more"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {open ? 'Show less' : 'Read more'}
      </button>
    </>
  );
}

/** A card for everyone who only reads the board: no state (but a long item's), cheap to draw by hundreds. */
export const ReadOnlyItem = memo(function ReadOnlyItem({
  item,
  childRecords,
  fresh,
}: {
  item: BoardItem;
  childRecords: ChildRecord[];
  fresh: boolean;
}) {
  const meta = itemMeta(item, childRecords);
  const className = ['item', item.professionalsOnly ? 'item--restricted' : '', fresh ? 'item--fresh' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <li className={className} data-item-id={item.id}>
      {item.professionalsOnly ? (
        <span className="item__lock">
          <LockIcon /> Professionals only
        </span>
      ) : null}
      {item.text.length > LONG_ITEM ? (
        <LongText text={item.text} />
      ) : (
        <p className="item__text">{item.text}</p>
      )}
      {meta.length > 0 ? <p className="item__meta">{meta.join(' · ')}</p> : null}
    </li>
  );
});

/** Memoised: the board re-renders for presence, connection and control changes; cards need not. */
export const ItemCard = memo(function ItemCard({ item, childRecords, actions, fresh, onDeleted }: Props) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(item.text);
  const editor = useRef<HTMLTextAreaElement>(null);
  const self = useRef<HTMLLIElement>(null);
  /** Set once an edit is finished, so the blur that leaving the box causes does not finish it again. */
  const finished = useRef(false);
  /** The draft's starting point, so that saving merges with others' edits (textEdit.ts). */
  const session = useRef<TextEdit | null>(null);
  const presence = useContext(EditingContext);
  const others = presence?.others(item.id) ?? [];

  const startEdit = () => {
    if (!actions) return;
    session.current?.cancel();
    session.current = actions.beginEdit(item.id);
    setDraft(session.current?.base ?? item.text);
    setEditing(true);
    presence?.set(item.id);
  };
  // A card that goes away mid-edit (deleted elsewhere, or the board closed) drops its draft.
  useEffect(() => () => session.current?.cancel(), []);

  useEffect(() => {
    const box = editor.current;
    if (!editing || !box) return;
    finished.current = false;
    box.focus();
    // The caret at the end of the words, where the chair goes on writing.
    box.setSelectionRange(box.value.length, box.value.length);
    box.scrollTop = box.scrollHeight;
  }, [editing]);

  const meta = itemMeta(item, childRecords);
  /** Saves the words (Enter, or leaving the box) or leaves them as they were (Escape). */
  const finishEdit = (save: boolean) => {
    if (finished.current) return;
    finished.current = true;
    const edit = session.current;
    session.current = null;
    const next = draft.trim();
    if (save && edit && next && next !== edit.base) edit.save(next);
    else edit?.cancel();
    presence?.set(null);
    setEditing(false);
    self.current?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLLIElement>) => {
    if (!actions || e.target !== e.currentTarget) return;
    if (e.key === 'Enter') {
      e.preventDefault();
      startEdit();
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      const next = (self.current?.nextElementSibling ??
        self.current?.previousElementSibling) as HTMLElement | null;
      actions.remove(item.id);
      onDeleted?.(item.text);
      next?.focus();
    } else if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      e.preventDefault();
      actions.shift(item.id, e.key === 'ArrowUp' ? -1 : 1);
      requestAnimationFrame(() => self.current?.focus());
    }
  };

  const className = ['item', item.professionalsOnly ? 'item--restricted' : '', fresh ? 'item--fresh' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <li
      ref={self}
      className={className}
      data-item-id={item.id}
      tabIndex={actions ? 0 : undefined}
      draggable={actions !== null && !editing}
      onDragStart={(e) => {
        e.dataTransfer.setData('application/x-board-item', item.id);
        e.dataTransfer.effectAllowed = 'move';
      }}
      onKeyDown={onKeyDown}
      aria-label={
        actions ? `${item.text}${item.professionalsOnly ? ' (professionals only)' : ''}` : undefined
      }
    >
      {item.professionalsOnly && (
        <span className="item__lock">
          <LockIcon /> Professionals only
        </span>
      )}
      {editing ? (
        // A form of its own: Chromium's autofill looks over every field of the focused field's
        // form at each keystroke, and a field in no form shares one with every other such
        // control on the page (over a thousand on a long board).
        <form
          className="item__edit"
          onSubmit={(e) => {
            e.preventDefault();
            finishEdit(true);
          }}
        >
          <textarea
            ref={editor}
            className="item__editor"
            aria-label="Edit the words"
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            onBlur={() => finishEdit(true)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.shiftKey) {
                e.preventDefault();
                finishEdit(true);
              } else if (e.key === 'Escape') {
                e.preventDefault();
                finishEdit(false);
              }
            }}
          />
        </form>
      ) : (
        <p className="item__text">{item.text}</p>
      )}
      {meta.length > 0 && <p className="item__meta">{meta.join(' · ')}</p>}
      {others.length > 0 ? (
        <p className="item__editing" role="status">
          {joinNames(others)} {others.length === 1 ? 'is' : 'are'} editing this
          {editing ? ' too. Your words and theirs will both be kept.' : '.'}
        </p>
      ) : null}
      {actions && (
        <ItemActions
          item={item}
          childRecords={childRecords}
          actions={actions}
          onEdit={() => {
            startEdit();
          }}
          onDeleted={onDeleted}
        />
      )}
    </li>
  );
});
