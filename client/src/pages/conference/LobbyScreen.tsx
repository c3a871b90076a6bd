/** The waiting room: calm, large, and clear that someone will let them in. */
import { STAGE_LABELS, type Stage } from '@cb/shared/doc/schema';
import { Spinner } from '../../components/Spinner.tsx';
import { useDocumentTitle } from '../../hooks.ts';
import { SkipLink } from '../../components/SkipLink.tsx';

interface LobbyScreenProps {
  name: string;
  title: string | null;
  stage: Stage | null;
  reconnecting: boolean;
}

export function LobbyScreen({ name, title, stage, reconnecting }: LobbyScreenProps) {
  useDocumentTitle('Waiting to be let in');
  return (
    <div className="centred-page centred-page--large">
      <SkipLink />
      <main id="main" className="card lobby" tabIndex={-1}>
        {title ? <p className="lobby__conference">{title}</p> : null}
        <h1>Waiting for the chair to let you in</h1>
        <p className="lobby__name">
          You are joining as <strong>{name}</strong>.
        </p>
        <p>
          The chair will let you in when the conference is ready for you. While the professionals are meeting
          on their own this can take a while. You can leave this page open: it will change by itself.
        </p>
        <div className="lobby__wait">
          <Spinner />
          <p role="status">
            {reconnecting
              ? 'The connection dropped. Trying again…'
              : 'Still waiting. Thank you for your patience.'}
          </p>
        </div>
        {stage ? <p className="muted">Right now: {STAGE_LABELS[stage]}.</p> : null}
      </main>
    </div>
  );
}
