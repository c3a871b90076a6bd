/**
 * Danger statements and safety goals (Signs of Safety), when the chair turns them on for the
 * conference: each statement in plain words, the safety goal that answers it, where things are
 * now on a 0–10 scale, and the worries it sums up (chosen with tick boxes: no dragging). The chair
 * writes them; everyone else, the family included, reads them. Public document.
 */
import { memo, useState, type FormEvent } from 'react';
import type * as Y from 'yjs';
import type { BoardItem } from '@cb/shared/doc/board';
import {
  addDangerStatement,
  readDangerStatements,
  removeDangerStatement,
  updateDangerStatement,
  type DangerStatement,
} from '@cb/shared/doc/dangerStatements';
import { docParts, type ChildRecord } from '@cb/shared/doc/schema';
import { ChildSelect } from './ChildSelect.tsx';
import '../../../styles/meeting.css';
import { useDocSnapshot } from '../../../docs/useDocSnapshot.ts';
import { DraftTextarea } from './attendance/DraftFields.tsx';

interface Props {
  publicDoc: Y.Doc;
  worries: BoardItem[];
  childRecords: readonly Pick<ChildRecord, 'id' | 'name'>[];
  editable: boolean;
  onMessage(message: string): void;
}

const SCALE = Array.from({ length: 11 }, (_, n) => n);

function Statement(props: {
  s: DangerStatement;
  n: number;
  worries: BoardItem[];
  childRecords: readonly Pick<ChildRecord, 'id' | 'name'>[];
  editable: boolean;
  onChange(patch: Partial<Omit<DangerStatement, 'id'>>): void;
  onRemove(): void;
}) {
  const { s, n, worries, childRecords, editable, onChange, onRemove } = props;
  const label = `danger statement ${n}`;
  const linked = worries.filter((w) => s.worryIds.includes(w.id));
  const about = childRecords.filter((c) => s.childIds.includes(c.id)).map((c) => c.name);
  if (!editable) {
    return (
      <li className="danger">
        <p className="danger__text">{s.text}</p>
        {about.length > 0 ? <p className="muted">About {about.join(' and ')}</p> : null}
        <p>
          <strong>Safety goal:</strong> {s.safetyGoal || 'Not written yet.'}
        </p>
        {s.scale === null ? null : <p>Where things are now: {s.scale} out of 10.</p>}
        {linked.length > 0 ? (
          <p className="muted">It sums up: {linked.map((w) => w.text).join(' / ')}</p>
        ) : null}
      </li>
    );
  }
  return (
    <li className="danger danger--editing">
      <label className="attendee__field">
        <span className="attendee__label">Danger statement {n}</span>
        <DraftTextarea
          aria-label={`Text of ${label}`}
          rows={2}
          value={s.text}
          maxLength={1000}
          onCommit={(text) => onChange({ text })}
        />
      </label>
      <label className="attendee__field">
        <span className="attendee__label">Safety goal</span>
        <DraftTextarea
          aria-label={`Safety goal for ${label}`}
          rows={2}
          value={s.safetyGoal}
          maxLength={1000}
          onCommit={(safetyGoal) => onChange({ safetyGoal })}
        />
      </label>
      <label className="attendee__field danger__scale">
        <span className="attendee__label">Where things are now (0–10)</span>
        <select
          aria-label={`Scale for ${label}`}
          value={s.scale === null ? '' : String(s.scale)}
          onChange={(e) => onChange({ scale: e.target.value === '' ? null : Number(e.target.value) })}
        >
          <option value="">Not yet</option>
          {SCALE.map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </select>
      </label>
      {childRecords.length > 1 ? (
        <ChildSelect
          className="attendee__field"
          label={`Who ${label} is about`}
          value={s.childIds[0] ?? 'all'}
          childRecords={childRecords}
          onChange={(id) => onChange({ childIds: id === 'all' ? [] : [id] })}
        />
      ) : null}
      {worries.length > 0 ? (
        <fieldset className="danger__worries">
          <legend>The worries it sums up</legend>
          {worries.map((w) => (
            <label key={w.id} className="attendee__flag">
              <input
                type="checkbox"
                checked={s.worryIds.includes(w.id)}
                onChange={(e) =>
                  onChange({
                    worryIds: e.target.checked
                      ? [...s.worryIds, w.id]
                      : s.worryIds.filter((id) => id !== w.id),
                  })
                }
              />
              {w.text}
            </label>
          ))}
        </fieldset>
      ) : null}
      <button
        type="button"
        className="button button--small button--quiet"
        aria-label={`Remove ${label}`}
        onClick={onRemove}
      >
        Remove
      </button>
    </li>
  );
}

/** Memoised: its props stand while the board redraws for a change elsewhere. */
export const DangerStatements = memo(function DangerStatements({
  publicDoc,
  worries,
  childRecords,
  editable,
  onMessage,
}: Props) {
  const list = useDocSnapshot(
    [publicDoc],
    () => readDangerStatements(publicDoc),
    () => [docParts(publicDoc).meta],
  );
  const [text, setText] = useState('');
  const [goal, setGoal] = useState('');
  const change = (run: () => void) => {
    try {
      run();
    } catch {
      onMessage('That could not be saved: a danger statement needs its words, and the scale is 0 to 10.');
    }
  };
  const add = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return onMessage('Write the danger statement first.');
    change(() => {
      addDangerStatement(publicDoc, {
        id: crypto.randomUUID(),
        text,
        safetyGoal: goal,
        scale: null,
        worryIds: [],
        childIds: [],
      });
      setText('');
      setGoal('');
    });
  };
  return (
    <section aria-label="Danger statements and safety goals" className="section section--danger">
      <h2 className="section__heading">Danger statements and safety goals</h2>
      {list.length === 0 ? <p className="section__empty">No danger statements yet.</p> : null}
      <ol className="plain-list dangers">
        {list.map((s, i) => (
          <Statement
            key={s.id}
            s={s}
            n={i + 1}
            worries={worries}
            childRecords={childRecords}
            editable={editable}
            onChange={(patch) => change(() => updateDangerStatement(publicDoc, s.id, patch))}
            onRemove={() => removeDangerStatement(publicDoc, s.id)}
          />
        ))}
      </ol>
      {editable ? (
        <form className="danger__add" aria-label="Add a danger statement" onSubmit={add}>
          <label className="attendee__field">
            <span className="attendee__label">Add danger statement</span>
            <input
              type="text"
              maxLength={1000}
              value={text}
              placeholder="We are worried that … because …"
              onChange={(e) => setText(e.target.value)}
            />
          </label>
          <label className="attendee__field">
            <span className="attendee__label">Its safety goal</span>
            <input type="text" maxLength={1000} value={goal} onChange={(e) => setGoal(e.target.value)} />
          </label>
          <button type="submit" className="button button--secondary button--small">
            Add
          </button>
        </form>
      ) : null}
    </section>
  );
});
