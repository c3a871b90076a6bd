/**
 * "Add person" (and editing someone already on the tree): the keyboard way to draw the family
 * tree. Type a name, say how they are related to someone already there, press Enter; focus comes
 * back to the name for the next person, and the relation stays set, because families are told in
 * runs ("then there's Ruby, Seb and Tom").
 */
import { forwardRef, useId, useState } from 'react';
import { currentPartner, type Link, type LinkType } from '@cb/shared/genogram/entry';
import {
  PARENT_KINDS,
  PARTNERSHIP_KINDS,
  PREGNANCY_OUTCOMES,
  SEXES,
  type GenogramModel,
  type NewPerson,
  type Person,
  type PregnancyOutcome,
} from '@cb/shared/genogram/model';
import {
  LINK_LABELS,
  PARENT_LABELS,
  PARTNERSHIP_LABELS,
  PREGNANCY_LABELS,
  SEX_LABELS,
  personName,
} from './labels.ts';
import {
  draftAfterAdding,
  draftOf,
  linkFromDraft,
  NEW_HOUSEHOLD,
  personFromDraft,
  type PersonDraft,
} from './personDraft.ts';

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

type SetField = <K extends keyof PersonDraft>(key: K, value: PersonDraft[K]) => void;

function Select<T extends string>(props: {
  label: string;
  value: T;
  values: readonly T[];
  labels: Record<T, string>;
  set: (v: T) => void;
}) {
  return (
    <label>
      {props.label}
      <select value={props.value} onChange={(e) => props.set(e.target.value as T)}>
        {props.values.map((v) => (
          <option key={v} value={v}>
            {props.labels[v]}
          </option>
        ))}
      </select>
    </label>
  );
}

interface PartProps {
  draft: PersonDraft;
  set: SetField;
}

/** Who the new person is related to, and how. */
function RelationFields({
  draft,
  set,
  others,
  related,
  otherParentShown,
}: PartProps & { others: Person[]; related: string; otherParentShown: string }) {
  const { as } = draft;
  return (
    <>
      <label>
        Related to
        <select value={related} onChange={(e) => set('relatedTo', e.target.value)}>
          <option value="">Nobody yet</option>
          {others.map((p) => (
            <option key={p.id} value={p.id}>
              {personName(p)}
            </option>
          ))}
        </select>
      </label>
      {related ? (
        <Select
          label="As their"
          value={as}
          values={['partner', 'child', 'parent', 'sibling'] as const}
          labels={LINK_LABELS}
          set={(v) => set('as', v)}
        />
      ) : null}
      {related && as === 'partner' ? (
        <Select
          label="Relationship"
          value={draft.partnership}
          values={PARTNERSHIP_KINDS}
          labels={PARTNERSHIP_LABELS}
          set={(v) => set('partnership', v)}
        />
      ) : null}
      {related && (as === 'child' || as === 'parent') ? (
        <Select
          label="How"
          value={draft.parentKind}
          values={PARENT_KINDS}
          labels={PARENT_LABELS}
          set={(v) => set('parentKind', v)}
        />
      ) : null}
      {related && as === 'child' ? (
        <label>
          Other parent
          <select value={otherParentShown} onChange={(e) => set('otherParent', e.target.value)}>
            <option value="">Not recorded</option>
            {others
              .filter((p) => p.id !== related)
              .map((p) => (
                <option key={p.id} value={p.id}>
                  {personName(p)}
                </option>
              ))}
          </select>
        </label>
      ) : null}
    </>
  );
}

/** "More about this person": gender identity, death, pregnancy, household and notes. */
function MoreAboutPerson({
  draft,
  set,
  model,
  editing,
}: PartProps & { model: GenogramModel; editing: boolean }) {
  const { died, pregnancy, genderIdentity, notes, household } = draft;
  return (
    <details
      className="genogram-form__more"
      open={editing && (died || !!pregnancy || !!genderIdentity || !!notes || !!household) ? true : undefined}
    >
      <summary>More about this person</summary>
      <div className="capture__options">
        <label>
          Gender identity
          <input
            value={genderIdentity}
            onChange={(e) => set('genderIdentity', e.target.value)}
            size={14}
            maxLength={100}
          />
        </label>
        <label>
          <input type="checkbox" checked={died} onChange={(e) => set('died', e.target.checked)} />
          Has died
        </label>
        {died ? (
          <>
            <label>
              Year
              <input
                value={draft.diedYear}
                onChange={(e) => set('diedYear', e.target.value)}
                size={5}
                inputMode="numeric"
              />
            </label>
            <label>
              Age at death
              <input
                value={draft.diedAge}
                onChange={(e) => set('diedAge', e.target.value)}
                size={4}
                inputMode="numeric"
              />
            </label>
          </>
        ) : null}
        <label>
          Pregnancy
          <select
            value={pregnancy}
            onChange={(e) => set('pregnancy', e.target.value as PregnancyOutcome | '')}
          >
            <option value="">Not a pregnancy</option>
            {PREGNANCY_OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {PREGNANCY_LABELS[o]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Lives in
          <select value={household} onChange={(e) => set('household', e.target.value)}>
            <option value="">Not recorded</option>
            {model.households.map((h) => (
              <option key={h.id} value={h.id}>
                {h.name}
              </option>
            ))}
            <option value={NEW_HOUSEHOLD}>A new household…</option>
          </select>
        </label>
        {household === NEW_HOUSEHOLD ? (
          <label>
            Name of the new household
            <input
              value={draft.newHousehold}
              onChange={(e) => set('newHousehold', e.target.value)}
              size={16}
              maxLength={200}
            />
          </label>
        ) : null}
        <label className="genogram-form__notes">
          Notes
          <textarea value={notes} onChange={(e) => set('notes', e.target.value)} rows={2} maxLength={5000} />
        </label>
        {pregnancy ? (
          <label>
            Weeks
            <input
              value={draft.weeks}
              onChange={(e) => set('weeks', e.target.value)}
              size={3}
              inputMode="numeric"
            />
          </label>
        ) : null}
      </div>
    </details>
  );
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
        <label>
          Age or date of birth
          <input
            value={draft.ageText}
            onChange={(e) => set('ageText', e.target.value)}
            size={10}
            autoComplete="off"
          />
        </label>
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
