/**
 * "Add relationship": links two people already on the tree (partners, parent and child, twins,
 * or how they get on). The click-and-keyboard alternative to drawing a line between two symbols.
 */
import { useId, useState } from 'react';
import {
  EMOTIONAL_KINDS,
  PARENT_KINDS,
  PARTNERSHIP_KINDS,
  partialDateSchema,
  type EmotionalKind,
  type GenogramModel,
  type ParentKind,
  type PartnershipKind,
} from '@cb/shared/genogram/model';
import type { NewRelationship } from '../commands/genogram.ts';
import { EMOTIONAL_LABELS, PARENT_LABELS, PARTNERSHIP_LABELS, personName } from './labels.ts';

type RelType = NewRelationship['type'];

const TYPE_LABELS: Record<RelType, string> = {
  partnership: 'Partners',
  'parent-child': 'Parent and child',
  twins: 'Twins',
  emotional: 'How they get on',
};

interface Props {
  model: GenogramModel;
  onSubmit(input: NewRelationship): string | null;
}

export function RelationshipForm({ model, onSubmit }: Props) {
  const id = useId();
  const [type, setType] = useState<RelType>('partnership');
  const [a, setA] = useState('');
  const [b, setB] = useState('');
  const [partnership, setPartnership] = useState<PartnershipKind>('married');
  const [parentKind, setParentKind] = useState<ParentKind>('birth');
  const [emotional, setEmotional] = useState<EmotionalKind>('close');
  const [identical, setIdentical] = useState(false);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [error, setError] = useState<string | null>(null);

  const [firstLabel, secondLabel] =
    type === 'parent-child' ? ['Parent', 'Child'] : ['First person', 'Second person'];

  const submit = () => {
    if (!a || !b) return setError('Choose both people.');
    if (a === b) return setError('Choose two different people.');
    for (const d of [from, to]) {
      if (d.trim() && !partialDateSchema.safeParse(d.trim()).success) {
        return setError('Write dates as a year (2012) or a full date (2012-06-30).');
      }
    }
    const input: NewRelationship =
      type === 'partnership'
        ? { type, a, b, kind: partnership, from: from.trim() || null, to: to.trim() || null }
        : type === 'parent-child'
          ? { type, parent: a, child: b, kind: parentKind }
          : type === 'twins'
            ? { type, a, b, identical }
            : { type, a, b, kind: emotional };
    const failed = onSubmit(input);
    setError(failed);
    if (!failed) {
      setA('');
      setB('');
      setFrom('');
      setTo('');
    }
  };

  const person = (label: string, value: string, set: (v: string) => void) => (
    <label>
      {label}
      <select value={value} onChange={(e) => set(e.target.value)}>
        <option value="">Choose…</option>
        {model.people.map((p) => (
          <option key={p.id} value={p.id}>
            {personName(p)}
          </option>
        ))}
      </select>
    </label>
  );

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
        <label>
          Kind
          <select value={type} onChange={(e) => setType(e.target.value as RelType)}>
            {(Object.keys(TYPE_LABELS) as RelType[]).map((t) => (
              <option key={t} value={t}>
                {TYPE_LABELS[t]}
              </option>
            ))}
          </select>
        </label>
        {person(firstLabel, a, setA)}
        {person(secondLabel, b, setB)}
        {type === 'partnership' ? (
          <>
            <label>
              Relationship
              <select value={partnership} onChange={(e) => setPartnership(e.target.value as PartnershipKind)}>
                {PARTNERSHIP_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {PARTNERSHIP_LABELS[k]}
                  </option>
                ))}
              </select>
            </label>
            <label>
              From
              <input value={from} onChange={(e) => setFrom(e.target.value)} size={10} placeholder="year" />
            </label>
            <label>
              Until
              <input value={to} onChange={(e) => setTo(e.target.value)} size={10} placeholder="year" />
            </label>
          </>
        ) : null}
        {type === 'parent-child' ? (
          <label>
            How
            <select value={parentKind} onChange={(e) => setParentKind(e.target.value as ParentKind)}>
              {PARENT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {PARENT_LABELS[k]}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {type === 'twins' ? (
          <label>
            <input type="checkbox" checked={identical} onChange={(e) => setIdentical(e.target.checked)} />
            Identical
          </label>
        ) : null}
        {type === 'emotional' ? (
          <label>
            How
            <select value={emotional} onChange={(e) => setEmotional(e.target.value as EmotionalKind)}>
              {EMOTIONAL_KINDS.map((k) => (
                <option key={k} value={k}>
                  {EMOTIONAL_LABELS[k]}
                </option>
              ))}
            </select>
          </label>
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
