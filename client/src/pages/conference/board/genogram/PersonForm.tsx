/**
 * "Add person" (and editing someone already on the tree): the keyboard way to draw the family
 * tree. Type a name, say how they are related to someone already there, press Enter; focus comes
 * back to the name for the next person, and the relation stays set, because families are told in
 * runs ("then there's Ruby, Seb and Tom").
 */
import { forwardRef, useId, useState } from 'react';
import { currentPartner, parseAgeOrBirth, type Link, type LinkType } from '@cb/shared/genogram/entry';
import {
  PARENT_KINDS,
  PARTNERSHIP_KINDS,
  PREGNANCY_OUTCOMES,
  SEXES,
  type GenogramModel,
  type NewPerson,
  type ParentKind,
  type PartnershipKind,
  type Person,
  type PregnancyOutcome,
  type Sex,
} from '@cb/shared/genogram/model';
import {
  LINK_LABELS,
  PARENT_LABELS,
  PARTNERSHIP_LABELS,
  PREGNANCY_LABELS,
  SEX_LABELS,
  personName,
} from './labels.ts';

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

/** The "Lives in" choice that makes a new household. */
const NEW_HOUSEHOLD = '__new';

const ageField = (p?: Person) =>
  p?.dateOfBirth ?? (p?.age !== null && p?.age !== undefined ? String(p.age) : '');

export const PersonForm = forwardRef<HTMLInputElement, Props>(function PersonForm(
  { model, person, preset, shortcut, onSubmit, onCancel },
  ref,
) {
  const id = useId();
  const editing = person !== undefined;
  const [name, setName] = useState(person?.name ?? '');
  const [sex, setSex] = useState<Sex>(person?.sex ?? 'unknown');
  const [ageText, setAgeText] = useState(ageField(person));
  const [subject, setSubject] = useState(person?.subject ?? false);
  const [relatedTo, setRelatedTo] = useState(preset?.relatedTo ?? '');
  const [as, setAs] = useState<LinkType>(preset?.as ?? 'child');
  const [partnership, setPartnership] = useState<PartnershipKind>('married');
  const [parentKind, setParentKind] = useState<ParentKind>('birth');
  const [otherParent, setOtherParent] = useState<string | null>(null);
  const [genderIdentity, setGenderIdentity] = useState(person?.genderIdentity ?? '');
  const [died, setDied] = useState(person?.deceased != null);
  const [diedYear, setDiedYear] = useState(person?.deceased?.year?.toString() ?? '');
  const [diedAge, setDiedAge] = useState(person?.deceased?.age?.toString() ?? '');
  const [pregnancy, setPregnancy] = useState<PregnancyOutcome | ''>(person?.pregnancy?.outcome ?? '');
  const [weeks, setWeeks] = useState(person?.pregnancy?.weeks?.toString() ?? '');
  const [household, setHousehold] = useState(person?.householdId ?? '');
  const [newHousehold, setNewHousehold] = useState('');
  const [notes, setNotes] = useState(person?.notes ?? '');
  const [error, setError] = useState<string | null>(null);

  const others = model.people.filter((p) => p.id !== person?.id);
  const related = relatedTo && others.some((p) => p.id === relatedTo) ? relatedTo : '';
  // The other parent defaults to the related person's current partner, until the chair picks.
  const otherParentShown = otherParent ?? (related ? (currentPartner(model, related) ?? '') : '');

  const submit = () => {
    const age = parseAgeOrBirth(ageText);
    if ('error' in age) return setError(age.error);
    if (!name.trim() && !pregnancy) return setError('Type the person’s name (or “Not known”).');
    const year = diedYear.trim() ? Number(diedYear) : undefined;
    const ageAtDeath = diedAge.trim() ? Number(diedAge) : undefined;
    if (
      died &&
      ((year !== undefined && !(year >= 1800 && year <= 2200)) ||
        (ageAtDeath !== undefined && !(ageAtDeath >= 0)))
    ) {
      return setError('The year or age they died is not a number we can use.');
    }
    const w = weeks.trim() ? Number(weeks) : undefined;
    if (pregnancy && w !== undefined && !(Number.isInteger(w) && w >= 1 && w <= 45)) {
      return setError('Weeks of pregnancy should be a whole number from 1 to 45.');
    }
    const creating = household === NEW_HOUSEHOLD;
    if (creating && !newHousehold.trim())
      return setError('Give the new household a name, for example “Dan’s flat”.');
    const input: Omit<NewPerson, 'id'> = {
      name: name.trim(),
      sex,
      ...age,
      subject,
      genderIdentity: genderIdentity.trim() || null,
      deceased: died
        ? {
            ...(year !== undefined ? { year } : {}),
            ...(ageAtDeath !== undefined ? { age: ageAtDeath } : {}),
          }
        : null,
      pregnancy: pregnancy ? { outcome: pregnancy, ...(w !== undefined ? { weeks: w } : {}) } : null,
      householdId: creating || !household ? null : household,
      notes: notes.trim(),
    };
    const link: Link | null = !related
      ? null
      : as === 'partner'
        ? { as, of: related, kind: partnership }
        : as === 'child'
          ? { as, of: related, otherParent: otherParentShown || null, kind: parentKind }
          : as === 'parent'
            ? { as, of: related, kind: parentKind }
            : { as, of: related };
    const failed = onSubmit(input, editing ? null : link, creating ? newHousehold.trim() : null);
    setError(failed);
    if (failed || editing) return;
    setName('');
    setAgeText('');
    // Brothers and sisters come in runs; a partner or parent after a child is not a subject child.
    if (!related || (as !== 'child' && as !== 'sibling')) setSubject(false);
    setSex('unknown');
    setGenderIdentity('');
    setDied(false);
    setDiedYear('');
    setDiedAge('');
    setPregnancy('');
    setWeeks('');
    setNotes('');
    // The household just made is in the list now, to pick for the next person.
    if (creating) {
      setHousehold('');
      setNewHousehold('');
    }
  };

  const select = <T extends string>(
    label: string,
    value: T,
    values: readonly T[],
    labels: Record<T, string>,
    set: (v: T) => void,
  ) => (
    <label>
      {label}
      <select value={value} onChange={(e) => set(e.target.value as T)}>
        {values.map((v) => (
          <option key={v} value={v}>
            {labels[v]}
          </option>
        ))}
      </select>
    </label>
  );

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
          value={name}
          onChange={(e) => setName(e.target.value)}
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
        {select('Sex', sex, SEXES, SEX_LABELS, setSex)}
        <label>
          Age or date of birth
          <input value={ageText} onChange={(e) => setAgeText(e.target.value)} size={10} autoComplete="off" />
        </label>
        {!editing && (
          <>
            <label>
              Related to
              <select value={related} onChange={(e) => setRelatedTo(e.target.value)}>
                <option value="">Nobody yet</option>
                {others.map((p) => (
                  <option key={p.id} value={p.id}>
                    {personName(p)}
                  </option>
                ))}
              </select>
            </label>
            {related
              ? select('As their', as, ['partner', 'child', 'parent', 'sibling'] as const, LINK_LABELS, setAs)
              : null}
            {related && as === 'partner'
              ? select('Relationship', partnership, PARTNERSHIP_KINDS, PARTNERSHIP_LABELS, setPartnership)
              : null}
            {related && (as === 'child' || as === 'parent')
              ? select('How', parentKind, PARENT_KINDS, PARENT_LABELS, setParentKind)
              : null}
            {related && as === 'child' ? (
              <label>
                Other parent
                <select value={otherParentShown} onChange={(e) => setOtherParent(e.target.value)}>
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
        )}
        <label>
          <input type="checkbox" checked={subject} onChange={(e) => setSubject(e.target.checked)} />A child
          this conference is about
        </label>
      </div>
      <details
        className="genogram-form__more"
        open={
          editing && (died || !!pregnancy || !!genderIdentity || !!notes || !!household) ? true : undefined
        }
      >
        <summary>More about this person</summary>
        <div className="capture__options">
          <label>
            Gender identity
            <input
              value={genderIdentity}
              onChange={(e) => setGenderIdentity(e.target.value)}
              size={14}
              maxLength={100}
            />
          </label>
          <label>
            <input type="checkbox" checked={died} onChange={(e) => setDied(e.target.checked)} />
            Has died
          </label>
          {died ? (
            <>
              <label>
                Year
                <input
                  value={diedYear}
                  onChange={(e) => setDiedYear(e.target.value)}
                  size={5}
                  inputMode="numeric"
                />
              </label>
              <label>
                Age at death
                <input
                  value={diedAge}
                  onChange={(e) => setDiedAge(e.target.value)}
                  size={4}
                  inputMode="numeric"
                />
              </label>
            </>
          ) : null}
          <label>
            Pregnancy
            <select value={pregnancy} onChange={(e) => setPregnancy(e.target.value as PregnancyOutcome | '')}>
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
            <select value={household} onChange={(e) => setHousehold(e.target.value)}>
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
                value={newHousehold}
                onChange={(e) => setNewHousehold(e.target.value)}
                size={16}
                maxLength={200}
              />
            </label>
          ) : null}
          <label className="genogram-form__notes">
            Notes
            <textarea value={notes} onChange={(e) => setNotes(e.target.value)} rows={2} maxLength={5000} />
          </label>
          {pregnancy ? (
            <label>
              Weeks
              <input value={weeks} onChange={(e) => setWeeks(e.target.value)} size={3} inputMode="numeric" />
            </label>
          ) : null}
        </div>
      </details>
    </form>
  );
});
