/**
 * The family's and the room's screens while the professionals meet on their own (stage
 * "part-one"): a calm holding page instead of the board, so nothing said or captured then reaches
 * a screen the family reads. The documents keep syncing underneath, and the board appears by itself
 * when the chair moves on.
 */
import { CentredPage } from '../../../components/CentredPage.tsx';
import { useDocumentTitle } from '../../../hooks.ts';
import type { BoardContext } from './useBoard.ts';

export function HoldingScreen({ board }: { board: BoardContext }) {
  useDocumentTitle('The meeting will start soon');
  return (
    <CentredPage cardClass="lobby holding-screen" large brand={false}>
      <p className="lobby__conference">{board.title}</p>
      <h1>The meeting will start soon</h1>
      <p>
        The professionals are talking together first. When the chair is ready, the board will appear on this
        screen by itself.
      </p>
      {board.role === 'family' ? (
        <p>You can leave this page open. If you need anything, please ask the chair or your social worker.</p>
      ) : null}
    </CentredPage>
  );
}

/** Whether this screen shows the holding page now. */
export const holding = (board: BoardContext) => board.large && board.stage === 'part-one';
