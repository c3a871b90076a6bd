/**
 * What the chair can do to the plan and the contingency plans: each is one undoable step in the
 * public document (the family's plan is theirs, so nothing here is professionals-only).
 */
import type * as Y from 'yjs';
import { replaceText } from '@cb/shared/doc/board';
import {
  addPlanRow,
  contingencyText,
  planRowText,
  movePlanRow,
  removePlanRow,
  updatePlanRow,
  type PlanRowInput,
  type PlanRowPatch,
  type PlanTextField,
} from '@cb/shared/doc/plan';

export type { PlanRowInput };

export interface PlanCommands {
  add(input: PlanRowInput): string;
  update(rowId: string, patch: PlanRowPatch): void;
  move(rowId: string, direction: 'up' | 'down'): void;
  remove(rowId: string): void;
}

export function createPlanCommands(doc: Y.Doc): PlanCommands {
  return {
    add(input) {
      const id = crypto.randomUUID();
      addPlanRow(doc, { id, createdAt: new Date().toISOString(), ...input });
      return id;
    },
    update: (rowId, patch) => void updatePlanRow(doc, rowId, patch),
    move: (rowId, direction) => void movePlanRow(doc, rowId, direction),
    remove: (rowId) => void removePlanRow(doc, rowId),
  };
}

/**
 * Replaces the words of a shared text (a contingency plan, a plan row's field) with the smallest
 * edit, as one undoable step.
 */
export function editSharedText(text: Y.Text, words: string): void {
  replaceText(text, words);
}

/**
 * The shared text of one field of a plan row, for editing in place; made (one undoable step) when
 * a row written by older code lacks it. Null when there is no such row.
 */
export function planRowTextToEdit(doc: Y.Doc, rowId: string, field: PlanTextField): Y.Text | null {
  return planRowText(doc, rowId, field);
}

/** A child's contingency plan as shared text, for editing in place; made the first time. */
export function contingencyTextToEdit(doc: Y.Doc, childId: string): Y.Text {
  return contingencyText(doc, childId);
}
