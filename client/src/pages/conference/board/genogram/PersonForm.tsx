/**
 * "Add person" (and editing someone already on the tree): the keyboard way to draw the family
 * tree. Type a name, say how they are related to someone already there, press Enter; focus comes
 * back to the name for the next person, and the relation stays set, because families are told in
 * runs ("then there's Ruby, Seb and Tom").
 */
import { forwardRef, useId, useState } from 'react';
import { currentPartner, type Link, type LinkType } from '@cb/shared/genogram/entry';
import { SEXES, type GenogramModel, type NewPerson, type Person } from '@cb/shared/genogram/model';
import { SEX_LABELS, personName } from './labels.ts';
import { Select, TextBox } from './controls.tsx';
import { MoreAboutPerson, RelationFields, type SetField } from './PersonFormParts.tsx';
import { draftAfterAdding, draftOf, linkFromDraft, linkProblem, personFromDraft } from './personDraft.ts';

export interface PersonFormPreset {
  relatedTo: string;
  as: LinkType;
}

interface Props {
  model: GenogramModel;
  /** Editing this person; otherwise adding someone new. */
  person?: Person;
  preset?: PersonFormPreset | null;
  shortcut?: string;
  /** `newHousehold`: the name of a household to create for them first, or null. */
  onSubmit(input: Omit<NewPerson, 'id'>, link: Link | null, newHousehold: string | null): string | null;
  onCancel?: () => void;
}

export const PersonForm = forwardRef<HTMLInputElement, Props>(function PersonForm(
  { model, person, preset, shortcut, onSubmit, onCancel },
  ref,
) {
  const id = useId();
  const editing = person !== undefined;
  const [draft, setDraft] = useState(() => draftOf(person, preset));
  const [error, setError] = useState<string | null>(null);
  const set: SetField = (key, value) => setDraft((d) => ({ ...d, [key]: value }));

  const others = model.people.filter((p) => p.id !== person?.id);
  const related = draft.relatedTo && others.some((p) => p.id === draft.relatedTo) ? draft.relatedTo : '';
  // The other parent defaults to the related person's current partner, until the chair picks.
  const otherParentShown = draft.otherParent ?? (related ? (currentPartner(model, related) ?? '') : '');

  const submit = () => {
    const checked = personFromDraft(draft);
    if (!checked.ok) return setError(checked.error);
    // Nothing typed is lost: the draft stays as it is until the chair puts it right.
    const problem = editing ? null : linkProblem(draft, related);
    if (problem) return setError(problem);
    const link = linkFromDraft(draft, related, otherParentShown);
    const failed = onSubmit(checked.input, editing ? null : link, checked.newHousehold);
    setError(failed);
    if (failed || editing) return;
    setDraft((d) => draftAfterAdding(d, related));
  };

  return (
    <form
      className="capture genogram-form"
      aria-label={editing ? `Edit ${personName(person)}` : 'Add person'}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <label htmlFor={`${id}-name`} className="capture__label">
        {editing ? 'Name' : 'Add person'}
        {shortcut ? <span className="capture__key"> (Alt+{shortcut})</span> : null}
      </label>
      <div className="capture__row">
        <input
          ref={ref}
          id={`${id}-name`}
          className="capture__input"
          value={draft.name}
          onChange={(e) => set('name', e.target.value)}
          autoComplete="off"
          maxLength={200}
          aria-describedby={`${id}-error`}
        />
        <button type="submit" className="button button--small">
          {editing ? 'Save' : 'Add'}
        </button>
        {onCancel ? (
          <button type="button" className="button button--small button--quiet" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
      <p id={`${id}-error`} className="field__error" aria-live="polite">
        {error ?? ''}
      </p>
      <div className="capture__options">
        <Select label="Sex" value={draft.sex} values={SEXES} labels={SEX_LABELS} set={(v) => set('sex', v)} />
        <TextBox
          label="Age or date of birth"
          value={draft.ageText}
          set={(v) => set('ageText', v)}
          size={10}
          autoComplete="off"
        />
        {!editing && (
          <RelationFields
            draft={draft}
            set={set}
            others={others}
            related={related}
            otherParentShown={otherParentShown}
          />
        )}
        <label>
          <input type="checkbox" checked={draft.subject} onChange={(e) => set('subject', e.target.checked)} />
          A child this conference is about
        </label>
      </div>
      <MoreAboutPerson draft={draft} set={set} model={model} editing={editing} />
    </form>
  );
});
