/**
 * The chair's side rail: the stage, undo/redo, who is waiting to come in, raised hands and
 * suggestions from professionals (accept puts the item on the board with who suggested it).
 */
import { STAGE_LABELS, STAGES, type Stage } from '@cb/shared/doc/schema';
import { useState, type ReactNode } from 'react';
import type { DecisionOptions, RaisedHand, Suggestion } from '@cb/shared/protocol';
import { TurnAwayOptions, useTurnAway } from '../TurnAwayOptions.tsx';
import { ROLE_WORDS, type Present } from './Presence.tsx';
import { suggestionSectionWords } from './sections.ts';

export interface ChairRailProps {
  stage: Stage;
  /** The chair's "Close conference" (or, once closed, the link to the plan). */
  close: ReactNode;
  /** The chair's lobby panel (who is waiting, with Let in / Not now). */
  lobby: ReactNode;
  /** Who is here now; people who came by link can be removed. */
  present: Present[];
  onRemove: (person: Present, options: DecisionOptions) => void;
  /** The board's settings (safety scale on or off, and which end is safe). */
  settings: ReactNode;
  /** What the room's screen shows (RoomScreenChoice). */
  roomScreen: ReactNode;
  hands: RaisedHand[];
  suggestions: Suggestion[];
  canUndo: boolean;
  canRedo: boolean;
  message: string | null;
  onStage: (stage: Stage) => void;
  onLowerHand: (hand: RaisedHand) => void;
  onSuggestion: (suggestion: Suggestion, accept: boolean) => void;
  onUndo: () => void;
  onRedo: () => void;
}

export function ChairRail(props: ChairRailProps) {
  const [confirming, setConfirming] = useState<string | null>(null);
  const { stage, hands, suggestions } = props;
  return (
    <aside className="rail" aria-label="Chair's tools">
      <nav aria-label="Stages">
        <h2 className="rail__heading">Stage</h2>
        <ol className="stepper">
          {STAGES.filter((s) => s !== 'closed').map((s) => (
            <li key={s}>
              <button
                type="button"
                className="stepper__step"
                aria-current={s === stage ? 'step' : undefined}
                onClick={() => props.onStage(s)}
              >
                {STAGE_LABELS[s]}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      {props.roomScreen}
      {props.close}

      <div className="rail__row">
        {(
          [
            ['Undo', props.onUndo, props.canUndo],
            ['Redo', props.onRedo, props.canRedo],
          ] as const
        ).map(([words, onClick, can]) => (
          <button
            key={words}
            type="button"
            className="button button--small"
            onClick={onClick}
            disabled={!can}
          >
            {words}
          </button>
        ))}
      </div>
      {props.message && (
        <p className="rail__message" role="status">
          {props.message}
        </p>
      )}

      {props.lobby}

      <section aria-label="People here">
        <h2 className="rail__heading">Here now ({props.present.length})</h2>
        <ul className="rail__list">
          {props.present.map((person) => (
            <li key={person.key} className="rail__card rail__person">
              <span>
                {person.name} <span className="presence__role">{ROLE_WORDS[person.role] ?? person.role}</span>
              </span>
              {person.removable && confirming !== person.key ? (
                <button
                  type="button"
                  className="button button--small button--quiet"
                  onClick={() => setConfirming(person.key)}
                >
                  Remove<span className="visually-hidden"> {person.name}</span>
                </button>
              ) : null}
              {confirming === person.key ? (
                <RemoveConfirm
                  person={person}
                  onRemove={(options) => {
                    setConfirming(null);
                    props.onRemove(person, options);
                  }}
                  onKeep={() => setConfirming(null)}
                />
              ) : null}
            </li>
          ))}
        </ul>
      </section>

      <section aria-label="Raised hands">
        <h2 className="rail__heading">Hands up ({hands.length})</h2>
        {hands.length === 0 && <p className="rail__empty">No hands raised.</p>}
        <ul className="rail__list">
          {hands.map((hand) => (
            <li key={hand.key} className="rail__card">
              {hand.name}
              <button
                type="button"
                className="button button--small button--quiet"
                onClick={() => props.onLowerHand(hand)}
              >
                Lower<span className="visually-hidden"> {hand.name}’s hand</span>
              </button>
            </li>
          ))}
        </ul>
      </section>

      <section aria-label="Suggestions">
        <h2 className="rail__heading">Suggestions ({suggestions.length})</h2>
        {suggestions.length === 0 && <p className="rail__empty">No suggestions waiting.</p>}
        <ul className="rail__list">
          {suggestions.map((s) => (
            <li key={s.id} className="rail__card">
              <p className="rail__hint">
                {s.by.name} suggests for “{suggestionSectionWords(s.section)}”:
              </p>
              <p>{s.text}</p>
              <div className="rail__row">
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => props.onSuggestion(s, true)}
                >
                  Accept<span className="visually-hidden"> “{s.text}”</span>
                </button>
                <button
                  type="button"
                  className="button button--small button--quiet"
                  onClick={() => props.onSuggestion(s, false)}
                >
                  Dismiss<span className="visually-hidden"> “{s.text}”</span>
                </button>
              </div>
            </li>
          ))}
        </ul>
      </section>
      {props.settings}
    </aside>
  );
}

/** "Remove <name>?": whether their link stops working too, then remove or keep. */
function RemoveConfirm(props: {
  person: Present;
  onRemove: (options: DecisionOptions) => void;
  onKeep: () => void;
}) {
  const { person } = props;
  const [options, setOptions] = useTurnAway(person.role);
  return (
    <div className="rail__confirm" role="group" aria-label={`Remove ${person.name}?`}>
      <TurnAwayOptions name={person.name} value={options} onChange={setOptions} />
      <span className="rail__row">
        <button
          type="button"
          className="button button--small button--warning"
          onClick={() => props.onRemove(options)}
        >
          Yes, remove {person.name}
        </button>
        <button type="button" className="button button--small button--quiet" onClick={props.onKeep}>
          Keep
        </button>
      </span>
    </div>
  );
}
