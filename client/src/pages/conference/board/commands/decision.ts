/**
 * The chair's edits to the decision. Each is one user action: the view and the draft outcome go
 * into the restricted document, the outcome into the public one only when the chair shares it, and what follows from both (the dissent, and the
 * family's copy of the views when the chair shows it) is brought up to date in the same action,
 * so one undo takes it all back.
 */
import type * as Y from 'yjs';
import { LOCAL_ORIGIN } from '@cb/shared/doc/board';
import {
  dissentFrom,
  readDecisions,
  readViews,
  removeView,
  setOutcome,
  setView,
  shareDecision,
  type Decision,
  type DecisionView,
  type DecisionViewInput,
  type Dissent,
  type OutcomePatch,
  type SharedView,
  EMPTY_DECISION,
} from '@cb/shared/doc/decisions';

export type DecisionState = Omit<Decision, 'childId'>;

export const NO_DECISION: DecisionState = EMPTY_DECISION;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What the dissent and the family's copy should be, given the views and the outcome. */
export function derivedParts(
  decision: DecisionState,
  views: DecisionView[],
): { dissent: Dissent[]; sharedViews: SharedView[] } {
  return {
    dissent: dissentFrom(views, decision),
    sharedViews: decision.showViewsToFamily
      ? views.map(({ name, agency, thresholdMet, category }) => ({ name, agency, thresholdMet, category }))
      : [],
  };
}

/**
 * Views changed (e.g. a professional gave theirs) since the family's copy of them was written: the
 * chair decides when the family sees the new copy (nothing reaches their screen unmeant). The
 * dissent needs no such step: it is read from the professionals' own choices as they make them.
 */
export function familyCopyOutOfDate(decision: DecisionState, views: DecisionView[]): boolean {
  return !same(derivedParts(decision, views).sharedViews, decision.sharedViews);
}

/** Throws nothing: a failed validation comes back as words for the chair. */
function attempt(action: () => void): string | null {
  try {
    action();
    return null;
  } catch {
    return 'That could not be recorded. Please check the details and try again.';
  }
}

export function createDecisionActions(publicDoc: Y.Doc, restrictedDoc: Y.Doc | null) {
  const current = (childId: string): DecisionState =>
    readDecisions(publicDoc, restrictedDoc).find((d) => d.childId === childId) ?? NO_DECISION;
  const viewsOf = (childId: string) => (restrictedDoc ? (readViews(restrictedDoc)[childId] ?? []) : []);

  /** Writes `patch` and whatever follows from it, in one transaction; nothing when nothing changes. */
  const update = (childId: string, patch: OutcomePatch): void => {
    const before = current(childId);
    const after = { ...before, ...patch } as DecisionState;
    const want = derivedParts(after, viewsOf(childId));
    const write: OutcomePatch = { ...patch };
    if (!same(want.dissent, before.dissent)) write.dissent = want.dissent;
    if (!same(want.sharedViews, before.sharedViews)) write.sharedViews = want.sharedViews;
    // Without the professionals' document (never, for the chair) the dissent cannot be kept.
    if (!restrictedDoc) delete write.dissent;
    if (Object.keys(write).length > 0) setOutcome(publicDoc, restrictedDoc, childId, write);
  };

  return {
    recordView(childId: string, view: DecisionViewInput): string | null {
      if (!restrictedDoc) return 'The professionals’ document is not open on this device.';
      return attempt(() => {
        setView(restrictedDoc, childId, view);
        update(childId, {});
      });
    },
    removeView(childId: string, view: DecisionView): void {
      if (!restrictedDoc) return;
      removeView(restrictedDoc, childId, view);
      update(childId, {});
    },
    /** A plan takes the category most professionals gave, as a starting point the chair can change. */
    setOutcome(childId: string, outcome: Decision['outcome'], suggestedCategory: Decision['category']): void {
      const plan = outcome === 'child-protection-plan';
      const category = plan ? (current(childId).category ?? suggestedCategory) : null;
      update(childId, { outcome, category });
    },
    setCategory(childId: string, category: Decision['category']): void {
      update(childId, { category });
    },
    setRationale(childId: string, chairRationale: string): string | null {
      return attempt(() => update(childId, { chairRationale }));
    },
    showViewsToFamily(childId: string, show: boolean): void {
      update(childId, { showViewsToFamily: show });
    },
    /**
     * Shares the chair's outcome with the family's and the room's screens (all children when no id
     * is given), in one action. The views stay the separate choice above.
     */
    share(childIds: string[]): string | null {
      if (!restrictedDoc) return 'The professionals’ document is not open on this device.';
      return attempt(() =>
        publicDoc.transact(
          () => childIds.forEach((c) => shareDecision(publicDoc, restrictedDoc, c)),
          LOCAL_ORIGIN,
        ),
      );
    },
    /** After views changed on someone else's device. */
    bringUpToDate(childId: string): void {
      update(childId, {});
    },
  };
}

export type DecisionActions = ReturnType<typeof createDecisionActions>;
