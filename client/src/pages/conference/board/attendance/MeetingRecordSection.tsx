/**
 * "How the meeting ran", for the professionals' minutes: each child's participation, the
 * interpreter, and anyone asked to leave for part of the meeting. In the restricted document, so
 * only the chair (who edits) and professionals (who read) ever have it; the family's screen and
 * copy never do. Every control is a plain form control, reachable by keyboard.
 */
import { memo, useState, type FormEvent } from 'react';
import type * as Y from 'yjs';
import {
  addExclusion,
  readParticipationByChild,
  readExclusions,
  readInterpreter,
  removeExclusion,
  setChildParticipation,
  setInterpreter,
  EMPTY_PARTICIPATION,
  VIEWS_BY,
  VIEWS_BY_WORDS,
  type ChildParticipation,
  type ViewsBy,
} from '@cb/shared/doc/meetingRecord';
import { docParts } from '@cb/shared/doc/schema';
import '../../../../styles/meeting.css';
import { useDocSnapshot } from '../../../../docs/useDocSnapshot.ts';
import { DraftInput } from './DraftFields.tsx';
import { ReportsNote } from './ReportsNote.tsx';

interface Props {
  conferenceId: string;
  restrictedDoc: Y.Doc;
  children: { id: string; name: string }[];
  editable: boolean;
  onMessage(message: string): void;
}

/**
 * Read without the children: the store is made once per document, so a read that closed over the
 * first render's children (none yet, while the board loads) would never see a child's record.
 */
function useMeetingRecord(doc: Y.Doc) {
  return useDocSnapshot(
    [doc],
    () => ({
      participation: readParticipationByChild(doc),
      interpreter: readInterpreter(doc),
      exclusions: readExclusions(doc),
    }),
    () => [docParts(doc).meta],
  );
}

function ChildRow(props: {
  name: string;
  value: ChildParticipation;
  editable: boolean;
  onChange(patch: Partial<ChildParticipation>): void;
}) {
  const { name, value: v, editable, onChange } = props;
  if (!editable) {
    return (
      <li>
        <strong>{name}</strong>: {v.attended ? 'attended' : 'did not attend'};{' '}
        {v.seenAlone ? 'seen alone' : 'not seen alone'}; views: {VIEWS_BY_WORDS[v.viewsBy].toLowerCase()}
        {v.note ? `. ${v.note}` : ''}
      </li>
    );
  }
  return (
    <li className="meeting-record__child">
      <strong>{name}</strong>
      <label className="attendee__flag">
        <input
          type="checkbox"
          checked={v.attended}
          aria-label={`${name} attended`}
          onChange={(e) => onChange({ attended: e.target.checked })}
        />
        Attended
      </label>
      <label className="attendee__flag">
        <input
          type="checkbox"
          checked={v.seenAlone}
          aria-label={`${name} was seen alone`}
          onChange={(e) => onChange({ seenAlone: e.target.checked })}
        />
        Seen alone
      </label>
      <label className="attendee__field">
        <span className="attendee__label">Their views</span>
        <select
          aria-label={`How ${name}’s views were given`}
          value={v.viewsBy}
          onChange={(e) => onChange({ viewsBy: e.target.value as ViewsBy })}
        >
          {VIEWS_BY.map((k) => (
            <option key={k} value={k}>
              {VIEWS_BY_WORDS[k]}
            </option>
          ))}
        </select>
      </label>
      <label className="attendee__field meeting-record__note">
        <span className="attendee__label">Why not, or a note</span>
        <DraftInput
          aria-label={`Note on how ${name} took part`}
          value={v.note}
          maxLength={500}
          onCommit={(note) => onChange({ note })}
        />
      </label>
    </li>
  );
}

function ExclusionForm({ onAdd }: { onAdd(who: string, part: string, reason: string): string | null }) {
  const [who, setWho] = useState('');
  const [part, setPart] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  const send = (event: FormEvent) => {
    event.preventDefault();
    const refused = onAdd(who, part, reason);
    setError(refused ?? '');
    if (!refused) {
      setWho('');
      setPart('');
      setReason('');
    }
  };
  return (
    <form
      className="meeting-record__exclusion-form"
      aria-label="Record someone asked to leave"
      onSubmit={send}
    >
      <label className="attendee__field">
        <span className="attendee__label">Who</span>
        <input type="text" value={who} maxLength={120} onChange={(e) => setWho(e.target.value)} />
      </label>
      <label className="attendee__field">
        <span className="attendee__label">For which part</span>
        <input
          type="text"
          value={part}
          maxLength={200}
          placeholder="e.g. while the police shared information"
          onChange={(e) => setPart(e.target.value)}
        />
      </label>
      <label className="attendee__field">
        <span className="attendee__label">Why</span>
        <input type="text" value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
      </label>
      <button type="submit" className="button button--secondary button--small">
        Record that they left
      </button>
      <p className="field__error" aria-live="polite">
        {error}
      </p>
    </form>
  );
}

/** Memoised: its props stand while the board redraws for a change elsewhere. */
export const MeetingRecordSection = memo(function MeetingRecordSection({
  conferenceId,
  restrictedDoc,
  children,
  editable,
  onMessage,
}: Props) {
  const record = useMeetingRecord(restrictedDoc);
  const interpreter = record.interpreter ?? { needed: false, language: '' };
  const change = (run: () => void) => {
    try {
      run();
    } catch {
      onMessage('That could not be saved: check what was typed.');
    }
  };
  const add = (who: string, part: string, reason: string): string | null => {
    if (!who.trim() || !part.trim() || !reason.trim())
      return 'Say who, for which part of the meeting, and why.';
    addExclusion(restrictedDoc, { id: crypto.randomUUID(), who, part, reason });
    onMessage(`Recorded that ${who.trim()} was asked to leave.`);
    return null;
  };
  return (
    <section aria-label="How the meeting ran" className="section section--meeting-record">
      <h2 className="section__heading">How the meeting ran</h2>
      <p className="muted">For the professionals’ minutes only: the family does not see this.</p>
      {editable ? <ReportsNote conferenceId={conferenceId} onMessage={onMessage} /> : null}
      <h3>How the children took part</h3>
      <ul className="plain-list meeting-record__children">
        {children.map((c) => (
          <ChildRow
            key={c.id}
            name={c.name}
            value={record.participation[c.id] ?? EMPTY_PARTICIPATION}
            editable={editable}
            onChange={(patch) => change(() => setChildParticipation(restrictedDoc, c.id, patch))}
          />
        ))}
      </ul>
      <h3>Interpreter</h3>
      {editable ? (
        <div className="meeting-record__interpreter">
          <label className="attendee__flag">
            <input
              type="checkbox"
              checked={interpreter.needed}
              onChange={(e) =>
                change(() => setInterpreter(restrictedDoc, { ...interpreter, needed: e.target.checked }))
              }
            />
            An interpreter is needed
          </label>
          {interpreter.needed ? (
            <label className="attendee__field">
              <span className="attendee__label">Language</span>
              <DraftInput
                value={interpreter.language}
                maxLength={80}
                onCommit={(language) =>
                  change(() => setInterpreter(restrictedDoc, { ...interpreter, language }))
                }
              />
            </label>
          ) : null}
        </div>
      ) : (
        <p>
          {record.interpreter?.needed
            ? `Needed${record.interpreter.language ? `: ${record.interpreter.language}` : ''}.`
            : 'Not needed, or not recorded.'}
        </p>
      )}
      <h3>Asked to leave for part of the meeting</h3>
      {record.exclusions.length === 0 ? (
        <p className="section__empty">Nobody has been asked to leave.</p>
      ) : (
        <ul className="plain-list" aria-label="Asked to leave">
          {record.exclusions.map((e) => (
            <li key={e.id}>
              <strong>{e.who}</strong>, {e.part}. Why: {e.reason}{' '}
              {editable ? (
                <button
                  type="button"
                  className="button button--small button--quiet"
                  aria-label={`Remove the record that ${e.who} left`}
                  onClick={() => removeExclusion(restrictedDoc, e.id)}
                >
                  Remove
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {editable ? <ExclusionForm onAdd={add} /> : null}
    </section>
  );
});
