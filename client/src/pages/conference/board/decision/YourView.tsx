/**
 * A professional's own view for one child, from their own device: threshold met or not and the
 * category. Professionals may not write documents, so it goes to the server over /control, which
 * records it under the name they joined with.
 */
import { useState, type FormEvent } from 'react';
import type { DecisionView } from '@cb/shared/doc/decisions';
import { viewWords } from '@cb/shared/doc/decisions';
import type { ChildRecord } from '@cb/shared/doc/schema';
import { TextField } from '../../../../components/TextField.tsx';
import type { useControl } from '../../useControl.ts';
import { DissentFields, dissentError, type DissentValue } from './DissentFields.tsx';
import { ThresholdFields, type ThresholdValue } from './ThresholdFields.tsx';

interface Props {
  child: ChildRecord;
  /** The view this person gave before, if any. */
  saved: DecisionView | null;
  /** Their agency from the attendance list, to start from. */
  knownAgency: string;
  send: ReturnType<typeof useControl>['send'];
}

export function YourView({ child, saved, knownAgency, send }: Props) {
  // Until the person changes something, the form shows what they gave before (it may arrive late).
  const [draft, setDraft] = useState<ThresholdValue | null>(null);
  const [agencyDraft, setAgencyDraft] = useState<string | null>(null);
  const [dissentDraft, setDissentDraft] = useState<DissentValue | null>(null);
  const [dissentProblem, setDissentProblem] = useState<string | undefined>(undefined);
  const [error, setError] = useState('');
  const [failure, setFailure] = useState('');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const value = draft ?? { thresholdMet: saved?.thresholdMet ?? null, category: saved?.category ?? null };
  const agency = agencyDraft ?? saved?.agency ?? knownAgency;
  const dissent = dissentDraft ?? {
    dissents: saved?.dissents ?? false,
    reasons: saved?.dissentReasons ?? '',
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setStatus('');
    setFailure('');
    if (value.thresholdMet === null) return setError('Choose yes or no.');
    if (value.thresholdMet && !value.category) return setError('Choose the category that applies.');
    setError('');
    const problem = dissentError(dissent);
    setDissentProblem(problem);
    if (problem) return;
    setBusy(true);
    setStatus('Sending your view…');
    const ack = await send('view:set', {
      childId: child.id,
      thresholdMet: value.thresholdMet,
      category: value.thresholdMet ? value.category : null,
      agency: agency.trim(),
      dissents: dissent.dissents,
      dissentReasons: dissent.dissents ? dissent.reasons.trim() : '',
    });
    setBusy(false);
    setStatus(ack.ok ? `Your view for ${child.name} has been recorded.` : '');
    if (!ack.ok) setFailure(ack.error.message);
  };

  const withdraw = async () => {
    if (busy) return;
    setBusy(true);
    setStatus('');
    const ack = await send('view:withdraw', { childId: child.id });
    setBusy(false);
    if (!ack.ok) return setFailure(ack.error.message);
    setDraft(null);
    setDissentDraft(null);
    setError('');
    setFailure('');
    setStatus(`Your view for ${child.name} has been taken back.`);
  };

  return (
    <form
      className="decision-form decision-form--yours"
      aria-label={`Your view for ${child.name}`}
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      <h4 className="section__subheading">Your view</h4>
      {saved ? (
        <p className="muted">
          You said: {viewWords(saved)}
          {saved.dissents ? ', and you dissent from the decision' : ''}.
        </p>
      ) : null}
      <ThresholdFields
        value={value}
        onChange={(v) => {
          setDraft(v);
          setError('');
        }}
        error={error}
      />
      <TextField label="Your agency" optional maxLength={200} value={agency} onChange={setAgencyDraft} />
      <DissentFields
        who="you"
        value={dissent}
        onChange={(v) => {
          setDissentDraft(v);
          setDissentProblem(undefined);
        }}
        error={dissentProblem}
      />
      {/* Always present, so a screen reader announces what the server said. */}
      <p className="field__error" aria-live="assertive">
        {failure}
      </p>
      <p className="decision-form__done" role="status">
        {status}
      </p>
      <div className="button-row">
        <button type="submit" className="button button--primary button--small">
          {saved ? 'Change my view' : 'Give my view'}
        </button>
        {saved ? (
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() => void withdraw()}
          >
            Take back my view
          </button>
        ) : null}
      </div>
    </form>
  );
}
