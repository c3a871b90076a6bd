/** Admins only: the staff accounts, and adding a chair or another administrator. */
import { useState, type FormEvent } from 'react';
import { createStaffUserSchema, STAFF_ROLES, type StaffRole } from '@cb/shared/api';
import type { HttpResponses } from '@cb/shared/protocol';
import { call, messageOf } from '../../api.ts';
import { CopyField } from '../../components/CopyField.tsx';
import { FormMessage } from '../../components/FormMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SelectField, TextField } from '../../components/TextField.tsx';
import { useApiData } from '../../hooks.ts';
import { STAFF_ROLE_LABELS } from '../../labels.ts';
import { useSubmit } from '../../useSubmit.ts';
import { checkBody } from '../../validation.ts';

/** The form never sends a password, so the server always makes (and returns) a one-time one. */
type CreatedStaffUser = HttpResponses['createUser'];

/** Chair first: most accounts an admin adds are chairs. */
const ROLES_SHOWN = [...STAFF_ROLES].reverse();
const WORDING = { name: 'Enter their name.' };

export function StaffAccounts() {
  const users = useApiData('listUsers', {});
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<StaffRole>('chair');
  const [created, setCreated] = useState<CreatedStaffUser | null>(null);
  const { errors, message, busy, submit } = useSubmit({ serverFieldsMessage: 'theirs' });

  const send = async (event: FormEvent) => {
    event.preventDefault();
    setCreated(null);
    const result = await submit(checkBody(createStaffUserSchema, { name, email, role }, WORDING), (body) =>
      call('createUser', {}, body),
    );
    if (!result) return;
    setCreated(result);
    users.update((list) => [...list, result.user]);
    setName('');
    setEmail('');
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
        onSubmit={(event) => void send(event)}
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
          <TextField
            label="Name"
            error={errors.name}
            autoComplete="off"
            placeholder="e.g. Sam Okafor-Example"
            value={name}
            onChange={setName}
          />
          <TextField
            label="Email"
            error={errors.email}
            type="email"
            autoComplete="off"
            placeholder="e.g. sam.chair@example.org"
            value={email}
            onChange={setEmail}
          />
        </div>
        <SelectField
          label="Role"
          hint="Chairs run conferences; administrators also set them up and add accounts."
          error={errors.role}
          value={role}
          values={ROLES_SHOWN}
          labels={STAFF_ROLE_LABELS}
          onChange={setRole}
        />
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Adding…' : 'Add account'}
        </button>
      </form>
    </section>
  );
}
