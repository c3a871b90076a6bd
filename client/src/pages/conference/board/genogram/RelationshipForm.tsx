/**
 * "Add relationship": links two people already on the tree (partners, parent and child, twins,
 * or how they get on). The click-and-keyboard alternative to drawing a line between two symbols.
 * Its state and checks are in relationshipDraft.ts.
 */
import { useId, useState } from 'react';
import type { NewRelationship } from '@cb/shared/genogram/entry';
import {
  EMOTIONAL_KINDS,
  PARENT_KINDS,
  PARTNERSHIP_KINDS,
  type GenogramModel,
} from '@cb/shared/genogram/model';
import { PersonSelect, Select, TextBox } from './controls.tsx';
import { EMOTIONAL_LABELS, PARENT_LABELS, PARTNERSHIP_LABELS } from './labels.ts';
import {
  draftAfterRelationship,
  EMPTY_RELATIONSHIP,
  relationshipFromDraft,
  type RelationshipDraft,
  type RelationshipType,
} from './relationshipDraft.ts';

const TYPE_LABELS: Record<RelationshipType, string> = {
  partnership: 'Partners',
  'parent-child': 'Parent and child',
  twins: 'Twins',
  emotional: 'How they get on',
};
const TYPES = Object.keys(TYPE_LABELS) as RelationshipType[];

interface Props {
  model: GenogramModel;
  onSubmit(input: NewRelationship): string | null;
}

export function RelationshipForm({ model, onSubmit }: Props) {
  const id = useId();
  const [draft, setDraft] = useState<RelationshipDraft>(EMPTY_RELATIONSHIP);
  const [error, setError] = useState<string | null>(null);
  const set =
    <K extends keyof RelationshipDraft>(key: K) =>
    (value: RelationshipDraft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));
  const { type } = draft;
  const [firstLabel, secondLabel] =
    type === 'parent-child' ? ['Parent', 'Child'] : ['First person', 'Second person'];

  const submit = () => {
    const checked = relationshipFromDraft(draft);
    if (!checked.ok) return setError(checked.error);
    const failed = onSubmit(checked.input);
    setError(failed);
    if (!failed) setDraft(draftAfterRelationship);
  };

  return (
    <form
      className="capture genogram-form"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <h3 id={`${id}-title`} className="capture__label">
        Add relationship
      </h3>
      <div className="capture__options">
        <Select label="Kind" value={type} values={TYPES} labels={TYPE_LABELS} set={set('type')} />
        <PersonSelect
          label={firstLabel}
          value={draft.a}
          people={model.people}
          none="Choose…"
          set={set('a')}
        />
        <PersonSelect
          label={secondLabel}
          value={draft.b}
          people={model.people}
          none="Choose…"
          set={set('b')}
        />
        {type === 'partnership' ? (
          <>
            <Select
              label="Relationship"
              value={draft.partnership}
              values={PARTNERSHIP_KINDS}
              labels={PARTNERSHIP_LABELS}
              set={set('partnership')}
            />
            <TextBox label="From" value={draft.from} set={set('from')} size={10} placeholder="year" />
            <TextBox label="Until" value={draft.to} set={set('to')} size={10} placeholder="year" />
          </>
        ) : null}
        {type === 'parent-child' ? (
          <Select
            label="How"
            value={draft.parentKind}
            values={PARENT_KINDS}
            labels={PARENT_LABELS}
            set={set('parentKind')}
          />
        ) : null}
        {type === 'twins' ? (
          <label>
            <input
              type="checkbox"
              checked={draft.identical}
              onChange={(e) => set('identical')(e.target.checked)}
            />
            Identical
          </label>
        ) : null}
        {type === 'emotional' ? (
          <Select
            label="How"
            value={draft.emotional}
            values={EMOTIONAL_KINDS}
            labels={EMOTIONAL_LABELS}
            set={set('emotional')}
          />
        ) : null}
        <button type="submit" className="button button--small">
          Add relationship
        </button>
      </div>
      <p className="field__error" aria-live="polite">
        {error ?? ''}
      </p>
    </form>
  );
}
