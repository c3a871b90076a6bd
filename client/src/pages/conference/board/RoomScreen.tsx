/**
 * The room's screen (the display role): the board in large type, following the chair wherever
 * they go, with a strip of who is here (people, not screens) and no tools. It never holds the
 * professionals-only document; while the professionals meet on their own it shows a holding page.
 * The chair chooses what it shows: the whole board, or one part on its own (RoomScreenChoice).
 */
import { BoardLayout } from './BoardLayout.tsx';
import { HoldingScreen, holding } from './HoldingScreen.tsx';
import { useBoard, type BoardProps } from './useBoard.ts';
import { useFollowChair } from './useFollowChair.ts';

export function RoomScreen(props: BoardProps) {
  const board = useBoard(props);
  useFollowChair(board, true);
  if (holding(board)) return <HoldingScreen board={board} />;
  return (
    <BoardLayout board={board} actions={null} roomScreen only={board.control.state.room?.screen ?? 'board'} />
  );
}
