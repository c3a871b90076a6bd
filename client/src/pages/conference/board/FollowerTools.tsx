/**
 * Tools for people following the board: follow the chair or look around; for professionals also
 * raise a hand and suggest an item; for the family, raise a hand and suggest something for the
 * plan (it is their plan) or say what they think, which goes to the chair's queue. On a phone a professional's tools are a bar that stays at the
 * foot of the screen: the hand is always in reach, and "Suggest an item" opens the form above it.
 */
import { useId, useState } from 'react';
import type { WorryKind } from '@cb/shared/doc/schema';
import { SUGGESTION_SECTIONS, type Role, type SuggestionSection } from '@cb/shared/protocol';
import { SECTION_BY_KEY } from './sections.ts';
import { WorryKindSelect } from './WorryKindSelect.tsx';

interface Props {
  role: Role;
  following: boolean;
  handRaised: boolean;
  mySuggestions: number;
  onFollow: (following: boolean) => void;
  onHand: (raised: boolean) => void;
  onSuggest: (input: {
    section: SuggestionSection;
    text: string;
    kind: WorryKind | null;
  }) => Promise<string | null>;
}

/** The words of a suggestion, the button that sends it, and what became of it. */
function SuggestionText(props: {
  label: string;
  text: string;
  onText(text: string): void;
  note: string | null;
  mySuggestions: number;
}) {
  return (
    <>
      <label>
        {props.label}
        <textarea
          value={props.text}
          onChange={(e) => props.onText(e.target.value)}
          rows={3}
          maxLength={2000}
        />
      </label>
      <button type="submit" className="button button--small">
        Send to the chair
      </button>
      <p role="status" className="tools__note">
        {props.note}
        {props.mySuggestions > 0 && ` ${props.mySuggestions} waiting for the chair.`}
      </p>
    </>
  );
}

/** The family's own suggestion: for the plan, or what they think; plain words, one box. */
function FamilySuggestion({ mySuggestions, onSuggest }: Pick<Props, 'mySuggestions' | 'onSuggest'>) {
  const [section, setSection] = useState<'plan' | 'parentsView'>('plan');
  const [text, setText] = useState('');
  const [note, setNote] = useState<string | null>(null);
  return (
    <form
      className="suggest suggest--family"
      aria-label="Suggest something"
      onSubmit={async (e) => {
        e.preventDefault();
        if (!text.trim()) return setNote('Write your idea first.');
        const error = await onSuggest({ section, text: text.trim(), kind: null });
        setNote(error ?? 'Sent to the chair. They will read it out or add it.');
        if (!error) setText('');
      }}
    >
      <h2 className="tools__heading">Your ideas</h2>
      <fieldset className="suggest__choice">
        <legend>What is it?</legend>
        <label>
          <input
            type="radio"
            name="family-suggest"
            checked={section === 'plan'}
            onChange={() => setSection('plan')}
          />
          Something for the plan
        </label>
        <label>
          <input
            type="radio"
            name="family-suggest"
            checked={section === 'parentsView'}
            onChange={() => setSection('parentsView')}
          />
          What we think
        </label>
      </fieldset>
      <SuggestionText
        label="Your idea"
        text={text}
        onText={setText}
        note={note}
        mySuggestions={mySuggestions}
      />
    </form>
  );
}

export function FollowerTools({
  role,
  following,
  handRaised,
  mySuggestions,
  onFollow,
  onHand,
  onSuggest,
}: Props) {
  const [section, setSection] = useState<SuggestionSection>('worries');
  const [kind, setKind] = useState<WorryKind | null>(null);
  const [text, setText] = useState('');
  const [note, setNote] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const formId = useId();
  return (
    <aside
      className={`tools${role === 'professional' ? ' tools--bar' : ''}${open ? ' tools--open' : ''}`}
      aria-label="Your tools"
    >
      <label className="toggle">
        <input type="checkbox" checked={following} onChange={(e) => onFollow(e.target.checked)} />
        Follow the chair
      </label>
      {(role === 'professional' || role === 'family') && (
        <button
          type="button"
          className="button button--small"
          aria-pressed={handRaised}
          onClick={() => onHand(!handRaised)}
        >
          {handRaised ? 'Lower my hand' : 'Raise my hand'}
        </button>
      )}
      {role === 'family' && <FamilySuggestion mySuggestions={mySuggestions} onSuggest={onSuggest} />}
      {role === 'professional' && (
        // Only on a phone (CSS): elsewhere the form is always open beside the board.
        <button
          type="button"
          className="button button--small button--secondary tools__open"
          aria-expanded={open}
          aria-controls={formId}
          onClick={() => setOpen(!open)}
        >
          {open ? 'Close the suggestion' : 'Suggest an item'}
        </button>
      )}
      {role === 'professional' && (
        <form
          id={formId}
          className="suggest"
          aria-label="Suggest an item"
          onSubmit={async (e) => {
            e.preventDefault();
            if (!text.trim()) return;
            if (section === 'worries' && kind === null) {
              setNote('Choose the kind of worry first.');
              return;
            }
            const error = await onSuggest({
              section,
              text: text.trim(),
              kind: section === 'worries' ? kind : null,
            });
            setNote(error ?? 'Sent to the chair.');
            if (!error) setText('');
          }}
        >
          <h2 className="tools__heading">Suggest an item</h2>
          <label>
            Section
            <select value={section} onChange={(e) => setSection(e.target.value as SuggestionSection)}>
              {SUGGESTION_SECTIONS.map((s) => (
                <option key={s} value={s}>
                  {s === 'plan' ? 'The plan: something to be done' : (SECTION_BY_KEY[s]?.heading ?? s)}
                </option>
              ))}
            </select>
          </label>
          {section === 'worries' && <WorryKindSelect label="Kind" value={kind} onChange={setKind} />}
          <SuggestionText
            label="Your suggestion"
            text={text}
            onText={setText}
            note={note}
            mySuggestions={mySuggestions}
          />
        </form>
      )}
    </aside>
  );
}
