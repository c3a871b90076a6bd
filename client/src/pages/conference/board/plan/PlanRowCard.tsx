/**
 * One plan row as the chair edits it in place: the three longer columns and "how we'll know" are
 * shared text (typing merges with anyone else's), who and by when are saved when the chair leaves
 * the box or presses Enter. Which children, which worries it answers, and, for a row carried
 * forward from the last conference, how it went.
 */
import { planRowTextToEdit } from '../commands/plan.ts';
import { memo, useState } from 'react';
import type * as Y from 'yjs';
import {
  byWhenSchema,
  PROGRESS,
  type PlanRow,
  type PlanRowPatch,
  type PlanTextField,
  type Progress,
} from '@cb/shared/doc/plan';
import type { ChildRecord } from '@cb/shared/doc/schema';
import { ChildSelect } from '../ChildSelect.tsx';
import { CollabText } from './CollabText.tsx';
import { BY_WHEN_HINT, COLUMN_LABELS, PROGRESS_LABELS, whenWords } from './planWords.ts';

interface Props {
  doc: Y.Doc;
  row: PlanRow;
  index: number;
  count: number;
  childRecords: ChildRecord[];
  /** Worries about the future: the risks a row can answer. */
  risks: { id: string; text: string }[];
  peopleListId: string;
  onUpdate(rowId: string, patch: PlanRowPatch): void;
  onMove(rowId: string, direction: 'up' | 'down'): void;
  onRemove(row: PlanRow): void;
}

function SavedOnLeave({
  label,
  value,
  hint,
  list,
  validate,
  onSave,
}: {
  label: string;
  value: string;
  hint?: string;
  list?: string;
  validate?: (v: string) => string | null;
  onSave(v: string): void;
}) {
  const [local, setLocal] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const save = () => {
    if (local === null) return;
    const problem = validate?.(local) ?? null;
    setError(problem);
    if (problem) return;
    if (local.trim() !== value) onSave(local.trim());
    setLocal(null);
  };
  return (
    <label className="plan-row__field">
      <span>{label}</span>
      <input
        value={local ?? value}
        onChange={(e) => setLocal(e.target.value)}
        onBlur={save}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            save();
          }
        }}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        {...(hint ? { placeholder: hint } : {})}
        {...(list ? { list } : {})}
      />
      {error ? <span className="field__error">{error}</span> : null}
    </label>
  );
}

export const PlanRowCard = memo(function PlanRowCard({
  doc,
  row,
  index,
  count,
  childRecords: children,
  risks,
  peopleListId,
  onUpdate,
  onMove,
  onRemove,
}: Props) {
  const name = row.risk.trim() || `row ${index + 1}`;
  const text = (field: PlanTextField) => (
    <label className="plan-row__field">
      <span>{COLUMN_LABELS[field]}</span>
      <CollabText text={() => planRowTextToEdit(doc, row.id, field)} value={row[field]} maxLength={5000} />
    </label>
  );
  const when = row.byWhen && whenWords(row.byWhen) !== row.byWhen ? whenWords(row.byWhen) : null;
  return (
    <li className="plan-row" aria-label={`Plan row ${index + 1}: ${name}`}>
      <div className="plan-row__grid">
        {text('risk')}
        {text('outcome')}
        {text('task')}
        <SavedOnLeave
          label={COLUMN_LABELS.byWhom}
          value={row.byWhom}
          list={peopleListId}
          onSave={(byWhom) => onUpdate(row.id, { byWhom })}
        />
        <div>
          <SavedOnLeave
            label={COLUMN_LABELS.byWhen}
            value={row.byWhen}
            hint={BY_WHEN_HINT}
            validate={(v) => (byWhenSchema.safeParse(v).success ? null : 'That date does not exist.')}
            onSave={(byWhen) => onUpdate(row.id, { byWhen })}
          />
          {when ? <p className="plan-row__when">{when}</p> : null}
        </div>
        {text('howWeWillKnow')}
      </div>
      <div className="plan-row__meta">
        {children.length > 1 ? (
          <ChildSelect
            label="About"
            value={row.childIds.length === 1 ? (row.childIds[0] ?? 'all') : 'all'}
            childRecords={children}
            onChange={(about) => onUpdate(row.id, { childIds: about === 'all' ? [] : [about] })}
          />
        ) : null}
        {risks.length > 0 ? (
          <details className="plan-row__risks">
            <summary>
              Answers {row.addresses.length === 1 ? '1 worry' : `${row.addresses.length} worries`}
            </summary>
            <fieldset>
              <legend className="visually-hidden">Worries this row answers</legend>
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
          </details>
        ) : null}
        {row.carriedFrom ? (
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
        ) : null}
        <span className="plan-row__buttons">
          <button type="button" className="chip" disabled={index === 0} onClick={() => onMove(row.id, 'up')}>
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
    </li>
  );
});
