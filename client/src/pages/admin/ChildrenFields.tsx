/** The children a conference is about: a name and date of birth each, with add and remove. */
import { useRef } from 'react';
import { flushSync } from 'react-dom';
import { TextField } from '../../components/TextField.tsx';
import type { FieldErrors } from '../../validation.ts';
import { newChild, type ChildDraft } from './conferenceDraft.ts';

interface ChildrenFieldsProps {
  items: ChildDraft[];
  onChange: (children: ChildDraft[]) => void;
  errors: FieldErrors;
  unbornAllowed: boolean;
}

const MAX_CHILDREN = 20;

export function ChildrenFields({ items, onChange, errors, unbornAllowed }: ChildrenFieldsProps) {
  const lastName = useRef<HTMLInputElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const today = new Date().toISOString().slice(0, 10);

  const change = (key: number, patch: Partial<ChildDraft>) =>
    onChange(items.map((child) => (child.key === key ? { ...child, ...patch } : child)));

  const add = () => {
    flushSync(() => onChange([...items, newChild()]));
    lastName.current?.focus();
  };

  const remove = (key: number) => {
    flushSync(() => onChange(items.filter((child) => child.key !== key)));
    addButton.current?.focus();
  };

  return (
    <fieldset className="fieldset">
      <legend>Children</legend>
      {errors.children ? (
        <p className="field__error" aria-live="polite">
          {errors.children}
        </p>
      ) : null}
      {items.map((child, index) => {
        const label = child.name.trim() || `child ${index + 1}`;
        return (
          <div className="child-row" key={child.key}>
            <TextField
              label={`Child ${index + 1}: name`}
              error={errors[`children.${index}.name`]}
              ref={index === items.length - 1 ? lastName : undefined}
              autoComplete="off"
              placeholder="e.g. Ada Marlow"
              value={child.name}
              onChange={(name) => change(child.key, { name })}
            />
            <TextField
              label={`Child ${index + 1}: date of birth`}
              hint={unbornAllowed ? 'Leave empty for an unborn baby.' : undefined}
              optional={unbornAllowed}
              error={errors[`children.${index}.dateOfBirth`]}
              type="date"
              max={today}
              value={child.dateOfBirth}
              onChange={(dateOfBirth) => change(child.key, { dateOfBirth })}
            />
            {items.length > 1 ? (
              <button
                type="button"
                className="button button--quiet child-row__remove"
                onClick={() => remove(child.key)}
              >
                Remove {label}
              </button>
            ) : null}
          </div>
        );
      })}
      {items.length < MAX_CHILDREN ? (
        <button ref={addButton} type="button" className="button button--secondary" onClick={add}>
          Add another child
        </button>
      ) : null}
    </fieldset>
  );
}
