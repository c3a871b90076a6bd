/** Staff sign-in: email and password, then on to the admin pages (or back where they came from). */
import { useState, type FormEvent } from 'react';
import { ApiFailure, call, messageOf } from '../api.ts';
import { TextField } from '../components/TextField.tsx';
import { FormMessage } from '../components/FormMessage.tsx';
import { CentredPage } from '../components/CentredPage.tsx';
import { useDocumentTitle } from '../hooks.ts';
import { navigate, safeNext } from '../navigation.ts';

const BAD_CREDENTIALS = 'That email and password do not match.';

export function SignInPage() {
  useDocumentTitle('Sign in');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [fields, setFields] = useState<Record<string, string>>({});

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setMessage('');
    setFields({});
    try {
      await call('signIn', {}, { email, password });
      const next = safeNext(new URLSearchParams(window.location.search).get('next'));
      navigate(next ?? '/admin', { replace: true });
    } catch (error) {
      if (error instanceof ApiFailure && error.status === 401) setMessage(BAD_CREDENTIALS);
      else if (error instanceof ApiFailure && error.hasFieldErrors) {
        setFields(error.fields);
        setMessage('Please check the details below.');
      } else setMessage(messageOf(error));
      setBusy(false);
    }
  };

  return (
    <CentredPage cardClass="card--narrow">
      <h1>Sign in</h1>
      <p className="lead">For chairs and business support staff.</p>
      <p className="muted">
        If you were sent a link to a conference, open that link instead: you do not need to sign in.
      </p>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        {message ? <FormMessage tone="error">{message}</FormMessage> : null}
        <TextField
          label="Email"
          error={fields.email}
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={setEmail}
        />
        <TextField
          label="Password"
          error={fields.password}
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={setPassword}
        />
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </CentredPage>
  );
}
