/** The parts of "Add person" (PersonForm): a labelled select, who they are related to, and more about them. */
import type { Person, GenogramModel, PregnancyOutcome } from '@cb/shared/genogram/model';
import { PARENT_KINDS, PARTNERSHIP_KINDS, PREGNANCY_OUTCOMES } from '@cb/shared/genogram/model';
import { LINK_LABELS, PARENT_LABELS, PARTNERSHIP_LABELS, PREGNANCY_LABELS, personName } from './labels.ts';
import { NEW_HOUSEHOLD, type PersonDraft } from './personDraft.ts';

export type SetField = <K extends keyof PersonDraft>(key: K, value: PersonDraft[K]) => void;

export function Select<T extends string>(props: {
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
export function RelationFields({
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
export function MoreAboutPerson({
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
