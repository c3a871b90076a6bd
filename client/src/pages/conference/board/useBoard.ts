/**
 * What every board shares, whoever is looking: the documents and their view, the stage, presence,
 * the child shown, the last message and where the chair's shortcuts land. The chair's board, the
 * followers' and the room screen each take one of these and add what is theirs.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { BoardView, BoardItem } from '@cb/shared/doc/board';
import { STAGES, type ListSection, type Stage } from '@cb/shared/doc/schema';
import type { FocusSection, Role } from '@cb/shared/protocol';
import { useBoardView } from '../../../docs/useBoardView.ts';
import { useConferenceDocs, type ConferenceDocs } from '../../../docs/useConferenceDocs.ts';
import { useDocumentTitle } from '../../../hooks.ts';
import type { ConferenceSummary } from '../ConferencePage.tsx';
import type { useControl } from '../useControl.ts';
import { usePresence, type Present } from './Presence.tsx';
import { useFreshIds } from './useFreshIds.ts';
import { useOfflineReload } from './useOfflineReload.ts';

export type Control = ReturnType<typeof useControl>;

export interface BoardProps {
  conferenceId: string;
  role: Role;
  name: string;
  summary: ConferenceSummary | null;
  control: Control;
}

export interface BoardContext extends BoardProps {
  docs: ConferenceDocs | null;
  view: BoardView | null;
  stage: Stage;
  /** A closed conference is read-only for everyone, the chair included (the server refuses edits). */
  closed: boolean;
  /** The family's screen and the room's: larger type, the plan first once the conference gets there. */
  large: boolean;
  focus: FocusSection | null;
  title: string;
  people: Present[];
  /** Names offered for "who said it" and "who will do it": attendees and who is here. */
  presentNames: string[];
  childFilter: string;
  setChildFilter(childId: string): void;
  /** The items of a section the board shows (all, or those about the child shown). */
  shown(section: ListSection): BoardItem[];
  freshIds: Set<string>;
  message: string | null;
  /** Says what was deleted, and that undo brings it back. */
  onDeleted(text: string): void;
  onMessage(message: string | null): void;
  /** Where the chair's Alt+number shortcuts land, by region name. */
  captureRefs: RefObject<Map<string, HTMLElement>>;
  shortcutTarget: (region: string) => (el: HTMLElement | null) => void;
  /** The chair's: tells everyone which section is being talked about. Null for everyone else. */
  onFocusRegion: ((section: FocusSection) => void) | null;
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

const NO_ITEMS: BoardItem[] = [];
/** A section's items about one child, worked out once per list (the same array while it stands). */
const aboutChild = new WeakMap<BoardItem[], Map<string, BoardItem[]>>();

function itemsAbout(items: BoardItem[], childId: string): BoardItem[] {
  if (childId === 'all') return items;
  const byChild = aboutChild.get(items) ?? new Map<string, BoardItem[]>();
  aboutChild.set(items, byChild);
  let shown = byChild.get(childId);
  if (!shown) {
    shown = items.filter((i) => i.childIds.length === 0 || i.childIds.includes(childId));
    byChild.set(childId, shown);
  }
  return shown;
}

type Targets = RefObject<Map<string, HTMLElement>>;
const targets = new WeakMap<Targets, Map<string, (el: HTMLElement | null) => void>>();

/**
 * The ref that files a region's box under its name: one function per region, the same on every
 * render, so that a memoised region is not drawn again for a new ref.
 */
function targetFor(refs: Targets, region: string): (el: HTMLElement | null) => void {
  const byRegion = targets.get(refs) ?? new Map<string, (el: HTMLElement | null) => void>();
  targets.set(refs, byRegion);
  let target = byRegion.get(region);
  if (!target) {
    target = (el) => {
      if (el) refs.current.set(region, el);
      else refs.current.delete(region);
    };
    byRegion.set(region, target);
  }
  return target;
}

/** A region of the board by its accessible name (Worries, Plan, …). */
export function findRegion(name: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`#main section[aria-label="${CSS.escape(name)}"]`);
}

export function useBoard(props: BoardProps): BoardContext {
  const { conferenceId, role, name, summary, control } = props;
  const isChair = role === 'chair';
  const docs = useConferenceDocs(conferenceId, role);
  const view = useBoardView(docs?.ready ? (docs?.publicDoc ?? null) : null, docs?.restrictedDoc ?? null);
  const { state, send } = control;
  const stage = useKnownStage(conferenceId, state.stage);
  const people = usePresence(docs?.awareness ?? null, {
    key: state.hello?.participantId ?? `me:${name}`,
    name,
    role,
  });
  const [message, setMessage] = useState<string | null>(null);
  const [childFilter, setChildFilter] = useState<string>('all');
  const captureRefs = useRef(new Map<string, HTMLElement>());
  const freshIds = useFreshIds(view);
  const focus = state.room?.focus ?? null;
  const title = summary?.title ?? 'Conference board';
  useDocumentTitle(title);
  useOfflineReload(conferenceId, isChair);

  const setFocus = useCallback(
    (section: FocusSection) => {
      if (section !== focus) void send('focus:set', { section });
    },
    [focus, send],
  );
  const shortcutTarget = useCallback((region: string) => targetFor(captureRefs, region), []);
  const onDeleted = useCallback(
    (text: string) =>
      setMessage(`Deleted “${text.length > 40 ? `${text.slice(0, 40)}…` : text}”. Undo brings it back.`),
    [],
  );
  // The same arrays while the lists stand (boardView.ts shares them), for the memoised sections.
  const shown = (section: ListSection) => itemsAbout(view?.sections[section] ?? NO_ITEMS, childFilter);
  const attendeeNames = view?.attendeeNames;
  const presentNames = useMemo(
    () => [...new Set([...(attendeeNames ?? []), ...people.map((p) => p.name)])],
    [attendeeNames, people],
  );
  return {
    ...props,
    docs,
    view,
    stage,
    closed: stage === 'closed',
    large: LARGE_ROLES.includes(role),
    focus,
    title,
    people,
    presentNames,
    childFilter,
    setChildFilter,
    shown,
    freshIds,
    message,
    onDeleted,
    onMessage: setMessage,
    captureRefs,
    shortcutTarget,
    onFocusRegion: isChair ? setFocus : null,
  };
}

/** Tells the chair (or no one) what came of a control command. */
export function replyTo(board: BoardContext) {
  return (ack: { ok: boolean; error?: { message: string } }) => {
    if (!ack.ok && ack.error) board.onMessage(ack.error.message);
  };
}
