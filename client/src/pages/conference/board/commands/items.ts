/** What the chair can do to the board: each action is one undoable step. */
import type * as Y from 'yjs';
import {
  addItem,
  deleteItem,
  findItem,
  itemText,
  moveItem,
  positionBetween,
  readSection,
  replaceText,
  setPosition,
  updateItem,
  updateSettings,
  type BoardSettings,
  type ItemPatch,
} from '@cb/shared/doc/board';
import type { EvidenceTag, ListSection, Source, WorryKind } from '@cb/shared/doc/schema';
import { beginTextEdit, type TextEdit } from '@cb/shared/doc/textEdit';

export interface NewItemInput {
  text: string;
  kind?: WorryKind | null;
  /** What kind of evidence it is, and how directly it was known (the minutes keep both). */
  tag?: EvidenceTag | null;
  source?: Source | null;
  saidBy?: string | null;
  childIds?: string[];
  professionalsOnly?: boolean;
  /** Safety scale entries: 0–10. */
  score?: number | null;
}

export interface BoardActions {
  add(section: ListSection, input: NewItemInput): string;
  editText(id: string, text: string): void;
  /** Editing in place: a draft that merges with others' edits of the same words when saved. */
  beginEdit(id: string): TextEdit | null;
  update(id: string, patch: ItemPatch): void;
  moveTo(id: string, section: ListSection): void;
  /** One place up (-1) or down (+1) within its section, across both documents. */
  shift(id: string, direction: -1 | 1): void;
  /** Places an item just before another (drag and drop), or at the end when `beforeId` is null. */
  placeBefore(id: string, section: ListSection, beforeId: string | null): void;
  setProfessionalsOnly(id: string, professionalsOnly: boolean): void;
  remove(id: string): void;
  settings(patch: Partial<BoardSettings>): void;
}

export function createBoardActions(publicDoc: Y.Doc, restrictedDoc: Y.Doc | null): BoardActions {
  const docs = [publicDoc, restrictedDoc];
  const docOf = (id: string) => findItem(docs, id);

  const neighbours = (section: ListSection, id: string) =>
    readSection(publicDoc, restrictedDoc, section).filter((i) => i.id !== id);

  return {
    add(section, input) {
      const id = crypto.randomUUID();
      const target = input.professionalsOnly && restrictedDoc ? restrictedDoc : publicDoc;
      const last = readSection(publicDoc, restrictedDoc, section).at(-1)?.position ?? null;
      addItem(
        target,
        section,
        {
          id,
          text: input.text,
          // No kind is assumed: a worry without one waits, seen, for the chair's choice.
          kind: section === 'worries' ? (input.kind ?? null) : null,
          saidBy: input.saidBy ?? null,
          tag: input.tag ?? null,
          source: input.source ?? null,
          childIds: input.childIds ?? [],
          createdAt: new Date().toISOString(),
          score: input.score ?? null,
        },
        last,
      );
      return id;
    },
    beginEdit(id) {
      return beginTextEdit(docs, id);
    },
    editText(id, text) {
      const yText = itemText(docs, id);
      if (yText) replaceText(yText, text);
    },
    update(id, patch) {
      updateItem(docs, id, patch);
    },
    moveTo(id, section) {
      const found = docOf(id);
      if (!found || found.section === section) return;
      const last = neighbours(section, id).at(-1)?.position ?? null;
      moveItem(found.doc, found.doc, id, section, positionBetween(last, null));
    },
    shift(id, direction) {
      const found = docOf(id);
      if (!found) return;
      const items = readSection(publicDoc, restrictedDoc, found.section);
      const index = items.findIndex((i) => i.id === id);
      const target = index + direction;
      if (index < 0 || target < 0 || target >= items.length) return;
      // Among the others, the item goes in at index `target`, between its two new neighbours.
      const others = items.filter((i) => i.id !== id);
      setPosition(
        docs,
        id,
        positionBetween(others[target - 1]?.position ?? null, others[target]?.position ?? null),
      );
    },
    placeBefore(id, section, beforeId) {
      const found = docOf(id);
      if (!found) return;
      const others = neighbours(section, id);
      const index = beforeId === null ? others.length : others.findIndex((i) => i.id === beforeId);
      const at = index < 0 ? others.length : index;
      const position = positionBetween(others[at - 1]?.position ?? null, others[at]?.position ?? null);
      if (found.section === section) setPosition(docs, id, position);
      else moveItem(found.doc, found.doc, id, section, position);
    },
    setProfessionalsOnly(id, professionalsOnly) {
      if (!restrictedDoc) return;
      const found = docOf(id);
      if (!found) return;
      const inRestricted = found.doc === restrictedDoc;
      if (inRestricted === professionalsOnly) return;
      const [from, to] = professionalsOnly ? [publicDoc, restrictedDoc] : [restrictedDoc, publicDoc];
      moveItem(from, to, id, found.section);
    },
    remove(id) {
      deleteItem(docs, id);
    },
    settings(patch) {
      updateSettings(publicDoc, patch);
    },
  };
}
