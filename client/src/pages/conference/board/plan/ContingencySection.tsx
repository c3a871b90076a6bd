/**
 * "If things go wrong": the family's own contingency plan, one per child, written with them in
 * their words. The chair types (shared text); everyone else reads it, large on the family's screen.
 */
import { contingencyTextToEdit } from '../commands/plan.ts';
import { forwardRef, memo, useId } from 'react';
import type * as Y from 'yjs';
import { readContingencyPlans } from '@cb/shared/doc/plan';
import { docParts, type ChildRecord } from '@cb/shared/doc/schema';
import type { FocusSection } from '@cb/shared/protocol';
import { useDocSnapshot } from '../../../../docs/useDocSnapshot.ts';
import { CollabText } from './CollabText.tsx';
import { Region } from '../Region.tsx';

interface Props {
  doc: Y.Doc;
  editable: boolean;
  childRecords: ChildRecord[];
  onlyChild: string | null;
  focused: boolean;
  onFocusRegion: ((section: FocusSection) => void) | null;
}

/** Memoised: a change elsewhere on the board (a card added) does not draw this again. */
export const ContingencySection = memo(
  forwardRef<HTMLTextAreaElement, Props>(function ContingencySection(
    { doc, editable, childRecords, onlyChild, focused, onFocusRegion },
    firstRef,
  ) {
    const id = useId();
    const plans = useDocSnapshot(
      [doc],
      () => readContingencyPlans(doc),
      () => [docParts(doc).contingencyPlans, docParts(doc).children],
    );
    const textOf = (childId: string) => plans.find((p) => p.childId === childId)?.text ?? '';
    const shown = childRecords.filter((c) => !onlyChild || c.id === onlyChild);
    return (
      <Region
        name="Contingency plan"
        section="contingency"
        heading="If things go wrong: the family’s plan"
        focused={focused}
        onFocusRegion={onFocusRegion}
      >
        {shown.map((child, i) => {
          const words = textOf(child.id);
          return (
            <div key={child.id} className="contingency">
              {editable ? (
                <>
                  <label htmlFor={`${id}-${child.id}`} className="section__subheading">
                    If things go wrong for {child.name}
                    {i === 0 ? <span className="capture__key"> (Alt+7)</span> : null}
                  </label>
                  <CollabText
                    id={`${id}-${child.id}`}
                    {...(i === 0 ? { ref: firstRef } : {})}
                    text={() => contingencyTextToEdit(doc, child.id)}
                    value={words}
                    rows={3}
                    maxLength={5000}
                    className="contingency__text"
                  />
                </>
              ) : (
                <>
                  <h3 className="section__subheading">For {child.name}</h3>
                  {words.trim() ? (
                    <p className="contingency__words">{words}</p>
                  ) : (
                    <p className="section__empty">Not written yet.</p>
                  )}
                </>
              )}
            </div>
          );
        })}
      </Region>
    );
  }),
);
