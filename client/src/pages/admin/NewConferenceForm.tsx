/**
 * "New conference": the kind, when and where, the children, and who chairs it. Its state and
 * checks are in conferenceDraft.ts.
 */
import { useState, type FormEvent } from 'react';
import { BOOKED_KINDS, type Conference } from '@cb/shared/api';
import type { Procedures } from '@cb/shared/procedures';
import { call } from '../../api.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { Field } from '../../components/Field.tsx';
import { FormMessage } from '../../components/FormMessage.tsx';
import { SelectField, TextField } from '../../components/TextField.tsx';
import { KIND_LABELS } from '../../labels.ts';
import { useSubmit } from '../../useSubmit.ts';
import { ChildrenFields } from './ChildrenFields.tsx';
import { ConvenedFields } from './ConvenedFields.tsx';
import { formatCalendarDate } from '../../format.ts';
import {
  conferenceBodyFromDraft,
  draftForReviewOf,
  emptyConferenceDraft,
  type ConferenceDraft,
} from './conferenceDraft.ts';

interface Props {
  /** Conferences a review can follow on from (its plan is carried forward). */
  earlier: Conference[];
  onCreated: (conference: Conference) => void;
  /** The authority's timescales (the guidance's until they have loaded). */
  procedures?: Procedures | undefined;
}

/** A review follows on from an earlier conference: its plan (and its children) carried forward. */
function ReviewOfField(props: {
  earlier: Conference[];
  previousId: string;
  error: string | undefined;
  onPick(id: string): void;
}) {
  return (
    <Field
      label="Review of"
      optional
      hint="The earlier conference: its plan is carried forward so each row can be looked at again."
      error={props.error}
    >
      {(control) => (
        <select {...control} value={props.previousId} onChange={(event) => props.onPick(event.target.value)}>
          <option value="">No earlier conference on this system</option>
          {props.earlier.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title} ({new Date(c.scheduledAt).toLocaleDateString('en-GB')})
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function NewConferenceForm({ earlier, onCreated, procedures }: Props) {
  const [draft, setDraft] = useState<ConferenceDraft>(() => emptyConferenceDraft('initial'));
  const [created, setCreated] = useState<Conference | null>(null);
  const { errors, message, busy, submit } = useSubmit();
  const set =
    <K extends keyof ConferenceDraft>(key: K) =>
    (value: ConferenceDraft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));
  const { kind } = draft;

  const send = async (event: FormEvent) => {
    event.preventDefault();
    setCreated(null);
    const conference = await submit(conferenceBodyFromDraft(draft), (body) =>
      call('createConference', {}, body),
    );
    if (!conference) return;
    setCreated(conference);
    onCreated(conference);
    setDraft((d) => emptyConferenceDraft(d.kind));
  };

  return (
    <form
      className="form"
      onSubmit={(event) => void send(event)}
      noValidate
      aria-labelledby="new-conference-heading"
    >
      <h2 id="new-conference-heading">New conference</h2>
      {message ? <FormMessage tone="error">{message}</FormMessage> : null}
      {created ? (
        <FormMessage tone="success">
          {created.title} has been created.{' '}
          {created.bookedLate && created.dueBy
            ? `It is booked after the date it was due (${formatCalendarDate(created.dueBy)}): the list flags it. `
            : null}
          <AppLink href={`/admin/conferences/${created.id}`}>Create its links</AppLink>
        </FormMessage>
      ) : null}
      <SelectField
        label="Type of conference"
        error={errors.kind}
        value={kind}
        values={BOOKED_KINDS}
        labels={KIND_LABELS}
        onChange={set('kind')}
      />
      {kind === 'review' ? (
        <ReviewOfField
          earlier={earlier}
          previousId={draft.previousId}
          error={errors.previousConferenceId}
          onPick={(id) => setDraft((d) => draftForReviewOf(d, id, earlier))}
        />
      ) : null}
      {kind === 'review' ? null : (
        <ConvenedFields
          kind={kind}
          draft={draft}
          errors={errors}
          procedures={procedures}
          onDate={set('strategyDiscussionOn')}
          onReason={set('reason')}
        />
      )}
      <TextField
        label="Title"
        optional
        hint="Leave empty to use “Conference for” and the children’s first names."
        error={errors.title}
        placeholder="e.g. Conference for Ada and Ben"
        value={draft.title}
        onChange={set('title')}
      />
      <div className="form-row">
        <TextField
          label="Date and time (UK time)"
          error={errors.scheduledAt}
          type="datetime-local"
          value={draft.scheduled}
          onChange={set('scheduled')}
        />
        <TextField
          label="Place"
          optional
          hint="A room, or “Online”."
          error={errors.place}
          placeholder="e.g. Room 2, Riverside House"
          value={draft.place}
          onChange={set('place')}
        />
      </div>
      <ChildrenFields
        items={draft.children}
        onChange={set('children')}
        errors={errors}
        unbornAllowed={kind === 'pre-birth'}
      />
      <TextField
        label="Chair's email"
        optional
        hint="The chair needs a staff account already. Leave empty to chair it yourself."
        error={errors.chairEmail}
        type="email"
        autoComplete="off"
        placeholder="e.g. sam.chair@example.org"
        value={draft.chairEmail}
        onChange={set('chairEmail')}
      />
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? 'Creating…' : 'Create conference'}
      </button>
    </form>
  );
}
