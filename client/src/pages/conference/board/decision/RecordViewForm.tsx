/**
 * The chair's "Record a view": for someone in the room who gives their view aloud (or has no
 * device). The name comes from the attendance list where it can, so a view recorded for someone
 * who joined by link replaces any view they gave themselves rather than counting twice.
 */
import { useId, useState, type FormEvent } from 'react';
import type { Attendee } from '@cb/shared/doc/attendance';
import type { DecisionViewInput } from '@cb/shared/doc/decisions';
import { TextField } from '../../../../components/TextField.tsx';
import { DissentFields, dissentError, NO_DISSENT, type DissentValue } from './DissentFields.tsx';
import { ThresholdFields, type ThresholdValue } from './ThresholdFields.tsx';

interface Props {
  childName: string;
  attendees: Attendee[];
  /** Writes the view; returns an error to show, or null when it was recorded. */
  onRecord(view: DecisionViewInput): string | null;
}

const EMPTY: ThresholdValue = { thresholdMet: null, category: null };

export function RecordViewForm({ childName, attendees, onRecord }: Props) {
  const listId = useId();
  const [name, setName] = useState('');
  const [agency, setAgency] = useState('');
  const [threshold, setThreshold] = useState<ThresholdValue>(EMPTY);
  const [dissent, setDissent] = useState<DissentValue>(NO_DISSENT);
  const [errors, setErrors] = useState<{
    name?: string;
    threshold?: string;
    dissent?: string;
    form?: string;
  }>({});
  const [done, setDone] = useState('');
  const match = (typed: string) =>
    attendees.find((a) => a.name.trim().toLowerCase() === typed.trim().toLowerCase()) ?? null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next = {
      name: name.trim() ? undefined : 'Add the name of the person giving the view.',
      threshold:
        threshold.thresholdMet === null
          ? 'Choose yes or no.'
          : threshold.thresholdMet && !threshold.category
            ? 'Choose the category that applies.'
            : undefined,
      dissent: dissentError(dissent),
    };
    setErrors(next);
    setDone('');
    if (next.name || next.threshold || next.dissent) return;
    const person = match(name);
    const problem = onRecord({
      participantId: person?.participantId ?? null,
      name: person?.name ?? name.trim(),
      agency: agency.trim(),
      thresholdMet: threshold.thresholdMet === true,
      category: threshold.category,
      dissents: dissent.dissents,
      dissentReasons: dissent.dissents ? dissent.reasons.trim() : '',
    });
    if (problem) {
      setErrors({ form: problem });
      return;
    }
    setDone(`Recorded the view of ${person?.name ?? name.trim()}.`);
    setName('');
    setAgency('');
    setThreshold(EMPTY);
    setDissent(NO_DISSENT);
  };

  return (
    <form
      className="decision-form"
      aria-label={`Record a view for ${childName}`}
      onSubmit={submit}
      noValidate
    >
      <TextField
        label="Name"
        error={errors.name}
        list={listId}
        autoComplete="off"
        value={name}
        onChange={(typed) => {
          setName(typed);
          // Picking someone from the attendance list brings their agency with them.
          const person = match(typed);
          if (person && !agency) setAgency(person.agency);
        }}
      />
      <datalist id={listId}>
        {attendees.map((a) => (
          <option key={a.id} value={a.name} />
        ))}
      </datalist>
      <TextField label="Agency" optional maxLength={200} value={agency} onChange={setAgency} />
      <ThresholdFields value={threshold} onChange={setThreshold} error={errors.threshold} />
      <DissentFields who="they" value={dissent} onChange={setDissent} error={errors.dissent} />
      <p className="field__error" aria-live="polite">
        {errors.form ?? ''}
      </p>
      <p className="decision-form__done" role="status">
        {done}
      </p>
      <button type="submit" className="button button--secondary button--small">
        Record view
      </button>
    </form>
  );
}
