/** "New conference": the kind, when and where, the children, and who chairs it. */
import { useState, type FormEvent } from 'react';
import {
  CONFERENCE_KINDS,
  createConferenceSchema,
  type Conference,
  type ConferenceKind,
} from '@cb/shared/api';
import { ApiFailure, call, messageOf } from '../../api.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { Field } from '../../components/Field.tsx';
import { FormMessage } from '../../components/FormMessage.tsx';
import { ukLocalToIso } from '../../format.ts';
import { KIND_LABELS } from '../../labels.ts';
import { CHECK_FIELDS, validate, withFriendlyRequired, type FieldErrors } from '../../validation.ts';
import { ChildrenFields, newChild, type ChildDraft } from './ChildrenFields.tsx';

const REQUIRED_WORDING = {
  'children.*.name': "Enter the child's name.",
  title: 'Enter a title, or leave it empty.',
  place: 'Enter a place, or leave it empty.',
};

const optionalText = (value: string) => (value.trim() ? value.trim() : undefined);

interface Props {
  /** Conferences a review can follow on from (its plan is carried forward). */
  earlier: Conference[];
  onCreated: (conference: Conference) => void;
}

/** A review follows on from an earlier conference: its plan (and its children) carried forward. */
function ReviewOfField({
  earlier,
  previousId,
  error,
  onPick,
}: {
  earlier: Conference[];
  previousId: string;
  error: string | undefined;
  onPick(id: string, before: Conference | undefined): void;
}) {
  return (
    <Field
      label="Review of"
      optional
      hint="The earlier conference: its plan is carried forward so each row can be looked at again."
      error={error}
    >
      {(control) => (
        <select
          {...control}
          value={previousId}
          onChange={(event) => {
            const id = event.target.value;
            onPick(
              id,
              earlier.find((c) => c.id === id),
            );
          }}
        >
          <option value="">No earlier conference on this system</option>
          {earlier.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title} ({new Date(c.scheduledAt).toLocaleDateString('en-GB')})
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

interface ConferenceDraft {
  kind: ConferenceKind;
  title: string;
  place: string;
  scheduled: string;
  children: ChildDraft[];
  chairEmail: string;
  previousId: string;
}

/** An empty form; the kind stays as it was after a conference is created. */
const emptyDraft = (kind: ConferenceKind): ConferenceDraft => ({
  kind,
  title: '',
  place: '',
  scheduled: '',
  children: [newChild()],
  chairEmail: '',
  previousId: '',
});

/** What the form sends, in the shape of createConferenceSchema. */
function bodyOf({ kind, scheduled, title, place, children, chairEmail, previousId }: ConferenceDraft) {
  return {
    kind,
    scheduledAt: ukLocalToIso(scheduled) ?? scheduled,
    title: optionalText(title),
    place: optionalText(place),
    children: children.map((child) => ({ name: child.name, dateOfBirth: child.dateOfBirth || null })),
    chairEmail: optionalText(chairEmail),
    previousConferenceId: kind === 'review' && previousId ? previousId : undefined,
  };
}

function ChairEmailField(props: { value: string; error: string | undefined; onChange(value: string): void }) {
  const { value, error, onChange } = props;
  return (
    <Field
      label="Chair's email"
      optional
      hint="The chair needs a staff account already. Leave empty to chair it yourself."
      error={error}
    >
      {(control) => (
        <input
          {...control}
          type="email"
          autoComplete="off"
          placeholder="e.g. sam.chair@example.org"
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}

export function NewConferenceForm({ earlier, onCreated }: Props) {
  const [draft, setDraft] = useState<ConferenceDraft>(() => emptyDraft('initial'));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState('');
  const [created, setCreated] = useState<Conference | null>(null);
  const [busy, setBusy] = useState(false);
  const { kind, title, place, scheduled, children, chairEmail, previousId } = draft;
  const set =
    <K extends keyof ConferenceDraft>(key: K) =>
    (value: ConferenceDraft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));
  const setChildren = set('children');
  const reset = () => setDraft((d) => emptyDraft(d.kind));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMessage('');
    setCreated(null);
    const body = bodyOf(draft);
    const checked = validate(createConferenceSchema, body);
    if (!checked.ok) {
      const fields = withFriendlyRequired(checked.fields, REQUIRED_WORDING);
      if (!scheduled) fields.scheduledAt = 'Enter the date and time of the conference.';
      setErrors(fields);
      setMessage(CHECK_FIELDS);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const conference = await call('createConference', {}, body);
      setCreated(conference);
      onCreated(conference);
      reset();
    } catch (error) {
      if (error instanceof ApiFailure && error.hasFieldErrors) {
        setErrors(error.fields);
        setMessage(CHECK_FIELDS);
      } else setMessage(messageOf(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="form"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby="new-conference-heading"
    >
      <h2 id="new-conference-heading">New conference</h2>
      {message ? <FormMessage tone="error">{message}</FormMessage> : null}
      {created ? (
        <FormMessage tone="success">
          {created.title} has been created.{' '}
          <AppLink href={`/admin/conferences/${created.id}`}>Create its links</AppLink>
        </FormMessage>
      ) : null}
      <Field label="Type of conference" error={errors.kind}>
        {(control) => (
          <select
            {...control}
            value={kind}
            onChange={(event) => set('kind')(event.target.value as ConferenceKind)}
          >
            {CONFERENCE_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </select>
        )}
      </Field>
      {kind === 'review' ? (
        <ReviewOfField
          earlier={earlier}
          previousId={previousId}
          error={errors.previousConferenceId}
          onPick={(id, before) => {
            set('previousId')(id);
            // The same children, unless the form already has some typed in.
            if (before && children.every((c) => !c.name.trim())) {
              setChildren(
                before.children.map((c) => ({
                  ...newChild(),
                  name: c.name,
                  dateOfBirth: c.dateOfBirth ?? '',
                })),
              );
            }
          }}
        />
      ) : null}
      <Field
        label="Title"
        optional
        hint="Leave empty to use “Conference for” and the children’s first names."
        error={errors.title}
      >
        {(control) => (
          <input
            {...control}
            type="text"
            placeholder="e.g. Conference for Ada and Ben"
            value={title}
            onChange={(event) => set('title')(event.target.value)}
          />
        )}
      </Field>
      <div className="form-row">
        <Field label="Date and time (UK time)" error={errors.scheduledAt}>
          {(control) => (
            <input
              {...control}
              type="datetime-local"
              value={scheduled}
              onChange={(event) => set('scheduled')(event.target.value)}
            />
          )}
        </Field>
        <Field label="Place" optional hint="A room, or “Online”." error={errors.place}>
          {(control) => (
            <input
              {...control}
              type="text"
              placeholder="e.g. Room 2, Riverside House"
              value={place}
              onChange={(event) => set('place')(event.target.value)}
            />
          )}
        </Field>
      </div>
      <ChildrenFields
        items={children}
        onChange={setChildren}
        errors={errors}
        unbornAllowed={kind === 'pre-birth'}
      />
      <ChairEmailField value={chairEmail} error={errors.chairEmail} onChange={set('chairEmail')} />
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? 'Creating…' : 'Create conference'}
      </button>
    </form>
  );
}
