/**
 * The decision, per child: its vocabulary and schemas (decisionTypes.ts), where it lives in the
 * documents and how it is read and written (decisionDoc.ts), and the pure helpers about the
 * majority view and the words (decisionWords.ts). This module gives them all under one name.
 */
export {
  CATEGORY_LABELS,
  decisionSchema,
  decisionViewInputSchema,
  decisionViewSchema,
  dissentSchema,
  EMPTY_DECISION,
  HARM_CATEGORIES,
  OUTCOME_LABELS,
  outcomePatchSchema,
  OUTCOMES,
  sharedViewSchema,
  type Decision,
  type DecisionView,
  type DecisionViewInput,
  type Dissent,
  type HarmCategory,
  type Outcome,
  type OutcomePatch,
  type SharedOutcome,
  type SharedView,
} from './decisionTypes.ts';
export {
  differsFromShared,
  readDecisions,
  readDrafts,
  readViews,
  removeView,
  setOutcome,
  setView,
  shareDecision,
} from './decisionDoc.ts';
export {
  departsFromMajority,
  differsFrom,
  dissentFrom,
  majorityView,
  outcomeWords,
  reasonsNeeded,
  viewWords,
  type MajorityView,
  type ReasonsNeeded,
} from './decisionWords.ts';
