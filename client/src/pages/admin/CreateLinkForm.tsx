/** "Create a link": who it is for and (optionally) when it stops working. The URL is shown once. */
import { useState, type FormEvent } from 'react';
import { createLinkSchema, type CreatedLink, type LinkRole } from '@cb/shared/api';
import { LINK_ROLES } from '@cb/shared/protocol';
import { ApiFailure, call, messageOf } from '../../api.ts';
import { CopyField } from '../../components/CopyField.tsx';
import { Field } from '../../components/Field.tsx';
import { FormMessage } from '../../components/FormMessage.tsx';
import { ukLocalToIso } from '../../format.ts';
import { LINK_ROLE_DESCRIPTIONS, ROLE_LABELS } from '../../labels.ts';
import { CHECK_FIELDS, validate, withFriendlyRequired, type FieldErrors } from '../../validation.ts';

interface CreateLinkFormProps {
  conferenceId: string;
  onCreated: (link: CreatedLink) => void;
}

export function CreateLinkForm({ conferenceId, onCreated }: CreateLinkFormProps) {
  const [role, setRole] = useState<LinkRole>('family');
  const [label, setLabel] = useState('');
  const [expires, setExpires] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState('');
  const [created, setCreated] = useState<CreatedLink | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMessage('');
    setCreated(null);
    const body = { role, label, expiresAt: expires ? (ukLocalToIso(expires) ?? expires) : undefined };
    const checked = validate(createLinkSchema, body);
    if (!checked.ok) {
      setErrors(withFriendlyRequired(checked.fields, { label: 'Say who the link is for.' }));
      setMessage(CHECK_FIELDS);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const link = await call('createLink', { id: conferenceId }, body);
      setCreated(link);
      onCreated(link);
      setLabel('');
      setExpires('');
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
      aria-labelledby="create-link-heading"
    >
      <h2 id="create-link-heading">Create a link</h2>
      <p className="muted">
        Each person gets their own link. Whoever opens it gives their name; everyone except the chair waits
        until the chair lets them in.
      </p>
      {message ? <FormMessage tone="error">{message}</FormMessage> : null}
      {created ? (
        <div className="secret" role="status">
          <p>
            Link for <strong>{created.label}</strong> ({ROLE_LABELS[created.role]}):
          </p>
          <CopyField label={`Link for ${created.label}`} value={created.url} buttonText="Copy link" />
          <p className="secret__note">
            This link is shown only once. Copy it now and send it to them privately; you can withdraw it at
            any time.
          </p>
          <button type="button" className="button button--quiet" onClick={() => setCreated(null)}>
            Done, hide the link
          </button>
        </div>
      ) : null}
      <Field label="Who is it for?" error={errors.role}>
        {(control) => (
          <select {...control} value={role} onChange={(event) => setRole(event.target.value as LinkRole)}>
            {LINK_ROLES.map((r) => (
              <option key={r} value={r}>
                {LINK_ROLE_DESCRIPTIONS[r]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="form-row">
        <Field label="Label" hint="Who will use it, so you can tell links apart." error={errors.label}>
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="off"
              placeholder="e.g. Chloe (mother)"
              value={label}
              onChange={(event) => setLabel(event.target.value)}
            />
          )}
        </Field>
        <Field
          label="Stops working at (UK time)"
          optional
          hint="Leave empty to keep it until withdrawn."
          error={errors.expiresAt}
        >
          {(control) => (
            <input
              {...control}
              type="datetime-local"
              value={expires}
              onChange={(event) => setExpires(event.target.value)}
            />
          )}
        </Field>
      </div>
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? 'Creating…' : 'Create link'}
      </button>
    </form>
  );
}
