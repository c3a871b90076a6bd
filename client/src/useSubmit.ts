/**
 * What every staff form (new conference, a link, a staff account) does when it is sent: a body its
 * draft module has checked with the shared schema is sent; a body that failed, or that the server
 * refuses field by field, shows its messages next to the fields; anything else becomes the
 * form's message. `busy` is true while the request is out.
 */
import { useState } from 'react';
import { ApiFailure, messageOf } from './api.ts';
import { CHECK_FIELDS, type FieldErrors, type ToSend } from './validation.ts';

interface Options {
  /** When the server refuses fields: its own sentence (e.g. "There is already an account…") or ours. */
  serverFieldsMessage?: 'ours' | 'theirs';
}

export function useSubmit({ serverFieldsMessage = 'ours' }: Options = {}) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  /** Sends the checked body; the server's answer, or null when nothing was done (see the messages). */
  async function submit<B, R>(checked: ToSend<B>, send: (body: B) => Promise<R>): Promise<R | null> {
    setMessage('');
    if (!checked.ok) {
      setErrors(checked.fields);
      setMessage(CHECK_FIELDS);
      return null;
    }
    setErrors({});
    setBusy(true);
    try {
      return await send(checked.body);
    } catch (error) {
      if (error instanceof ApiFailure && error.hasFieldErrors) {
        setErrors(error.fields);
        setMessage(serverFieldsMessage === 'theirs' ? error.message : CHECK_FIELDS);
      } else setMessage(messageOf(error));
      return null;
    } finally {
      setBusy(false);
    }
  }

  return { errors, message, busy, submit };
}
