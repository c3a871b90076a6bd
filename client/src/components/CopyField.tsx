/**
 * Something shown once that the person must pass on (a link, a one-time password): the text in a
 * read-only box with a copy button. Where the clipboard is not available the text is selected so
 * that the person can copy it with the keyboard.
 */
import { useId, useRef, useState } from 'react';

interface CopyFieldProps {
  label: string;
  value: string;
  buttonText: string;
}

export function CopyField({ label, value, buttonText }: CopyFieldProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState('');

  const selectText = () => {
    input.current?.focus();
    input.current?.select();
  };

  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('No clipboard');
      await navigator.clipboard.writeText(value);
      setStatus('Copied.');
    } catch {
      selectText();
      setStatus('The text is selected: press Ctrl+C (or Cmd+C on a Mac) to copy it.');
    }
  };

  return (
    <div className="copy-field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <div className="copy-field__row">
        <input
          ref={input}
          id={id}
          className="copy-field__value"
          type="text"
          readOnly
          value={value}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className="button button--secondary" onClick={() => void copy()}>
          {buttonText}
        </button>
      </div>
      <p className="copy-field__status" role="status">
        {status}
      </p>
    </div>
  );
}
