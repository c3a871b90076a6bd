/**
 * "Create a link": who it is for and (optionally) when it stops working. The URL is shown once.
 * Its state and checks are in linkDraft.ts.
 */
import { useState, type FormEvent } from 'react';
import type { CreatedLink } from '@cb/shared/api';
import { LINK_ROLES } from '@cb/shared/protocol';
import { call } from '../../api.ts';
import { CopyField } from '../../components/CopyField.tsx';
import { FormMessage } from '../../components/FormMessage.tsx';
import { SelectField, TextField } from '../../components/TextField.tsx';
import { LINK_ROLE_DESCRIPTIONS, ROLE_LABELS } from '../../labels.ts';
import { useSubmit } from '../../useSubmit.ts';
import { draftAfterLink, EMPTY_LINK, linkBodyFromDraft, type LinkDraft } from './linkDraft.ts';

interface CreateLinkFormProps {
  conferenceId: string;
  onCreated: (link: CreatedLink) => void;
}

export function CreateLinkForm({ conferenceId, onCreated }: CreateLinkFormProps) {
  const [draft, setDraft] = useState<LinkDraft>(EMPTY_LINK);
  const [created, setCreated] = useState<CreatedLink | null>(null);
  const { errors, message, busy, submit } = useSubmit();
  const set =
    <K extends keyof LinkDraft>(key: K) =>
    (value: LinkDraft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));

  const send = async (event: FormEvent) => {
    event.preventDefault();
    setCreated(null);
    const link = await submit(linkBodyFromDraft(draft), (body) =>
      call('createLink', { id: conferenceId }, body),
    );
    if (!link) return;
    setCreated(link);
    onCreated(link);
    setDraft(draftAfterLink);
  };

  return (
    <form
      className="form"
      onSubmit={(event) => void send(event)}
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
      <SelectField
        label="Who is it for?"
        error={errors.role}
        value={draft.role}
        values={LINK_ROLES}
        labels={LINK_ROLE_DESCRIPTIONS}
        onChange={set('role')}
      />
      <div className="form-row">
        <TextField
          label="Label"
          hint="Who will use it, so you can tell links apart."
          error={errors.label}
          autoComplete="off"
          placeholder="e.g. Chloe (mother)"
          value={draft.label}
          onChange={set('label')}
        />
        <TextField
          label="Stops working at (UK time)"
          optional
          hint="Leave empty to keep it until withdrawn."
          error={errors.expiresAt}
          type="datetime-local"
          value={draft.expires}
          onChange={set('expires')}
        />
      </div>
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? 'Creating…' : 'Create link'}
      </button>
    </form>
  );
}
