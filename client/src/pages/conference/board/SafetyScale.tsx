/**
 * The safety scale, when the conference uses one: each person says where they think things are,
 * 0–10, with the conference's own choice of which end means safe. Everyone sees the same numbers
 * in words; the chair adds people and changes their scores with ordinary controls (no dragging).
 */
import { forwardRef, memo, useId, useState } from 'react';
import type { BoardItem, BoardSettings } from '@cb/shared/doc/board';
import type { BoardActions } from './commands/items.ts';

const SCORES = Array.from({ length: 11 }, (_, i) => i);

export function scaleMeaning(settings: BoardSettings): { low: string; high: string } {
  const safe = 'the children are safe enough for the child protection plan to end';
  const worried = 'we are so worried the children cannot stay where they are';
  return settings.safeEnd === 'high' ? { low: worried, high: safe } : { low: safe, high: worried };
}

interface Props {
  items: BoardItem[];
  settings: BoardSettings;
  actions: BoardActions | null;
  canRestrict: boolean;
  people: string[];
}

/** Memoised: its props stand while the board redraws for a change elsewhere. */
export const SafetyScale = memo(
  forwardRef<HTMLElement, Props>(function SafetyScale(
    { items, settings, actions, canRestrict, people },
    ref,
  ) {
    const meaning = scaleMeaning(settings);
    return (
      <section ref={ref} aria-label="Safety scale" className="section section--safetyScales" tabIndex={-1}>
        <h2 className="section__heading">Safety scale</h2>
        <p className="scale__meaning">
          <strong>0</strong> means {meaning.low}. <strong>10</strong> means {meaning.high}.
        </p>
        {items.length === 0 ? <p className="section__empty">No one has given a number yet.</p> : null}
        <ul className="items">
          {items.map((item) => (
            <ScaleEntry key={item.id} item={item} actions={actions} />
          ))}
        </ul>
        {actions ? <AddToScale actions={actions} canRestrict={canRestrict} people={people} /> : null}
      </section>
    );
  }),
);

function ScaleEntry({ item, actions }: { item: BoardItem; actions: BoardActions | null }) {
  const words = item.score === null ? 'no number yet' : `${item.score} out of 10`;
  return (
    <li className={`item scale${item.professionalsOnly ? ' item--restricted' : ''}`} data-item-id={item.id}>
      <p className="item__text">
        {item.text}: <strong>{words}</strong>
        {item.professionalsOnly ? <span className="scale__note"> (professionals only)</span> : null}
      </p>
      <ol className="scale__track" aria-hidden="true">
        {SCORES.map((n) => (
          <li key={n} className={n === item.score ? 'scale__cell scale__cell--chosen' : 'scale__cell'}>
            {n}
          </li>
        ))}
      </ol>
      {actions ? (
        <div className="item-actions__row">
          <label className="field-inline">
            Number for {item.text}
            <select
              value={item.score ?? ''}
              onChange={(e) =>
                actions.update(item.id, { score: e.target.value === '' ? null : Number(e.target.value) })
              }
            >
              <option value="">Not given</option>
              {SCORES.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="chip chip--danger" onClick={() => actions.remove(item.id)}>
            Remove<span className="visually-hidden"> {item.text} from the safety scale</span>
          </button>
        </div>
      ) : null}
    </li>
  );
}

function AddToScale({
  actions,
  canRestrict,
  people,
}: {
  actions: BoardActions;
  canRestrict: boolean;
  people: string[];
}) {
  const [who, setWho] = useState('');
  const [score, setScore] = useState('');
  const [restricted, setRestricted] = useState(false);
  const id = useId();
  return (
    <form
      className="capture"
      onSubmit={(e) => {
        e.preventDefault();
        const name = who.trim();
        if (!name) return;
        actions.add('safetyScales', {
          text: name,
          score: score === '' ? null : Number(score),
          professionalsOnly: canRestrict && restricted,
        });
        setWho('');
        setScore('');
      }}
    >
      <label htmlFor={`${id}-who`} className="capture__label">
        Add person to the safety scale
      </label>
      <div className="capture__row">
        <input
          id={`${id}-who`}
          className="capture__input"
          value={who}
          onChange={(e) => setWho(e.target.value)}
          list={`${id}-people`}
          autoComplete="off"
          maxLength={200}
        />
        <datalist id={`${id}-people`}>
          {people.map((p) => (
            <option key={p} value={p} />
          ))}
        </datalist>
        <button type="submit" className="button button--small">
          Add
        </button>
      </div>
      <div className="capture__options">
        <label htmlFor={`${id}-score`}>Number (0 to 10)</label>
        <select id={`${id}-score`} value={score} onChange={(e) => setScore(e.target.value)}>
          <option value="">Not given yet</option>
          {SCORES.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
        {canRestrict ? (
          <label>
            <input type="checkbox" checked={restricted} onChange={(e) => setRestricted(e.target.checked)} />
            Professionals only
          </label>
        ) : null}
      </div>
    </form>
  );
}

/**
 * The chair's choices for the board: whether there is a safety scale, and which end is safe; and
 * whether the conference uses danger statements and safety goals.
 */
export function BoardSettingsForm({
  settings,
  onChange,
}: {
  settings: BoardSettings;
  onChange: (patch: Partial<BoardSettings>) => void;
}) {
  return (
    <fieldset className="rail__settings">
      <legend className="rail__heading">Board settings</legend>
      <label className="toggle">
        <input
          type="checkbox"
          checked={settings.safetyScale}
          onChange={(e) => onChange({ safetyScale: e.target.checked })}
        />
        Show a safety scale
      </label>
      {settings.safetyScale ? (
        <label className="field-inline">
          Safe end of the scale
          <select
            value={settings.safeEnd}
            onChange={(e) => onChange({ safeEnd: e.target.value === 'low' ? 'low' : 'high' })}
          >
            <option value="high">10 means safe</option>
            <option value="low">0 means safe</option>
          </select>
        </label>
      ) : null}
      <label className="toggle">
        <input
          type="checkbox"
          checked={settings.dangerStatements}
          onChange={(e) => onChange({ dangerStatements: e.target.checked })}
        />
        Use danger statements and safety goals
      </label>
    </fieldset>
  );
}
