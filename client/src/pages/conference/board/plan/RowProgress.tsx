/**
 * A plan row at a core group: how it has gone at earlier meetings (oldest first), and this
 * meeting's note — how it is going, in a word and a sentence, and who said so — saved as each box
 * is left. A row that is done can be closed: it stays in this meeting's minutes, and the next
 * meeting starts without it. All by keyboard: a choice, two boxes and a tick box.
 */
import { useState } from 'react';
import {
  CORE_PROGRESS,
  CORE_PROGRESS_WORDS,
  noteAt,
  notesWith,
  type CoreProgress,
  type ProgressNote,
} from '@cb/shared/doc/coreProgress';
import type { PlanRow, PlanRowPatch } from '@cb/shared/doc/plan';
import { dateWords } from '@cb/shared/words/dates';

export interface CoreGroupMeeting {
  id: string;
  /** YYYY-MM-DD. */
  heldOn: string;
}

interface Props {
  row: PlanRow;
  name: string;
  meeting: CoreGroupMeeting;
  peopleListId: string;
  onUpdate(rowId: string, patch: PlanRowPatch): void;
}

/** How a row went at earlier core groups, oldest first: the evidence a review looks at. */
export function ProgressHistory({ notes }: { notes: ProgressNote[] }) {
  if (notes.length === 0) return null;
  return (
    <ul className="row-progress__earlier" aria-label="At earlier core groups">
      {notes.map((n) => (
        <li key={n.meetingId}>
          {dateWords(n.heldOn)}: <strong>{CORE_PROGRESS_WORDS[n.status]}</strong>
          {n.note ? `. ${n.note}` : ''}
          {n.saidBy ? ` (${n.saidBy})` : ''}
        </li>
      ))}
    </ul>
  );
}

export function RowProgress({ row, name, meeting, peopleListId, onUpdate }: Props) {
  const now = noteAt(row, meeting.id);
  const earlier = row.progressNotes.filter((n) => n.meetingId !== meeting.id);
  const [note, setNote] = useState<string | null>(null);
  const [saidBy, setSaidBy] = useState<string | null>(null);
  const [error, setError] = useState('');
  /** Saves this meeting's note with `patch`; false when refused (what was typed stays in its box). */
  const save = (patch: { status?: CoreProgress; note?: string; saidBy?: string }): boolean => {
    const status = patch.status ?? now?.status;
    if (!status) {
      setError('Choose how it is going first.');
      return false;
    }
    try {
      const next = {
        meetingId: meeting.id,
        heldOn: meeting.heldOn,
        status,
        note: patch.note ?? now?.note ?? '',
        saidBy: patch.saidBy ?? now?.saidBy ?? '',
      };
      onUpdate(row.id, { progressNotes: notesWith(row, next) });
      setError('');
      return true;
    } catch {
      setError('That could not be saved: the note is at most 2000 characters.');
      return false;
    }
  };
  return (
    <fieldset className="plan-grid__risks row-progress">
      <legend>Progress at this core group</legend>
      <ProgressHistory notes={earlier} />
      <label>
        How it is going<span className="visually-hidden">: {name}</span>{' '}
        <select
          value={now?.status ?? ''}
          onChange={(e) => {
            const status = CORE_PROGRESS.find((s) => s === e.target.value);
            if (status)
              save({ status, ...(note === null ? {} : { note }), ...(saidBy === null ? {} : { saidBy }) });
          }}
        >
          <option value="" disabled>
            Not looked at yet
          </option>
          {CORE_PROGRESS.map((s) => (
            <option key={s} value={s}>
              {CORE_PROGRESS_WORDS[s]}
            </option>
          ))}
        </select>
      </label>
      <label>
        What was said<span className="visually-hidden">: {name}</span>{' '}
        <input
          value={note ?? now?.note ?? ''}
          maxLength={2000}
          onChange={(e) => setNote(e.target.value)}
          onBlur={() => {
            if (note === null || save({ note })) setNote(null);
          }}
        />
      </label>
      <label>
        Said by<span className="visually-hidden">: {name}</span>{' '}
        <input
          value={saidBy ?? now?.saidBy ?? ''}
          maxLength={120}
          list={peopleListId}
          autoComplete="off"
          onChange={(e) => setSaidBy(e.target.value)}
          onBlur={() => {
            if (saidBy === null || save({ saidBy })) setSaidBy(null);
          }}
        />
      </label>
      <label className="row-progress__close">
        <input
          type="checkbox"
          checked={row.closedOn !== null}
          onChange={(e) => onUpdate(row.id, { closedOn: e.target.checked ? meeting.heldOn : null })}
        />{' '}
        Done: close this row<span className="visually-hidden">: {name}</span>
      </label>
      <p className="field__error" aria-live="polite">
        {error}
      </p>
    </fieldset>
  );
}
