/** Admins only: the staff accounts, and adding a chair or another administrator. */
import { useState, type FormEvent } from 'react';
import { createStaffUserSchema, STAFF_ROLES, type StaffRole, type StaffUser } from '@cb/shared/api';
import type { HttpResponses } from '@cb/shared/protocol';
import { ApiFailure, call, messageOf } from '../../api.ts';
import { CopyField } from '../../components/CopyField.tsx';
import { Field } from '../../components/Field.tsx';
import { FormMessage } from '../../components/FormMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useApiData } from '../../hooks.ts';
import { STAFF_ROLE_LABELS } from '../../labels.ts';
import { CHECK_FIELDS, validate, withFriendlyRequired, type FieldErrors } from '../../validation.ts';

/** The form never sends a password, so the server always makes (and returns) a one-time one. */
type CreatedStaffUser = HttpResponses['createUser'];

export function StaffAccounts() {
  const users = useApiData<StaffUser[]>('/api/users');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<StaffRole>('chair');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState('');
  const [created, setCreated] = useState<CreatedStaffUser | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMessage('');
    setCreated(null);
    const body = { name, email, role };
    const checked = validate(createStaffUserSchema, body);
    if (!checked.ok) {
      setErrors(withFriendlyRequired(checked.fields, { name: 'Enter their name.' }));
      setMessage(CHECK_FIELDS);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const result = await call('createUser', {}, body);
      setCreated(result);
      users.update((list) => [...list, result.user]);
      setName('');
      setEmail('');
    } catch (error) {
      if (error instanceof ApiFailure && error.hasFieldErrors) setErrors(error.fields);
      setMessage(messageOf(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="staff-heading">
      <h2 id="staff-heading">Staff accounts</h2>
      {users.loadable.state === 'loading' ? <Loading what="staff accounts" /> : null}
      {users.loadable.state === 'failed' ? (
        <FormMessage tone="error">{messageOf(users.loadable.error)}</FormMessage>
      ) : null}
      {users.loadable.state === 'loaded' ? (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">Staff accounts</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
              </tr>
            </thead>
            <tbody>
              {users.loadable.data.map((user) => (
                <tr key={user.id}>
                  <th scope="row">{user.name}</th>
                  <td>{user.email}</td>
                  <td>{STAFF_ROLE_LABELS[user.role]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}

      <form
        className="form"
        onSubmit={(event) => void submit(event)}
        noValidate
        aria-labelledby="add-staff-heading"
      >
        <h3 id="add-staff-heading">Add a staff account</h3>
        {message ? <FormMessage tone="error">{message}</FormMessage> : null}
        {created ? (
          <div className="secret" role="status">
            <p>
              <strong>{created.user.name}</strong> can now sign in with {created.user.email} and this
              password.
            </p>
            <CopyField
              label={`One-time password for ${created.user.name}`}
              value={created.oneTimePassword ?? ''}
              buttonText="Copy password"
            />
            <p className="secret__note">Give this to them privately; it is shown only once.</p>
            <button type="button" className="button button--quiet" onClick={() => setCreated(null)}>
              Done, hide the password
            </button>
          </div>
        ) : null}
        <div className="form-row">
          <Field label="Name" error={errors.name}>
            {(control) => (
              <input
                {...control}
                type="text"
                autoComplete="off"
                placeholder="e.g. Sam Okafor-Example"
                value={name}
                onChange={(event) => setName(event.target.value)}
              />
            )}
          </Field>
          <Field label="Email" error={errors.email}>
            {(control) => (
              <input
                {...control}
                type="email"
                autoComplete="off"
                placeholder="e.g. sam.chair@example.org"
                value={email}
                onChange={(event) => setEmail(event.target.value)}
              />
            )}
          </Field>
        </div>
        <Field
          label="Role"
          hint="Chairs run conferences; administrators also set them up and add accounts."
          error={errors.role}
        >
          {(control) => (
            <select {...control} value={role} onChange={(event) => setRole(event.target.value as StaffRole)}>
              {[...STAFF_ROLES].reverse().map((r) => (
                <option key={r} value={r}>
                  {STAFF_ROLE_LABELS[r]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Adding…' : 'Add account'}
        </button>
      </form>
    </section>
  );
}
