/**
 * The board as plain data, read again only where the documents changed, and sharing with the
 * previous reading every object that did not change: an item whose fields are the same is the
 * same object, a list whose items are all the same is the same array, and a reading that changed
 * nothing the board shows is the previous view itself. So React's memoised cards and sections
 * draw only what changed, and a change elsewhere in the documents (the plan, the family tree, the
 * drawing, someone typing in a plan row) draws nothing here at all.
 */
import type * as Y from 'yjs';
import {
  readAttendeeNames,
  readChildren,
  readSection,
  readSettings,
  type BoardItem,
  type BoardView,
} from '@cb/shared/doc/board';
import { docParts, LIST_SECTIONS, type ChildRecord, type ListSection } from '@cb/shared/doc/schema';
import type { Observable } from './useDocSnapshot.ts';
import { sameArray } from './useSame.ts';

/** What a change in the documents can make stale: one list section, or the board's other parts. */
export type BoardPart = ListSection | 'meta' | 'children' | 'attendees';

const ALL_PARTS: readonly BoardPart[] = [...LIST_SECTIONS, 'meta', 'children', 'attendees'];

const is = <T>(x: T, y: T) => x === y;

export function sameItem(a: BoardItem, b: BoardItem): boolean {
  return (
    a.id === b.id &&
    a.section === b.section &&
    a.text === b.text &&
    a.kind === b.kind &&
    a.saidBy === b.saidBy &&
    sameArray(a.childIds, b.childIds, is) &&
    a.tag === b.tag &&
    a.source === b.source &&
    a.createdAt === b.createdAt &&
    a.position === b.position &&
    a.professionalsOnly === b.professionalsOnly &&
    a.score === b.score
  );
}

const sameChild = (a: ChildRecord, b: ChildRecord) =>
  a.id === b.id && a.name === b.name && a.dateOfBirth === b.dateOfBirth;

/** `next`, each item equal to one in `prev` replaced by it; `prev` itself if nothing differs. */
export function shareItems(prev: readonly BoardItem[] | undefined, next: BoardItem[]): BoardItem[] {
  if (!prev) return next;
  const before = new Map(prev.map((item) => [item.id, item]));
  let unchanged = prev.length === next.length;
  const shared = next.map((item, i) => {
    const old = before.get(item.id);
    const kept = old && sameItem(old, item) ? old : item;
    if (kept !== prev[i]) unchanged = false;
    return kept;
  });
  return unchanged ? (prev as BoardItem[]) : shared;
}

const keep = <T>(prev: readonly T[] | undefined, next: T[], same: (x: T, y: T) => boolean): T[] =>
  prev && sameArray(prev, next, same) ? (prev as T[]) : next;

/** The Yjs types a reading depends on, each with the part of the board it feeds. */
export function watchedParts(publicDoc: Y.Doc, restrictedDoc: Y.Doc | null): [Observable, BoardPart][] {
  const pub = docParts(publicDoc);
  const res = restrictedDoc ? docParts(restrictedDoc) : null;
  return [
    [pub.meta, 'meta'],
    [pub.children, 'children'],
    [pub.attendees, 'attendees'],
    ...LIST_SECTIONS.flatMap((s): [Observable, BoardPart][] => [
      [pub.list(s), s],
      ...(res ? [[res.list(s), s] as [Observable, BoardPart]] : []),
    ]),
  ];
}

/** Reads the board; `mark` says which parts changed since, `read` reads those again. */
export class BoardReader {
  private view: BoardView | null = null;
  private readonly stale = new Set<BoardPart>(ALL_PARTS);

  constructor(
    private readonly publicDoc: Y.Doc,
    private readonly restrictedDoc: Y.Doc | null,
  ) {}

  mark(part: BoardPart): void {
    this.stale.add(part);
  }

  /** Everything may have changed (e.g. while nobody was listening). */
  markAll(): void {
    for (const part of ALL_PARTS) this.stale.add(part);
  }

  read(): BoardView {
    const prev = this.view;
    if (prev && this.stale.size === 0) return prev;
    const stale = (part: BoardPart) => !prev || this.stale.has(part);
    let sections = prev?.sections;
    for (const s of LIST_SECTIONS) {
      if (!stale(s) && sections) continue;
      const items = shareItems(prev?.sections[s], readSection(this.publicDoc, this.restrictedDoc, s));
      if (sections && items === sections[s]) continue;
      sections = { ...(sections ?? ({} as Record<ListSection, BoardItem[]>)), [s]: items };
    }
    let { schemaVersion, settings } = prev ?? { schemaVersion: null, settings: null };
    if (stale('meta')) {
      const version = docParts(this.publicDoc).meta.get('schemaVersion');
      schemaVersion = typeof version === 'number' ? version : null;
      const next = readSettings(this.publicDoc);
      const same =
        settings &&
        settings.safetyScale === next.safetyScale &&
        settings.safeEnd === next.safeEnd &&
        settings.dangerStatements === next.dangerStatements;
      if (!same) settings = next;
    }
    const children = stale('children')
      ? keep(prev?.children, readChildren(this.publicDoc), sameChild)
      : (prev?.children ?? []);
    const attendeeNames = stale('attendees')
      ? keep(prev?.attendeeNames, readAttendeeNames(this.publicDoc), is)
      : (prev?.attendeeNames ?? []);
    this.stale.clear();
    const next: BoardView = {
      schemaVersion,
      children,
      attendeeNames,
      settings: settings ?? readSettings(this.publicDoc),
      sections: sections ?? ({} as Record<ListSection, BoardItem[]>),
    };
    const unchanged =
      prev &&
      prev.schemaVersion === next.schemaVersion &&
      prev.children === next.children &&
      prev.attendeeNames === next.attendeeNames &&
      prev.settings === next.settings &&
      prev.sections === next.sections;
    if (!unchanged) this.view = next;
    return this.view ?? next;
  }
}
