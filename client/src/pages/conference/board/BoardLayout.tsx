/**
 * The board's frame, the same for every role: the header (title, stage, connection, who is here),
 * the child filter, the three columns, the voices, the safety scale and the lower regions, and a
 * side slot for the chair's rail or a follower's tools. The boards (ChairBoard, FollowerBoard,
 * RoomScreen) fill the slots; nothing here asks which role is looking.
 */
import { ClosedNote } from './ClosedNote.tsx';
import type { ReactNode } from 'react';
import { STAGE_LABELS } from '@cb/shared/doc/schema';
import type { RoomView } from '@cb/shared/protocol';
import { Loading } from '../../../components/Loading.tsx';
import { SkipLink } from '../../../components/SkipLink.tsx';
import { formatLongDate, joinNames } from '../../../format.ts';
import { ROLE_LABELS } from '../../../labels.ts';
import type { BoardActions } from './commands/items.ts';
import { ChildSelect } from './ChildSelect.tsx';
import { isLowerRegion, LowerRegions } from './LowerRegions.tsx';
import { ConnectionBadge, PresenceStrip } from './Presence.tsx';
import { DangerStatements } from './DangerStatements.tsx';
import { SafetyScale } from './SafetyScale.tsx';
import { SectionPanel } from './SectionPanel.tsx';
import { CAPTURE_SECTIONS, type SectionInfo } from './sections.ts';
import type { BoardContext } from './useBoard.ts';

export interface BoardLayoutProps {
  board: BoardContext;
  /** The chair's, while the conference is open; null for everyone else. */
  actions: BoardActions | null;
  /** The room screen shows no names of its own, no presence strip and no child filter. */
  roomScreen?: boolean;
  /** Who is looking ("Nadia Okafor · Chair") and anything beside it, in the header. */
  who?: ReactNode;
  /** A note above the board (e.g. an administrator's read-only notice). */
  notice?: ReactNode;
  /** The chair's capture box for a section. */
  capture?: (info: SectionInfo) => ReactNode;
  /** The chair's rail or a follower's tools. */
  side?: ReactNode;
  /** The room's screen: what the chair has chosen it shows (the whole board, or one part). */
  only?: RoomView;
}

/** Who is looking, in the header: "Nadia Okafor · Chair". */
export function WhoIsLooking({ board }: { board: BoardContext }) {
  return (
    <p className="board-header__who">
      {board.name} <span className="muted">· {ROLE_LABELS[board.role]}</span>
    </p>
  );
}

function BoardHeader({ board, roomScreen, who }: Pick<BoardLayoutProps, 'board' | 'roomScreen' | 'who'>) {
  const { summary, view, docs } = board;
  const childNames = view?.children.map((c) => c.name) ?? summary?.children.map((c) => c.name) ?? [];
  return (
    <header className="board-header">
      <div className="board-header__title">
        <h1>{board.title}</h1>
        <p className="board-header__sub">
          {summary ? formatLongDate(summary.scheduledAt) : null}
          {summary && childNames.length > 0 ? ' · ' : null}
          {childNames.length > 0 ? `About ${joinNames(childNames)}` : null}
        </p>
      </div>
      <div className="board-header__side">
        <p className="stage">
          <span className="visually-hidden">Stage: </span>
          {STAGE_LABELS[board.stage]}
        </p>
        {docs ? <ConnectionBadge status={docs.connection} unsent={docs.unsent} /> : null}
        {who}
      </div>
      {/* The room's screen lists who is here too, but not the screens themselves. */}
      <PresenceStrip people={roomScreen ? board.people.filter((p) => p.role !== 'display') : board.people} />
    </header>
  );
}

function ChildFilter({ board }: { board: BoardContext }) {
  const children = board.view?.children ?? [];
  if (children.length <= 1) return null;
  return (
    <p className="child-filter">
      <ChildSelect
        label="Show"
        value={board.childFilter}
        childRecords={children}
        onChange={board.setChildFilter}
      />
    </p>
  );
}

function BoardNotes({ board, notice }: { board: BoardContext; notice?: ReactNode }) {
  return (
    <>
      {notice}
      {board.closed ? <ClosedNote board={board} /> : null}
      {board.docs?.closedReason && !board.closed ? (
        <p className="note note--warning" role="alert">
          The board has stopped updating. {board.docs.closedReason}
        </p>
      ) : null}
    </>
  );
}

export function BoardLayout({
  board,
  actions,
  roomScreen,
  who,
  notice,
  capture,
  side,
  only,
}: BoardLayoutProps) {
  const { view, docs, role, large, stage } = board;
  const publicDoc = docs?.publicDoc ?? null;
  // The room's screen: one part on its own, large, while the conference is open (the end screen
  // replaces it after); or the whole board fitted to the screen, without the parts below the columns.
  const part = only && only !== 'board' && !board.closed ? only : null;
  const fit = only === 'board' && !board.closed;
  const renderSection = (info: SectionInfo) => (
    <SectionPanel
      key={info.key}
      fit={fit}
      info={info}
      items={board.shown(info.key)}
      childRecords={view?.children ?? []}
      actions={actions}
      focused={board.focus === info.focus}
      freshIds={board.freshIds}
      onDeleted={board.onDeleted}
      capture={capture ? capture(info) : null}
    />
  );
  // On the family's screen and the room's, the plan takes the screen once the conference gets there
  // (and keeps it once it is over, under the end screen).
  const lowerFirst = large && (stage === 'plan' || stage === 'decision' || stage === 'closed');
  const lower = view && publicDoc ? <LowerRegions board={board} publicDoc={publicDoc} view={view} /> : null;
  const alone =
    part && view && publicDoc ? (
      isLowerRegion(part) ? (
        <LowerRegions board={board} publicDoc={publicDoc} view={view} only={part} />
      ) : (
        CAPTURE_SECTIONS.filter((s) => s.focus === part).map(renderSection)
      )
    ) : null;
  return (
    <div
      className={`board board--${role}${large ? ' board--large' : ''}${fit ? ' board--fit' : ''}${part && role === 'display' ? ' board--part' : ''}`}
    >
      <SkipLink />
      <BoardHeader board={board} roomScreen={roomScreen} who={who} />
      {roomScreen ? null : <ChildFilter board={board} />}
      <div className="board__body">
        <main id="main" className="board__main" tabIndex={-1} data-board-ready={view ? 'true' : 'false'}>
          <BoardNotes board={board} notice={notice} />
          {alone ? (
            <div className="board__alone" data-room-view={part}>
              {alone}
            </div>
          ) : view ? (
            <>
              {lowerFirst && !fit ? lower : null}
              <div className="board__columns">{CAPTURE_SECTIONS.slice(0, 3).map(renderSection)}</div>
              <div className="board__voices">{CAPTURE_SECTIONS.slice(3).map(renderSection)}</div>
              {view.settings.safetyScale && !fit ? (
                <SafetyScale
                  items={board.shown('safetyScales')}
                  settings={view.settings}
                  actions={actions}
                  canRestrict={(docs?.restrictedDoc ?? null) !== null}
                  people={board.presentNames}
                />
              ) : null}
              {view.settings.dangerStatements && docs && !fit ? (
                <DangerStatements
                  publicDoc={docs.publicDoc}
                  worries={view.sections.worries}
                  childRecords={view.children}
                  editable={actions !== null}
                  onMessage={board.onMessage}
                />
              ) : null}
              {lowerFirst || fit ? null : lower}
            </>
          ) : docs?.closedReason ? null : (
            <Loading what="the board" />
          )}
        </main>
        {side}
      </div>
    </div>
  );
}
