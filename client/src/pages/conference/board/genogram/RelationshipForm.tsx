/**
 * "Add relationship": links two people already on the tree (partners, parent and child, twins,
 * or how they get on). The click-and-keyboard alternative to drawing a line between two symbols.
 * With `relationship` it edits one already there instead (its kind stays; who, how and when can
 * change). Its state and checks are in relationshipDraft.ts.
 */
import { useId, useState } from 'react';
import type { NewRelationship } from '@cb/shared/genogram/entry';
import {
  EMOTIONAL_KINDS,
  PARENT_KINDS,
  PARTNERSHIP_KINDS,
  type GenogramModel,
  type Relationship,
} from '@cb/shared/genogram/model';
import { ChoiceSelect, PersonSelect, Select, TextBox } from './controls.tsx';
import { EMOTIONAL_LABELS, PARENT_LABELS, PARTNERSHIP_LABELS } from './labels.ts';
import {
  draftAfterRelationship,
  draftOfRelationship,
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
  /** Editing this relationship; otherwise adding a new one. */
  relationship?: Relationship;
  /** What went wrong, in words for the chair, or null when it was saved. */
  onSubmit(input: NewRelationship): string | null;
  onCancel?: () => void;
}

export function RelationshipForm({ model, relationship, onSubmit, onCancel }: Props) {
  const id = useId();
  const editing = relationship !== undefined;
  const [draft, setDraft] = useState<RelationshipDraft>(() =>
    relationship ? draftOfRelationship(relationship) : EMPTY_RELATIONSHIP,
  );
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
    // On a problem the draft stays as typed, for the chair to put right.
    const failed = onSubmit(checked.input);
    setError(failed);
    if (!failed && !editing) setDraft(draftAfterRelationship);
  };

  return (
    <form
      className="capture genogram-form genogram-form--relationship"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <h3 id={`${id}-title`} className="capture__label">
        {editing ? `Edit relationship: ${TYPE_LABELS[type].toLowerCase()}` : 'Add relationship'}
      </h3>
      <div className="capture__options">
        {editing ? null : (
          <Select label="Kind" value={type} values={TYPES} labels={TYPE_LABELS} set={set('type')} />
        )}
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
            <ChoiceSelect
              label="Relationship"
              value={draft.partnership}
              values={PARTNERSHIP_KINDS}
              labels={PARTNERSHIP_LABELS}
              none="Choose…"
              set={set('partnership')}
            />
            <TextBox label="From" value={draft.from} set={set('from')} size={10} placeholder="year or date" />
            <TextBox label="Until" value={draft.to} set={set('to')} size={10} placeholder="year or date" />
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
          {editing ? 'Save' : 'Add relationship'}
        </button>
        {onCancel ? (
          <button type="button" className="button button--small button--quiet" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
      <p className="field__error" aria-live="polite">
        {error ?? ''}
      </p>
    </form>
  );
}
