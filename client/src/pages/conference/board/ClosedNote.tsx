/**
 * What a closed conference's board says above everything else: to professionals, that it is kept
 * as it was; on the family's and the room's screens, the end screen (loaded on its own: its dates
 * need the bank-holiday data).
 */
import { lazy, Suspense } from 'react';
import { conferenceKindOf } from './LowerRegions.tsx';
import type { BoardContext } from './useBoard.ts';

const EndScreen = lazy(() => import('./decision/EndScreen.tsx').then((m) => ({ default: m.EndScreen })));

export function ClosedNote({ board }: { board: BoardContext }) {
  const publicDoc = board.docs?.publicDoc ?? null;
  const scheduledAt = board.summary?.scheduledAt ?? null;
  if (board.large && publicDoc && board.view && scheduledAt) {
    return (
      <Suspense fallback={<p className="note">The meeting has ended.</p>}>
        <EndScreen
          publicDoc={publicDoc}
          children={board.view.children}
          kind={conferenceKindOf(publicDoc)}
          scheduledAt={scheduledAt}
          procedures={board.summary?.procedures}
        />
      </Suspense>
    );
  }
  return (
    <p className="note" role="status">
      This conference has been closed. The board is kept as it was at the end, and nothing more can be added.
    </p>
  );
}
