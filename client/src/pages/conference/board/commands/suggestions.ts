/** Accepting a suggestion someone made: what it becomes on the board, as one undoable step. */
import type * as Y from 'yjs';
import type { Suggestion } from '@cb/shared/protocol';
import { createPlanCommands } from './plan.ts';
import { createBoardActions } from './items.ts';

/**
 * A plan suggestion is something to be done: it opens a new row for the family. Anything else
 * becomes an item in its section, said by whoever suggested it. Returns the new row's or item's id.
 */
export function acceptSuggestion(
  publicDoc: Y.Doc,
  restrictedDoc: Y.Doc | null,
  suggestion: Pick<Suggestion, 'section' | 'text' | 'kind' | 'by'>,
): string {
  if (suggestion.section === 'plan') {
    return createPlanCommands(publicDoc).add({ task: suggestion.text });
  }
  return createBoardActions(publicDoc, restrictedDoc).add(suggestion.section, {
    text: suggestion.text,
    kind: suggestion.kind,
    saidBy: suggestion.by.name,
  });
}
