/**
 * The board, for every role let in. The chair edits (capture boxes, item actions, drag and drop,
 * undo) and steers (stage, focus, lobby, hands, suggestions); everyone else follows read-only. The
 * family and the room screen never hold the professionals-only document.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { STAGE_LABELS, STAGES, type ListSection, type Stage } from '@cb/shared/doc/schema';
import type { FocusSection, Role } from '@cb/shared/protocol';
import { AppLink } from '../../../components/AppLink.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { SkipLink } from '../../../components/SkipLink.tsx';
import { formatLongDate, joinNames } from '../../../format.ts';
import { useDocumentTitle } from '../../../hooks.ts';
import { ROLE_LABELS } from '../../../labels.ts';
import type { ConferenceSummary } from '../ConferencePage.tsx';
import { PeopleWaiting } from '../PeopleWaiting.tsx';
import type { useControl } from '../useControl.ts';
import { createBoardActions } from './commands/items.ts';
import { acceptSuggestion } from './commands/suggestions.ts';
import { CaptureBox } from './CaptureBox.tsx';
import { ChairRail } from './ChairRail.tsx';
import { CloseConference } from './CloseConference.tsx';
import { FollowerTools } from './FollowerTools.tsx';
import { LowerRegions } from './LowerRegions.tsx';
import { ConnectionBadge, PresenceStrip, usePresence } from './Presence.tsx';
import { BoardSettingsForm, SafetyScale } from './SafetyScale.tsx';
import { SectionPanel } from './SectionPanel.tsx';
import { CAPTURE_SECTIONS, FOCUS_REGIONS, type SectionInfo } from './sections.ts';
import { useBoardView } from '../../../docs/useBoardView.ts';
import { useChairShortcuts } from './useChairShortcuts.ts';
import { useChairUndo } from '../../../docs/undo.ts';
import { useConferenceDocs } from '../../../docs/useConferenceDocs.ts';
import { useFreshIds } from './useFreshIds.ts';
import { useOfflineReload } from './useOfflineReload.ts';

interface Props {
  conferenceId: string;
  role: Role;
  name: string;
  summary: ConferenceSummary | null;
  control: ReturnType<typeof useControl>;
}

const LARGE_ROLES: Role[] = ['family', 'display'];

/**
 * The stage as last heard from the server. After a reload without a connection the server cannot
 * say, so this tab's last word stands (else new items would quietly default to professionals-only).
 */
function useKnownStage(conferenceId: string, fromServer: Stage | null): Stage {
  const key = `conference-board:stage:${conferenceId}`;
  useEffect(() => {
    if (fromServer) sessionStorage.setItem(key, fromServer);
  }, [key, fromServer]);
  if (fromServer) return fromServer;
  const remembered = sessionStorage.getItem(key);
  return (STAGES as readonly string[]).includes(remembered ?? '') ? (remembered as Stage) : 'part-one';
}

/** A region of the board by its accessible name (Worries, Plan, …). */
function findRegion(name: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`#main section[aria-label="${CSS.escape(name)}"]`);
}

export function BoardScreen({ conferenceId, role, name, summary, control }: Props) {
  const isChair = role === 'chair';
  const large = LARGE_ROLES.includes(role);
  const docs = useConferenceDocs(conferenceId, role);
  const publicDoc = docs?.publicDoc ?? null;
  const restrictedDoc = docs?.restrictedDoc ?? null;
  const view = useBoardView(docs?.ready ? publicDoc : null, restrictedDoc);
  const { state, send } = control;
  const stage = useKnownStage(conferenceId, state.stage);
  // A closed conference is read-only for everyone, the chair included (the server refuses edits).
  const closed = stage === 'closed';
  const canEdit = isChair && !closed;
  const people = usePresence(docs?.awareness ?? null, {
    key: state.hello?.participantId ?? `me:${name}`,
    name,
    role,
  });
  const actions = useMemo(
    () => (canEdit && publicDoc ? createBoardActions(publicDoc, restrictedDoc) : null),
    [canEdit, publicDoc, restrictedDoc],
  );
  const undo = useChairUndo(isChair ? publicDoc : null, restrictedDoc);
  const [message, setMessage] = useState<string | null>(null);
  const [following, setFollowing] = useState(true);
  const [childFilter, setChildFilter] = useState<string>('all');
  const captureRefs = useRef(new Map<string, HTMLElement>());
  const freshIds = useFreshIds(view);
  const focus = state.room?.focus ?? null;
  const title = summary?.title ?? 'Conference board';
  useDocumentTitle(title);
  useOfflineReload(conferenceId, isChair);

  const setFocus = useCallback(
    (section: FocusSection) => {
      if (isChair && section !== focus) void send('focus:set', { section });
    },
    [isChair, focus, send],
  );

  // Followers: bring the chair's section into view when it changes (and once the board is drawn),
  // not on every edit, so someone reading ahead is not pulled back while the chair types.
  const boardDrawn = view !== null;
  useEffect(() => {
    if (isChair || !focus || !(following || role === 'display')) return;
    const region = findRegion(FOCUS_REGIONS[focus]);
    const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    region?.scrollIntoView({ behavior: reduced ? 'auto' : 'smooth', block: 'nearest' });
  }, [focus, following, isChair, role, boardDrawn]);

  // When the chair moves on to the plan or the decision, the family's screen (and the room's) puts
  // it first, and takes them to it: the page may be scrolled far down, at the family tree.
  useEffect(() => {
    if (isChair || !large || !(following || role === 'display')) return;
    if (stage !== 'plan' && stage !== 'decision') return;
    const region = findRegion(stage === 'plan' ? 'Plan' : 'Decision');
    const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    region?.scrollIntoView({ behavior: reduced ? 'auto' : 'smooth', block: 'start' });
  }, [stage, following, isChair, large, role, boardDrawn]);

  useChairShortcuts(canEdit, {
    focusSection: (key) => {
      const input = captureRefs.current.get(key);
      if (input) input.focus();
      else findRegion(key)?.focus();
    },
    undo: () => undo.undo(),
    redo: () => undo.redo(),
  });

  const childNames = view?.children.map((c) => c.name) ?? summary?.children.map((c) => c.name) ?? [];
  const children = view?.children ?? [];
  const shown = (section: ListSection) =>
    (view?.sections[section] ?? []).filter(
      (i) => childFilter === 'all' || i.childIds.length === 0 || i.childIds.includes(childFilter),
    );
  const onDeleted = useCallback(
    (text: string) =>
      setMessage(`Deleted “${text.length > 40 ? `${text.slice(0, 40)}…` : text}”. Undo brings it back.`),
    [],
  );
  const presentNames = [...new Set([...(view?.attendeeNames ?? []), ...people.map((p) => p.name)])];
  const renderSection = (info: SectionInfo) => (
    <SectionPanel
      key={info.key}
      info={info}
      items={shown(info.key)}
      childRecords={children}
      actions={actions}
      focused={focus === info.focus}
      freshIds={freshIds}
      onDeleted={onDeleted}
      capture={
        actions ? (
          <CaptureBox
            ref={(el) => {
              if (el) captureRefs.current.set(info.key, el);
            }}
            section={info}
            people={presentNames}
            canRestrict={restrictedDoc !== null}
            professionalsOnlyByDefault={stage === 'part-one'}
            onFocus={() => setFocus(info.focus)}
            onAdd={(input) =>
              // Showing one child: what the chair adds is about that child.
              actions.add(info.key, { ...input, childIds: childFilter === 'all' ? [] : [childFilter] })
            }
          />
        ) : null
      }
    />
  );
  const shortcutTarget = useCallback(
    (region: string) => (el: HTMLElement | null) => {
      if (el) captureRefs.current.set(region, el);
      else captureRefs.current.delete(region);
    },
    [],
  );
  // On the family's screen and the room's, the plan takes the screen once the conference gets there.
  const lowerFirst = large && (stage === 'plan' || stage === 'decision');
  const lower =
    view && publicDoc ? (
      <LowerRegions
        publicDoc={publicDoc}
        restrictedDoc={restrictedDoc}
        view={view}
        role={role}
        stage={stage}
        large={large}
        focus={focus}
        onlyChild={childFilter === 'all' ? null : childFilter}
        people={presentNames}
        licenseKey={summary?.drawingLicenseKey ?? null}
        conferenceId={conferenceId}
        readOnly={closed}
        scheduledAt={summary?.scheduledAt ?? null}
        send={send}
        onFocusRegion={isChair ? setFocus : null}
        shortcutTarget={shortcutTarget}
        onMessage={setMessage}
      />
    ) : null;
  const mine = state.hello?.participantId ?? null;
  const handRaised = (state.room?.hands ?? []).some((h) => h.key === mine);
  const reply = (ack: { ok: boolean; error?: { message: string } }) => {
    if (!ack.ok && ack.error) setMessage(ack.error.message);
  };

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
          <p className="stage">
            <span className="visually-hidden">Stage: </span>
            {STAGE_LABELS[stage]}
          </p>
          {docs ? <ConnectionBadge status={docs.connection} unsent={docs.unsent} /> : null}
          {role === 'display' ? null : (
            <p className="board-header__who">
              {name} <span className="muted">· {ROLE_LABELS[role]}</span>
            </p>
          )}
          {role === 'admin' ? (
            <AppLink href={`/admin/conferences/${conferenceId}`}>Manage links</AppLink>
          ) : null}
        </div>
        {role === 'display' ? null : <PresenceStrip people={people} />}
      </header>
      {children.length > 1 && role !== 'display' ? (
        <p className="child-filter">
          <label>
            Show{' '}
            <select value={childFilter} onChange={(e) => setChildFilter(e.target.value)}>
              <option value="all">All the children</option>
              {children.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
        </p>
      ) : null}
      <div className="board__body">
        <main id="main" className="board__main" tabIndex={-1} data-board-ready={view ? 'true' : 'false'}>
          {role === 'admin' ? (
            <p className="note">You are looking on as an administrator. The board is read-only for you.</p>
          ) : null}
          {closed ? (
            <p className="note" role="status">
              This conference has been closed. The board is kept as it was at the end, and nothing more can be
              added.
            </p>
          ) : null}
          {docs?.closedReason && !closed ? (
            <p className="note note--warning" role="alert">
              The board has stopped updating. {docs.closedReason}
            </p>
          ) : null}
          {view ? (
            <>
              {lowerFirst ? lower : null}
              <div className="board__columns">{CAPTURE_SECTIONS.slice(0, 3).map(renderSection)}</div>
              <div className="board__voices">{CAPTURE_SECTIONS.slice(3).map(renderSection)}</div>
              {view.settings.safetyScale ? (
                <SafetyScale
                  items={shown('safetyScales')}
                  settings={view.settings}
                  actions={actions}
                  canRestrict={restrictedDoc !== null}
                  people={presentNames}
                />
              ) : null}
              {lowerFirst ? null : lower}
            </>
          ) : docs?.closedReason ? null : (
            <Loading what="the board" />
          )}
        </main>
        {isChair ? (
          <ChairRail
            stage={stage}
            close={<CloseConference conferenceId={conferenceId} closed={stage === 'closed'} />}
            lobby={<PeopleWaiting waiting={state.lobby} decide={control.decide} />}
            present={people}
            onRemove={(person, options) => {
              void send('participant:remove', { participantId: person.key, ...options }).then((ack) =>
                setMessage(ack.ok ? `${person.name} has been removed.` : ack.error.message),
              );
            }}
            settings={
              view && actions ? (
                <BoardSettingsForm settings={view.settings} onChange={(patch) => actions.settings(patch)} />
              ) : null
            }
            hands={state.room?.hands ?? []}
            suggestions={state.room?.suggestions ?? []}
            canUndo={undo.canUndo}
            canRedo={undo.canRedo}
            message={message}
            onStage={(s) => void send('stage:set', { stage: s }).then(reply)}
            onLowerHand={(hand) => void send('hand:lower', { key: hand.key }).then(reply)}
            onSuggestion={(s, accept) => {
              if (accept && actions && publicDoc) {
                acceptSuggestion(publicDoc, restrictedDoc, s);
                setMessage(`Added “${s.text}” from ${s.by.name}.`);
              }
              void send('suggestion:resolve', {
                suggestionId: s.id,
                outcome: accept ? 'accepted' : 'dismissed',
              }).then(reply);
            }}
            onUndo={() => undo.undo()}
            onRedo={() => undo.redo()}
          />
        ) : null}
        {role === 'professional' || role === 'family' ? (
          <FollowerTools
            role={role}
            following={following}
            handRaised={handRaised}
            mySuggestions={state.room?.suggestions.filter((s) => s.status === 'open').length ?? 0}
            onFollow={setFollowing}
            onHand={(raised) => void send('hand:set', { raised }).then(reply)}
            onSuggest={async (input) => {
              const ack = await send('suggestion:create', input);
              return ack.ok ? null : ack.error.message;
            }}
          />
        ) : null}
      </div>
    </div>
  );
}
