/**
 * The chair's part of the decision for one child: the views so far and their count, "Record a
 * view" for someone in the room, then the outcome, its category, the chair's reasons when the
 * outcome goes against the majority or the views are evenly split (reasonsNeeded), the dissent (those who chose to dissent, with their reasons; whose views differ, to be asked), whether the family
 * sees the views, and sharing the outcome with the family (a draft until then).
 */
import { useId, useState } from 'react';
import type { Attendee } from '@cb/shared/doc/attendance';
import {
  CATEGORY_LABELS,
  HARM_CATEGORIES,
  differsFrom,
  majorityView,
  reasonsNeeded,
  type ReasonsNeeded,
  OUTCOME_LABELS,
  OUTCOMES,
  type DecisionView,
  type Outcome,
} from '@cb/shared/doc/decisions';
import type { ChildRecord } from '@cb/shared/doc/schema';
import {
  derivedParts,
  familyCopyOutOfDate,
  type DecisionActions,
  type DecisionState,
} from '../commands/decision.ts';
import { OptionalSelect } from '../../../../components/OptionalSelect.tsx';
import { RecordViewForm } from './RecordViewForm.tsx';
import { ShareDecision } from './ShareDecision.tsx';
import { ViewsList } from './ViewsList.tsx';

interface Props {
  child: ChildRecord;
  decision: DecisionState;
  views: DecisionView[];
  attendees: Attendee[];
  actions: DecisionActions;
}

/** The reasons, written to the document when the chair leaves the box (not on every key). */
const REASONS_HINT: Record<Exclude<ReasonsNeeded, null>, string> = {
  'against-majority':
    'This outcome differs from what most professionals said. Record why: the reasons go in the minutes.',
  'no-consensus':
    'The professionals’ views are evenly split, so the chair decides. Record why: the reasons go in the minutes.',
};

function RationaleField({
  value,
  needed,
  onSave,
}: {
  value: string;
  needed: ReasonsNeeded;
  onSave(text: string): void;
}) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? value;
  const missing = needed !== null && text.trim() === '';
  return (
    // A form of its own (nothing to submit): Chromium looks over the focused field's form at each
    // keystroke, and a formless field shares one with every formless control on the board.
    <form
      className={`field decision-rationale${missing ? ' decision-rationale--missing' : ''}`}
      onSubmit={(e) => e.preventDefault()}
    >
      <label className="field__label" htmlFor={id}>
        {needed === 'no-consensus'
          ? 'The chair’s reasons for the decision'
          : 'The chair’s reasons for going against the majority view'}
      </label>
      <p className="field__hint" id={`${id}-hint`}>
        {needed
          ? REASONS_HINT[needed]
          : 'The outcome now matches the majority view; these reasons stay on record unless you clear them.'}
      </p>
      <textarea
        id={id}
        rows={4}
        maxLength={5000}
        aria-describedby={`${id}-hint${missing ? ` ${id}-missing` : ''}`}
        value={text}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => {
          if (draft !== null && draft !== value) onSave(draft);
          setDraft(null);
        }}
      />
      {missing ? (
        <p className="decision-rationale__prompt" id={`${id}-missing`}>
          The reasons have not been recorded yet.
        </p>
      ) : null}
    </form>
  );
}

export function ChairDecision({ child, decision, views, attendees, actions }: Props) {
  const id = useId();
  const [message, setMessage] = useState('');
  const majority = majorityView(views);
  const needed = reasonsNeeded(decision, views);
  const plan = decision.outcome === 'child-protection-plan';
  const stale = familyCopyOutOfDate(decision, views);
  // Who dissents, with their reasons: each professional's own choice (or the chair's record of it).
  const dissent = derivedParts(decision, views).dissent;
  // Dissent is asked, not assumed: whose view differs and who has not said they dissent.
  const toAsk = views.filter((v) => !v.dissents && differsFrom(v, decision)).map((v) => v.name);

  return (
    <div className="decision-chair">
      <div className="decision-chair__views">
        <h4 className="section__subheading">Professionals’ views</h4>
        <ViewsList views={views} onRemove={(v) => actions.removeView(child.id, v)} />
        <details className="decision-record">
          <summary>
            Record a view<span className="visually-hidden"> for {child.name}</span>
          </summary>
          <RecordViewForm
            childName={child.name}
            attendees={attendees}
            onRecord={(view) => actions.recordView(child.id, view)}
          />
        </details>
      </div>
      <div className="decision-chair__outcome">
        <h4 className="section__subheading">The outcome</h4>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-outcome`}>
            Outcome for {child.name}
          </label>
          <select
            id={`${id}-outcome`}
            value={decision.outcome ?? ''}
            onChange={(e) =>
              actions.setOutcome(child.id, (e.target.value || null) as Outcome | null, majority.category)
            }
          >
            <option value="">Not decided yet</option>
            {OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {OUTCOME_LABELS[o]}
              </option>
            ))}
          </select>
        </div>
        {plan ? (
          <div className="field">
            <label className="field__label" htmlFor={`${id}-category`}>
              Category of the plan
            </label>
            <OptionalSelect
              id={`${id}-category`}
              value={decision.category}
              values={HARM_CATEGORIES}
              labels={CATEGORY_LABELS}
              none="Choose a category"
              onChange={(category) => actions.setCategory(child.id, category)}
            />
          </div>
        ) : null}
        {needed || decision.chairRationale ? (
          <RationaleField
            value={decision.chairRationale}
            needed={needed}
            onSave={(text) => setMessage(actions.setRationale(child.id, text) ?? '')}
          />
        ) : null}
        {decision.outcome ? (
          dissent.length > 0 ? (
            <>
              <p className="decision-dissent__heading">Dissent recorded:</p>
              <ul className="decision-views">
                {dissent.map((d) => (
                  <li key={`${d.name}:${d.agency}`}>
                    <strong>{d.name}</strong>
                    {d.agency ? <span className="muted">, {d.agency}</span> : null}: {d.view}
                    {d.reasons ? (
                      <span className="decision-dissent__reasons">. Reasons: {d.reasons}</span>
                    ) : null}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p className="muted">No one has recorded a dissent.</p>
          )
        ) : null}
        {decision.outcome && toAsk.length > 0 ? (
          <p className="note decision-ask">
            Ask whether they wish to dissent (their view differs from this outcome): {toAsk.join(', ')}. A
            professional answers on their own screen, or record their answer with “Record a view”.
          </p>
        ) : null}
        {stale ? (
          <p className="note note--warning decision-stale">
            The views have changed since the family’s copy was made.{' '}
            <button
              type="button"
              className="button button--small"
              onClick={() => actions.bringUpToDate(child.id)}
            >
              Update the family’s copy
            </button>
          </p>
        ) : null}
        <label className="decision-check">
          <input
            type="checkbox"
            checked={decision.showViewsToFamily}
            onChange={(e) => actions.showViewsToFamily(child.id, e.target.checked)}
          />{' '}
          Show the views to the family<span className="visually-hidden"> for {child.name}</span>
        </label>
        <ShareDecision
          child={child}
          decision={decision}
          onShare={() => setMessage(actions.share([child.id]) ?? '')}
        />
        <p className="field__error" aria-live="polite">
          {message}
        </p>
      </div>
    </div>
  );
}
