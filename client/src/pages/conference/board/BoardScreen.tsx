/**
 * The board, for every role let in, chosen once by role: the chair edits and steers (ChairBoard),
 * professionals, the family and an administrator follow read-only (FollowerBoard), and the room's
 * screen shows the board large (RoomScreen). All three compose the same regions (BoardLayout).
 */
import { ChairBoard } from './ChairBoard.tsx';
import { FollowerBoard } from './FollowerBoard.tsx';
import { RoomScreen } from './RoomScreen.tsx';
import type { BoardProps } from './useBoard.ts';

export function BoardScreen(props: BoardProps) {
  if (props.role === 'chair') return <ChairBoard {...props} />;
  if (props.role === 'display') return <RoomScreen {...props} />;
  return <FollowerBoard {...props} />;
}
