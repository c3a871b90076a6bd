/** The chair's lobby: who is waiting, for how long, and buttons to let each one in or not. */
import { useState } from 'react';
import type { LobbyEntry } from '@cb/shared/protocol';
import { formatDuration } from '../../format.ts';
import { useNow } from '../../hooks.ts';
import { ROLE_LABELS } from '../../labels.ts';
import { TurnAwayOptions, useTurnAway } from './TurnAwayOptions.tsx';
import type { LobbyDecision } from './useControl.ts';
import type { Ack, DecisionOptions } from '@cb/shared/protocol';

interface PeopleWaitingProps {
  /** Null while the list is not known (connecting, or reconnecting after a drop). */
  waiting: LobbyEntry[] | null;
  decide: (event: LobbyDecision, participantId: string, options?: DecisionOptions) => Promise<Ack>;
}

export function PeopleWaiting({ waiting, decide }: PeopleWaitingProps) {
  const now = useNow(15_000);
  return (
    <section className="waiting" aria-labelledby="waiting-heading">
      <h2 id="waiting-heading" className="waiting__heading">
        People waiting
        {waiting?.length ? (
          <span className="count">
            <span className="visually-hidden">: </span>
            {waiting.length}
          </span>
        ) : null}
      </h2>
      {waiting === null ? <p className="muted">Connecting… the list will appear in a moment.</p> : null}
      {waiting?.length === 0 ? <p className="muted">No one is waiting.</p> : null}
      <ul className="waiting__list">
        {(waiting ?? []).map((entry) => (
          <WaitingEntry key={entry.participantId} entry={entry} now={now} decide={decide} />
        ))}
      </ul>
    </section>
  );
}

function WaitingEntry({
  entry,
  now,
  decide,
}: {
  entry: LobbyEntry;
  now: number;
  decide: PeopleWaitingProps['decide'];
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [options, setOptions] = useTurnAway(entry.role);

  const act = async (event: LobbyDecision) => {
    setBusy(true);
    setError('');
    const result = await decide(event, entry.participantId, event === 'lobby:refuse' ? options : {});
    if (!result.ok) setError(result.error.message);
    setBusy(false);
  };

  return (
    <li className="waiting__entry">
      <div className="waiting__who">
        <p className="waiting__name">{entry.name}</p>
        <p className="muted">
          {ROLE_LABELS[entry.role]} · link “{entry.linkLabel}” · waiting{' '}
          {formatDuration(now - new Date(entry.since).getTime())}
        </p>
      </div>
      {confirming ? (
        <div className="waiting__confirm" role="group" aria-label={`Not now for ${entry.name}?`}>
          <TurnAwayOptions name={entry.name} value={options} onChange={setOptions} />
          <div className="button-row">
            <button
              type="button"
              className="button button--warning"
              disabled={busy}
              onClick={() => void act('lobby:refuse')}
            >
              Yes, not now for {entry.name}
            </button>
            <button
              type="button"
              className="button button--quiet"
              disabled={busy}
              onClick={() => setConfirming(false)}
            >
              Back
            </button>
          </div>
        </div>
      ) : (
        <div className="button-row">
          <button
            type="button"
            className="button button--primary"
            disabled={busy}
            aria-label={`Let in ${entry.name}`}
            onClick={() => void act('lobby:admit')}
          >
            Let in
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            aria-label={`Not now for ${entry.name}`}
            onClick={() => setConfirming(true)}
          >
            Not now
          </button>
        </div>
      )}
      <p className="field__error waiting__error" aria-live="polite">
        {error}
      </p>
    </li>
  );
}
