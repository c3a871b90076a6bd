/**
 * An item's "Professionals only" chip. Ticking it hides the item from the family at once (it only
 * ever hides). Unticking it would show the item on the family's and the room's screens, so it asks
 * first, saying what will appear where; after "Show to the family", a notice offers to hide it
 * again for a few seconds. The server audits each reveal (docAudit.ts: who, when, the item's id).
 */
import { useEffect, useState } from 'react';
import type { BoardItem } from '@cb/shared/doc/board';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import type { BoardActions } from './commands/items.ts';

/** How long "Hide it again" stays offered after a reveal. */
const UNDO_MS = 10_000;

const short = (text: string) => (text.length > 80 ? `${text.slice(0, 80)}…` : text);

export function ProfessionalsOnlyChip({ item, actions }: { item: BoardItem; actions: BoardActions }) {
  const [asking, setAsking] = useState(false);
  const [revealed, setRevealed] = useState(false);
  const offerHide = revealed && !item.professionalsOnly;

  useEffect(() => {
    if (!revealed) return;
    const timer = setTimeout(() => setRevealed(false), UNDO_MS);
    return () => clearTimeout(timer);
  }, [revealed]);

  return (
    <>
      <label className="chip chip--check">
        <input
          type="checkbox"
          checked={item.professionalsOnly}
          onChange={(e) => {
            if (!e.target.checked) return setAsking(true);
            setRevealed(false);
            actions.setProfessionalsOnly(item.id, true);
          }}
        />
        Professionals only
      </label>
      {asking ? (
        <ConfirmDialog
          title="Show this to the family?"
          confirmLabel="Show to the family"
          cancelLabel="Keep it for professionals"
          onCancel={() => setAsking(false)}
          onConfirm={() => {
            setAsking(false);
            actions.setProfessionalsOnly(item.id, false);
            setRevealed(true);
          }}
        >
          <p>
            “{short(item.text)}” will appear on the family’s screen and on the room’s screen, and everyone at
            the conference will be able to read it.
          </p>
          <p>
            Check that it holds nothing the family should not read, such as what someone told us in
            confidence.
          </p>
        </ConfirmDialog>
      ) : null}
      {offerHide ? (
        <span className="reveal-notice" role="status">
          Now shown to the family.{' '}
          <button
            type="button"
            className="chip"
            onClick={() => {
              setRevealed(false);
              actions.setProfessionalsOnly(item.id, true);
            }}
          >
            Hide it again
          </button>
        </span>
      ) : null}
    </>
  );
}
