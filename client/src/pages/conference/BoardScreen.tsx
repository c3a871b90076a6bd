/**
 * The board for someone let in (read-only for now: editing comes in a later issue). Header with the
 * conference, the stage and the connection; the chair's lobby above the board; then the regions.
 */
import { STAGE_LABELS, type Stage } from '@cb/shared/doc/schema';
import type { Role } from '@cb/shared/protocol';
import { AppLink } from '../../components/AppLink.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SkipLink } from '../../components/SkipLink.tsx';
import { formatLongDate, joinNames } from '../../format.ts';
import { useDocumentTitle } from '../../hooks.ts';
import { ROLE_LABELS } from '../../labels.ts';
import { BoardRegions } from './BoardRegions.tsx';
import { ConnectionStatus } from './ConnectionStatus.tsx';
import type { ConferenceSummary } from './ConferencePage.tsx';
import { useConferenceDocs } from './useConferenceDocs.ts';
import type { ReactNode } from 'react';

interface BoardScreenProps {
  conferenceId: string;
  role: Role;
  name: string;
  summary: ConferenceSummary | null;
  stage: Stage | null;
  /** The chair's lobby panel, shown above the board. */
  lobby?: ReactNode;
}

const LARGE_ROLES: Role[] = ['family', 'display'];

export function BoardScreen({ conferenceId, role, name, summary, stage, lobby }: BoardScreenProps) {
  const docs = useConferenceDocs(conferenceId, role);
  const title = summary?.title ?? 'Conference board';
  useDocumentTitle(title);
  const childNames = docs.board?.children.map((c) => c.name) ?? summary?.children.map((c) => c.name) ?? [];
  const large = LARGE_ROLES.includes(role);

  return (
    <div className={`board board--${role}${large ? ' board--large' : ''}`}>
      <SkipLink />
      <header className="board-header">
        <div className="board-header__title">
          <h1>{title}</h1>
          <p className="board-header__sub">
            {summary ? formatLongDate(summary.scheduledAt) : null}
            {summary && childNames.length > 0 ? ' · ' : null}
            {childNames.length > 0 ? `About ${joinNames(childNames)}` : null}
          </p>
        </div>
        <div className="board-header__side">
          {stage ? (
            <p className="stage">
              <span className="visually-hidden">Stage: </span>
              {STAGE_LABELS[stage]}
            </p>
          ) : null}
          <ConnectionStatus connection={docs.connection} />
          {role === 'display' ? null : (
            <p className="board-header__who">
              {name} <span className="muted">· {ROLE_LABELS[role]}</span>
            </p>
          )}
          {role === 'admin' ? (
            <AppLink href={`/admin/conferences/${conferenceId}`}>Manage links</AppLink>
          ) : null}
        </div>
      </header>
      <main id="main" className="board__main" tabIndex={-1}>
        {role === 'admin' ? (
          <p className="note">You are looking on as an administrator. The board is read-only for you.</p>
        ) : null}
        {docs.closedReason ? (
          <p className="note note--warning" role="alert">
            The board has stopped updating. {docs.closedReason}
          </p>
        ) : null}
        {lobby}
        {docs.board ? <BoardRegions board={docs.board} /> : null}
        {!docs.board && !docs.closedReason ? <Loading what="the board" /> : null}
      </main>
    </div>
  );
}
