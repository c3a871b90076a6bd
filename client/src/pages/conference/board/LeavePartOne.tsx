/**
 * Moving on from the professionals' meeting: the family's and the room's screens are about to show
 * the board, so the chair is asked, item by item, whether anything captured as professionals-only
 * should be shown. Nothing is ticked to begin with; "Move on" shows only what was ticked (each one
 * a reveal the server audits), and Escape or "Stay in the professionals’ meeting" changes nothing.
 */
import { useState } from 'react';
import type { BoardItem } from '@cb/shared/doc/board';
import type { Stage } from '@cb/shared/doc/schema';
import { STAGE_LABELS } from '@cb/shared/doc/schema';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { CAPTURE_SECTIONS } from './sections.ts';
import type { BoardContext } from './useBoard.ts';

export interface Leaving {
  to: Stage;
  items: { item: BoardItem; region: string }[];
}

/** The professionals-only items on the board now, by section, or null when there are none. */
export function leavingPartOne(board: BoardContext, to: Stage): Leaving | null {
  if (board.stage !== 'part-one' || to === 'part-one' || !board.view) return null;
  const view = board.view;
  const items = CAPTURE_SECTIONS.flatMap((s) =>
    view.sections[s.key].filter((i) => i.professionalsOnly).map((item) => ({ item, region: s.region })),
  );
  return items.length > 0 ? { to, items } : null;
}

interface Props {
  leaving: Leaving;
  onMove: (show: string[]) => void;
  onStay: () => void;
}

export function LeavePartOne({ leaving, onMove, onStay }: Props) {
  const [show, setShow] = useState<Set<string>>(new Set());
  const toggle = (id: string, on: boolean) =>
    setShow((now) => {
      const next = new Set(now);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  return (
    <ConfirmDialog
      title="Before the family sees the board"
      confirmLabel={`Move on to ${STAGE_LABELS[leaving.to]}`}
      cancelLabel="Stay in the professionals’ meeting"
      onCancel={onStay}
      onConfirm={() => onMove([...show])}
    >
      <p>
        The family’s and the room’s screens will show the board. These items are for professionals only. Tick
        any to show to the family; the rest stay hidden.
      </p>
      <ul className="leave-part-one">
        {leaving.items.map(({ item, region }) => (
          <li key={item.id}>
            <label>
              <input
                type="checkbox"
                checked={show.has(item.id)}
                onChange={(e) => toggle(item.id, e.target.checked)}
              />
              <span>
                <span className="visually-hidden">Show to the family: </span>“
                {item.text.length > 120 ? `${item.text.slice(0, 120)}…` : item.text}”{' '}
                <span className="muted">({region})</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </ConfirmDialog>
  );
}
