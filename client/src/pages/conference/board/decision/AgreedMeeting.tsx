/**
 * The agreed date and time of a meeting that follows the conference (the first core group, the
 * review conference): the chair enters it on the board, beside the date it is due by; everyone
 * else reads it. A time after the deadline is kept, with a warning (the chair may have no choice).
 */
import { useId, useState } from 'react';
import { meetingTimeSchema } from '@cb/shared/doc/meetings';
import { meetingWords } from '@cb/shared/words/dates';

interface Props {
  /** What the meeting is, e.g. "First core group meeting". */
  what: string;
  /** YYYY-MM-DD: the date it is due by. */
  dueBy: string;
  /** The agreed time, YYYY-MM-DDTHH:MM, or null. */
  at: string | null;
  /** The chair's: records it (null clears it); returns an error to show, or null. Absent for others. */
  onSet: ((at: string | null) => string | null) | null;
}

export function AgreedMeeting({ what, dueBy, at, onSet }: Props) {
  const id = useId();
  const [typed, setTyped] = useState<string | null>(null);
  const [error, setError] = useState('');
  const late = at !== null && at.slice(0, 10) > dueBy;
  const warning = late ? 'This is after the date it is due by.' : '';
  if (!onSet) {
    return at ? (
      <p className="decision-dates__agreed">
        Agreed: <strong>{meetingWords(at)}</strong>
      </p>
    ) : null;
  }
  const save = () => {
    if (typed === null) return;
    const value = typed.trim() === '' ? null : typed;
    if (value !== null && !meetingTimeSchema.safeParse(value).success) {
      setError('Give a date and a time that exist.');
      return;
    }
    const problem = onSet(value);
    setError(problem ?? '');
    if (!problem) setTyped(null);
  };
  return (
    <div className="field decision-dates__agreed">
      <label className="field__label" htmlFor={`${id}-at`}>
        Agreed date and time<span className="visually-hidden">: {what}</span>
      </label>
      <input
        id={`${id}-at`}
        type="datetime-local"
        value={typed ?? at ?? ''}
        aria-describedby={`${id}-note`}
        aria-invalid={error ? true : undefined}
        onChange={(e) => setTyped(e.target.value)}
        onBlur={save}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            save();
          }
        }}
      />
      <p id={`${id}-note`} className={error || warning ? 'field__error' : 'field__hint'} aria-live="polite">
        {error || warning || (at ? `Agreed: ${meetingWords(at)}` : 'Not agreed yet.')}
      </p>
    </div>
  );
}
