/** The chair's lobby: who is waiting, for how long, and buttons to let each one in or not. */
import { useState } from 'react';
import type { LobbyEntry } from '@cb/shared/protocol';
import { formatDuration } from '../../format.ts';
import { useNow } from '../../hooks.ts';
import { ROLE_LABELS } from '../../labels.ts';
import type { LobbyDecision } from './useControl.ts';
import type { Ack } from '@cb/shared/protocol';

interface PeopleWaitingProps {
  /** Null while the list is not known (connecting, or reconnecting after a drop). */
  waiting: LobbyEntry[] | null;
  decide: (event: LobbyDecision, participantId: string) => Promise<Ack>;
}

export function PeopleWaiting({ waiting, decide }: PeopleWaitingProps) {
  const now = useNow(15_000);
  const [busy, setBusy] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const act = async (event: LobbyDecision, entry: LobbyEntry) => {
    setBusy(entry.participantId);
    setErrors(({ [entry.participantId]: _old, ...rest }) => rest);
    const result = await decide(event, entry.participantId);
    if (!result.ok) setErrors((e) => ({ ...e, [entry.participantId]: result.error.message }));
    setBusy(null);
  };

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
          <li key={entry.participantId} className="waiting__entry">
            <div className="waiting__who">
              <p className="waiting__name">{entry.name}</p>
              <p className="muted">
                {ROLE_LABELS[entry.role]} · link “{entry.linkLabel}” · waiting{' '}
                {formatDuration(now - new Date(entry.since).getTime())}
              </p>
            </div>
            <div className="button-row">
              <button
                type="button"
                className="button button--primary"
                disabled={busy === entry.participantId}
                aria-label={`Let in ${entry.name}`}
                onClick={() => void act('lobby:admit', entry)}
              >
                Let in
              </button>
              <button
                type="button"
                className="button button--secondary"
                disabled={busy === entry.participantId}
                aria-label={`Not now for ${entry.name}`}
                onClick={() => void act('lobby:refuse', entry)}
              >
                Not now
              </button>
            </div>
            <p className="field__error waiting__error" aria-live="polite">
              {errors[entry.participantId] ?? ''}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
