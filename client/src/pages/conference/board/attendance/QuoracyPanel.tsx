/**
 * Whether the conference is quorate, live as attendance changes, for the chair and professionals.
 * When it is not, the chair records why it is going ahead (the minutes carry that reason); the
 * professionals see the reason read-only.
 */
import { useId } from 'react';
import type { Attendee } from '@cb/shared/doc/attendance';
import { DraftTextarea } from './DraftFields.tsx';
import { quoracyWords } from './quoracyWords.ts';

interface Props {
  attendees: Attendee[];
  note: string;
  /** Saves the reason; null for a read-only view. */
  onNote: ((note: string) => void) | null;
}

export function QuoracyPanel({ attendees, note, onNote }: Props) {
  const id = useId();
  const words = quoracyWords(attendees);
  return (
    <div className={`quoracy quoracy--${words.quorate ? 'met' : 'not-met'}`}>
      {/* A status region: the chair hears the change as they tick who is here. */}
      <p className="quoracy__summary" role="status">
        {words.summary}
      </p>
      <p className="quoracy__counted">{words.counted}</p>
      {!words.quorate && onNote ? (
        <div className="field quoracy__note">
          <label className="field__label" htmlFor={`${id}-note`}>
            Why the conference is going ahead
          </label>
          <p className="field__hint" id={`${id}-hint`}>
            Children’s social care counts when someone from it is here. Other agencies count when they are
            here and ticked as in direct contact with the child or family. The minutes include this reason.
          </p>
          <DraftTextarea
            id={`${id}-note`}
            aria-describedby={`${id}-hint`}
            rows={3}
            maxLength={2000}
            value={note}
            onCommit={onNote}
          />
        </div>
      ) : null}
      {!words.quorate && !onNote && note ? (
        <p className="quoracy__reason">
          <span className="quoracy__reason-label">Why the conference is going ahead: </span>
          {note}
        </p>
      ) : null}
    </div>
  );
}
