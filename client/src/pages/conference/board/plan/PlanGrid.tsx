/**
 * The plan as the chair edits it: a table of rows × the plan's columns, edited in place. Tab moves
 * across the cells, Enter goes to the new-row line under the table (Shift+Enter starts a new line
 * in a long cell), Alt+↑ and Alt+↓ move the row the cursor is in, keeping the cursor in its cell.
 */
import { useLayoutEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import type * as Y from 'yjs';
import type { PlanRow, PlanRowPatch } from '@cb/shared/doc/plan';
import type { ChildRecord } from '@cb/shared/doc/schema';
import { PlanGridRow, rowName } from './PlanGridRow.tsx';
import type { CoreGroupMeeting } from './RowProgress.tsx';
import { COLUMN_LABELS, PLAN_COLUMNS } from './planWords.ts';

interface Props {
  doc: Y.Doc;
  rows: PlanRow[];
  childRecords: ChildRecord[];
  risks: { id: string; text: string }[];
  peopleListId: string;
  /** At a core group: where each row's progress is recorded. */
  meeting: CoreGroupMeeting | null;
  /** The first box of the new-row line, where Enter takes the chair. */
  newRowRef: RefObject<HTMLElement | null>;
  onUpdate(rowId: string, patch: PlanRowPatch): void;
  onMove(rowId: string, direction: 'up' | 'down'): void;
  onRemove(row: PlanRow): void;
  onMessage(message: string): void;
}

const HINT_ID = 'plan-grid-keys';

/** The cell a key was pressed in: its row and column, or null outside the editable cells. */
function cellOf(target: EventTarget): { rowId: string; col: string } | null {
  if (!(target instanceof HTMLElement)) return null;
  const col = target.dataset.col;
  const rowId = target.closest<HTMLElement>('tr[data-row-id]')?.dataset.rowId;
  return col && rowId ? { rowId, col } : null;
}

export function PlanGrid({ rows, newRowRef, onMove, onMessage, ...rowProps }: Props) {
  const refocus = useRef<{ rowId: string; col: string } | null>(null);
  const body = useRef<HTMLTableSectionElement>(null);

  // After a row moves, the cursor goes back to the cell it was in (React may have moved its node).
  useLayoutEffect(() => {
    const at = refocus.current;
    if (!at) return;
    refocus.current = null;
    const selector = `tr[data-row-id="${CSS.escape(at.rowId)}"] [data-col="${CSS.escape(at.col)}"]`;
    const el = body.current?.querySelector<HTMLElement>(selector);
    if (el && document.activeElement !== el) el.focus();
  }, [rows]);

  const onKeyDown = (e: KeyboardEvent<HTMLTableSectionElement>) => {
    const cell = cellOf(e.target);
    if (!cell) return;
    if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      e.preventDefault();
      const from = rows.findIndex((r) => r.id === cell.rowId);
      const to = e.key === 'ArrowUp' ? from - 1 : from + 1;
      const row = rows[from];
      if (!row || to < 0 || to >= rows.length) return;
      refocus.current = cell;
      onMove(cell.rowId, e.key === 'ArrowUp' ? 'up' : 'down');
      onMessage(`Moved “${rowName(row, from)}” to row ${to + 1} of ${rows.length}.`);
    } else if (e.key === 'Enter' && !e.shiftKey && !e.altKey && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      // Leaving the cell saves who and by when (on blur); the new-row line takes the cursor.
      newRowRef.current?.focus();
    }
  };

  return (
    <div className="plan-grid__scroll">
      <p className="plan-grid__hint" id={HINT_ID}>
        Tab moves across · Enter goes to a new row · Shift+Enter starts a new line · Alt+↑ or Alt+↓ moves a
        row
      </p>
      <table className="plan-grid" aria-describedby={HINT_ID}>
        <colgroup>
          <col className="plan-grid__col--number" />
          {PLAN_COLUMNS.map((c) => (
            <col key={c} className={`plan-grid__col--${c}`} />
          ))}
          <col className="plan-grid__col--more" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">Row</span>
            </th>
            {PLAN_COLUMNS.map((c) => (
              <th key={c} scope="col">
                {COLUMN_LABELS[c]}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">More about the row</span>
            </th>
          </tr>
        </thead>
        <tbody ref={body} onKeyDown={onKeyDown}>
          {rows.map((row, index) => (
            <PlanGridRow
              key={row.id}
              row={row}
              index={index}
              count={rows.length}
              onMove={onMove}
              {...rowProps}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
