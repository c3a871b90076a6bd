/**
 * The board for everyone who follows the chair read-only: professionals and the family (who may
 * raise a hand, suggest something, or stop following to read ahead), and an administrator looking
 * on. The family never holds the professionals-only document, and sees a holding page while the
 * professionals meet on their own.
 */
import { useState } from 'react';
import { AppLink } from '../../../components/AppLink.tsx';
import { BoardLayout, WhoIsLooking } from './BoardLayout.tsx';
import { FollowerTools } from './FollowerTools.tsx';
import { HoldingScreen, holding } from './HoldingScreen.tsx';
import { replyTo, useBoard, type BoardContext, type BoardProps } from './useBoard.ts';
import { useFollowChair } from './useFollowChair.ts';

function Tools({
  board,
  following,
  onFollow,
}: {
  board: BoardContext;
  following: boolean;
  onFollow(f: boolean): void;
}) {
  const { role, control } = board;
  if (role !== 'professional' && role !== 'family') return null;
  const { state, send } = control;
  const mine = state.hello?.participantId ?? null;
  return (
    <FollowerTools
      role={role}
      following={following}
      handRaised={(state.room?.hands ?? []).some((h) => h.key === mine)}
      mySuggestions={state.room?.suggestions.filter((s) => s.status === 'open').length ?? 0}
      onFollow={onFollow}
      onHand={(raised) => void send('hand:set', { raised }).then(replyTo(board))}
      onSuggest={async (input) => {
        const ack = await send('suggestion:create', input);
        return ack.ok ? null : ack.error.message;
      }}
    />
  );
}

export function FollowerBoard(props: BoardProps) {
  const board = useBoard(props);
  const [following, setFollowing] = useState(true);
  useFollowChair(board, following);
  const admin = props.role === 'admin';
  if (holding(board)) return <HoldingScreen board={board} />;
  return (
    <BoardLayout
      board={board}
      actions={null}
      who={
        <>
          <WhoIsLooking board={board} />
          {admin ? <AppLink href={`/admin/conferences/${props.conferenceId}`}>Manage links</AppLink> : null}
        </>
      }
      notice={
        admin ? (
          <p className="note">You are looking on as an administrator. The board is read-only for you.</p>
        ) : null
      }
      side={<Tools board={board} following={following} onFollow={setFollowing} />}
    />
  );
}
