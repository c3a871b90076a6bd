/**
 * One row of the chair's plan table, edited in place: the three longer columns and "how we'll know"
 * are shared text (typing merges with anyone else's), who and by when are saved when the chair
 * leaves the box or presses Enter. The last cell holds what a row needs less often: which child,
 * which worries it answers, how a carried-forward row went, and moving or removing it.
 */
import { memo } from 'react';
import type * as Y from 'yjs';
import { londonDate } from '@cb/shared/londonDate';
import { byWhenDate } from '@cb/shared/planChecks';
import { dateWords } from '@cb/shared/words/dates';
import { byWhenTyped, readByWhen } from '@cb/shared/words/byWhen';
import {
  PROGRESS,
  type PlanRow,
  type PlanRowPatch,
  type PlanTextField,
  type Progress,
} from '@cb/shared/doc/plan';
import type { ChildRecord } from '@cb/shared/doc/schema';
import { ChildSelect } from '../ChildSelect.tsx';
import { planRowTextToEdit } from '../commands/plan.ts';
import { CollabText } from './CollabText.tsx';
import { SavedOnLeave } from './SavedOnLeave.tsx';
import { ProgressHistory, RowProgress, type CoreGroupMeeting } from './RowProgress.tsx';
import { BY_WHEN_HINT, COLUMN_LABELS, PROGRESS_LABELS } from './planWords.ts';

export interface PlanGridRowProps {
  doc: Y.Doc;
  row: PlanRow;
  index: number;
  count: number;
  childRecords: ChildRecord[];
  /** Worries about the future: the risks a row can answer. */
  risks: { id: string; text: string }[];
  peopleListId: string;
  meeting: CoreGroupMeeting | null;
  onUpdate(rowId: string, patch: PlanRowPatch): void;
  onMove(rowId: string, direction: 'up' | 'down'): void;
  onRemove(row: PlanRow): void;
}

/** The accessible name of a row, also used by the table to say where a moved row went. */
export function rowName(row: PlanRow, index: number): string {
  return row.risk.trim() || `row ${index + 1}`;
}

/** At a review: how a row carried forward from the last conference went. */
function ReviewProgress({ row, onUpdate }: Pick<PlanGridRowProps, 'row' | 'onUpdate'>) {
  return (
    <>
      <ProgressHistory notes={row.progressNotes} />
      <label>
        Since the last conference{' '}
        <select
          value={row.progress ?? ''}
          onChange={(e) => onUpdate(row.id, { progress: (e.target.value || null) as Progress | null })}
        >
          <option value="">Not looked at yet</option>
          {PROGRESS.map((p) => (
            <option key={p} value={p}>
              {PROGRESS_LABELS[p]}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}

export const PlanGridRow = memo(function PlanGridRow({
  doc,
  row,
  index,
  count,
  childRecords: children,
  risks,
  peopleListId,
  meeting,
  onUpdate,
  onMove,
  onRemove,
}: PlanGridRowProps) {
  const name = rowName(row, index);
  const text = (field: PlanTextField) => (
    <td className={`plan-grid__cell plan-grid__cell--${field}`}>
      <CollabText
        className="plan-grid__text"
        aria-label={COLUMN_LABELS[field]}
        data-col={field}
        text={() => planRowTextToEdit(doc, row.id, field)}
        value={row[field]}
        maxLength={5000}
      />
    </td>
  );
  // Shown both ways: what the chair typed in the box, the date it became under it.
  const when = byWhenDate(row.byWhen) ? dateWords(row.byWhen) : null;
  const about = row.childIds.length === 1 ? (row.childIds[0] ?? 'all') : 'all';
  const aboutName = children.find((c) => c.id === about)?.name;
  return (
    <tr className="plan-grid__row" data-row-id={row.id} aria-label={`Plan row ${index + 1}: ${name}`}>
      <th scope="row" className="plan-grid__number">
        {index + 1}
        {aboutName ? <span className="plan-grid__about">{aboutName}</span> : null}
      </th>
      {text('risk')}
      {text('outcome')}
      {text('task')}
      <td className="plan-grid__cell">
        <SavedOnLeave
          label={COLUMN_LABELS.byWhom}
          col="byWhom"
          value={row.byWhom}
          list={peopleListId}
          onSave={(byWhom) => onUpdate(row.id, { byWhom })}
        />
      </td>
      <td className="plan-grid__cell">
        <SavedOnLeave
          label={COLUMN_LABELS.byWhen}
          col="byWhen"
          value={byWhenTyped(row)}
          hint={BY_WHEN_HINT}
          validate={(v) => {
            if (!v.trim()) return null;
            const read = readByWhen(v, londonDate(new Date()));
            return read.ok ? null : read.message;
          }}
          onSave={(typed) => {
            const read = typed ? readByWhen(typed, londonDate(new Date())) : null;
            if (!read) onUpdate(row.id, { byWhen: '', byWhenWords: '' });
            else if (read.ok) onUpdate(row.id, { byWhen: read.date, byWhenWords: read.words });
          }}
        />
        {when ? <p className="plan-grid__when">{when}</p> : null}
      </td>
      {text('howWeWillKnow')}
      <td className="plan-grid__cell plan-grid__cell--more">
        <details className="plan-grid__more">
          <summary>
            More<span className="visually-hidden">: {name}</span>
          </summary>
          <div className="plan-grid__panel">
            {children.length > 1 ? (
              <ChildSelect
                label="About"
                value={about}
                childRecords={children}
                onChange={(a) => onUpdate(row.id, { childIds: a === 'all' ? [] : [a] })}
              />
            ) : null}
            {risks.length > 0 ? (
              <fieldset className="plan-grid__risks">
                <legend>
                  Answers {row.addresses.length === 1 ? '1 worry' : `${row.addresses.length} worries`}
                </legend>
                {risks.map((r) => (
                  <label key={r.id}>
                    <input
                      type="checkbox"
                      checked={row.addresses.includes(r.id)}
                      onChange={(e) =>
                        onUpdate(row.id, {
                          addresses: e.target.checked
                            ? [...row.addresses, r.id]
                            : row.addresses.filter((a) => a !== r.id),
                        })
                      }
                    />
                    {r.text}
                  </label>
                ))}
              </fieldset>
            ) : null}
            {meeting ? (
              <RowProgress
                row={row}
                name={name}
                meeting={meeting}
                peopleListId={peopleListId}
                onUpdate={onUpdate}
              />
            ) : row.carriedFrom ? (
              <ReviewProgress row={row} onUpdate={onUpdate} />
            ) : null}
            <span className="plan-grid__buttons">
              <button
                type="button"
                className="chip"
                disabled={index === 0}
                onClick={() => onMove(row.id, 'up')}
              >
                Move up<span className="visually-hidden">: {name}</span>
              </button>
              <button
                type="button"
                className="chip"
                disabled={index === count - 1}
                onClick={() => onMove(row.id, 'down')}
              >
                Move down<span className="visually-hidden">: {name}</span>
              </button>
              <button type="button" className="chip chip--danger" onClick={() => onRemove(row)}>
                Remove<span className="visually-hidden">: {name}</span>
              </button>
            </span>
          </div>
        </details>
      </td>
    </tr>
  );
});
