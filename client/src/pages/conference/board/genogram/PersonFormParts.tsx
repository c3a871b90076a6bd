/** The parts of "Add person" (PersonForm): who they are related to, and more about them. */
import type { Person, GenogramModel, PregnancyOutcome } from '@cb/shared/genogram/model';
import { PARENT_KINDS, PARTNERSHIP_KINDS, PREGNANCY_OUTCOMES } from '@cb/shared/genogram/model';
import { ChoiceSelect, PersonSelect, Select, TextBox } from './controls.tsx';
import { LINK_LABELS, PARENT_LABELS, PARTNERSHIP_LABELS, PREGNANCY_LABELS } from './labels.ts';
import { NEW_HOUSEHOLD, type PersonDraft } from './personDraft.ts';

export type SetField = <K extends keyof PersonDraft>(key: K, value: PersonDraft[K]) => void;

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
      <PersonSelect
        label="Related to"
        value={related}
        people={others}
        none="Nobody yet"
        set={(v) => set('relatedTo', v)}
      />
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
        <ChoiceSelect
          label="Relationship"
          value={draft.partnership}
          values={PARTNERSHIP_KINDS}
          labels={PARTNERSHIP_LABELS}
          none="Choose…"
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
        <PersonSelect
          label="Other parent"
          value={otherParentShown}
          people={others.filter((p) => p.id !== related)}
          none="Not recorded"
          set={(v) => set('otherParent', v)}
        />
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
        <TextBox
          label="Gender identity"
          value={genderIdentity}
          set={(v) => set('genderIdentity', v)}
          size={14}
          maxLength={100}
        />
        <label>
          <input type="checkbox" checked={died} onChange={(e) => set('died', e.target.checked)} />
          Has died
        </label>
        {died ? (
          <>
            <TextBox
              label="Year"
              value={draft.diedYear}
              set={(v) => set('diedYear', v)}
              size={5}
              inputMode="numeric"
            />
            <TextBox
              label="Age at death"
              value={draft.diedAge}
              set={(v) => set('diedAge', v)}
              size={4}
              inputMode="numeric"
            />
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
          <TextBox
            label="Name of the new household"
            value={draft.newHousehold}
            set={(v) => set('newHousehold', v)}
            size={16}
            maxLength={200}
          />
        ) : null}
        <label className="genogram-form__notes">
          Notes
          <textarea value={notes} onChange={(e) => set('notes', e.target.value)} rows={2} maxLength={5000} />
        </label>
        {pregnancy ? (
          <TextBox
            label="Weeks"
            value={draft.weeks}
            set={(v) => set('weeks', v)}
            size={3}
            inputMode="numeric"
          />
        ) : null}
      </div>
    </details>
  );
}
