/** The waiting room: calm, large, and clear that someone will let them in. */
import { STAGE_LABELS, type Stage } from '@cb/shared/doc/schema';
import { Spinner } from '../../components/Spinner.tsx';
import { useDocumentTitle } from '../../hooks.ts';
import { CentredPage } from '../../components/CentredPage.tsx';

interface LobbyScreenProps {
  name: string;
  title: string | null;
  stage: Stage | null;
  reconnecting: boolean;
}

export function LobbyScreen({ name, title, stage, reconnecting }: LobbyScreenProps) {
  useDocumentTitle('Waiting to be let in');
  return (
    <CentredPage cardClass="lobby" large brand={false}>
      {title ? <p className="lobby__conference">{title}</p> : null}
      <h1>Waiting for the chair to let you in</h1>
      <p className="lobby__name">
        You are joining as <strong>{name}</strong>.
      </p>
      <p>
        The chair will let you in when the conference is ready for you. While the professionals are meeting on
        their own this can take a while. You can leave this page open: it will change by itself.
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
    </CentredPage>
  );
}
