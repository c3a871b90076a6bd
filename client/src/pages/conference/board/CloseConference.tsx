/**
 * The chair's "Close conference": a confirm step (it cannot be undone), then the server takes the
 * final snapshot and the board becomes read-only for everyone. The plan is ready at once, so the
 * chair gets the link straight away.
 */
import { useState, type ReactNode } from 'react';
import { call, messageOf } from '../../../api.ts';

interface Props {
  conferenceId: string;
  /** The stage says the conference is closed already. */
  closed: boolean;
  /** Shown with the confirm step: what closing now would leave undone (UnsharedDecisions). */
  warning?: ReactNode;
}

export function CloseConference({ conferenceId, closed, warning }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const planUrl = (format: 'pdf' | 'docx') =>
    `/api/conferences/${conferenceId}/plan?format=${format}&audience=full`;

  if (closed || done) {
    return (
      <section className="rail__close" aria-labelledby="closed-heading">
        <h2 id="closed-heading" className="rail__heading">
          Conference closed
        </h2>
        <p role="status">The plan is ready to send.</p>
        <p className="rail__row">
          <a className="button button--small" href={planUrl('pdf')} download>
            The plan (PDF)
          </a>
          <a className="button button--small" href={planUrl('docx')} download>
            The plan (Word)
          </a>
        </p>
      </section>
    );
  }
  return (
    <section className="rail__close" aria-label="Close the conference">
      {confirming ? (
        <div role="group" aria-labelledby="close-confirm">
          <p id="close-confirm">
            Closing saves the board as it is now and makes it read-only for everyone. It cannot be opened
            again. Close the conference?
          </p>
          {warning}
          <div className="rail__row">
            <button
              type="button"
              className="button button--small button--warning"
              disabled={busy}
              onClick={() => {
                setBusy(true);
                setError(null);
                call('close', { id: conferenceId }, {}).then(
                  () => setDone(true),
                  (e: unknown) => {
                    setError(messageOf(e));
                    setBusy(false);
                  },
                );
              }}
            >
              Close it now
            </button>
            <button type="button" className="button button--small" onClick={() => setConfirming(false)}>
              Keep going
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="button button--small" onClick={() => setConfirming(true)}>
          Close conference
        </button>
      )}
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
