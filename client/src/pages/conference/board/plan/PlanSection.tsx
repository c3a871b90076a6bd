/**
 * The Plan region: the outcome-focused plan made live with the family, and the checks of a good
 * plan. The chair adds and edits rows in place; everyone else sees the table. The family's plan is
 * in the public document (it is theirs), so nothing here is professionals-only.
 */
import { forwardRef, memo, useCallback, useId, useMemo, useRef } from 'react';
import type * as Y from 'yjs';
import {
  readContingencyPlans,
  readPlan,
  type PlanRow,
  type PlanRowInput,
  type PlanRowPatch,
} from '@cb/shared/doc/plan';
import { docParts, type ChildRecord } from '@cb/shared/doc/schema';
import { planChecks } from '@cb/shared/planChecks';
import type { FocusSection } from '@cb/shared/protocol';
import { londonDate } from '@cb/shared/londonDate';
import type { BoardItem } from '@cb/shared/doc/board';
import { useDocSnapshot } from '../../../../docs/useDocSnapshot.ts';
import { sameArray, useSame } from '../../../../docs/useSame.ts';
import { createPlanCommands } from '../commands/plan.ts';
import { AddPlanRowForm } from './AddPlanRowForm.tsx';
import { PlanChecksList } from './PlanChecksList.tsx';
import { PlanGrid } from './PlanGrid.tsx';
import { PlanTable } from './PlanTable.tsx';
import { Region } from '../Region.tsx';
import { useFitFont } from '../useFitFont.ts';
import { useFamilyNetwork } from './useFamilyNetwork.ts';

interface Props {
  doc: Y.Doc;
  editable: boolean;
  childRecords: ChildRecord[];
  /**
   * The present and future dangers this person may see (the family's list holds only the public
   * ones): the risks a row answers. The same array while they read the same (useRisks).
   */
  risks: PlanRisk[];
  /** Names offered for "who": attendees and the family. */
  people: string[];
  /** The child the board is showing, or null for all of them. */
  onlyChild: string | null;
  /** A professional's own name: the rows they are doing come first on their screen. */
  viewerName: string | null;
  /** The room's screen showing the plan on its own: as large as fits, without the checks. */
  roomScreen: boolean;
  /** At a core group: its id and date (YYYY-MM-DD), where each row's progress is recorded. */
  coreGroupId: string | null;
  heldOn: string | null;
  focused: boolean;
  onFocusRegion: ((section: FocusSection) => void) | null;
  onMessage(message: string): void;
}

export interface PlanRisk {
  id: string;
  text: string;
}

/** The worries that are present and future dangers, the same array while they read the same. */
export function useRisks(worries: BoardItem[]): PlanRisk[] {
  return useSame(
    useMemo(
      () => worries.filter((w) => w.kind === 'future-danger').map((w) => ({ id: w.id, text: w.text })),
      [worries],
    ),
    (a, b) => sameArray(a, b, (x, y) => x.id === y.id && x.text === y.text),
  );
}

interface PlanData {
  rows: PlanRow[];
  contingency: ReturnType<typeof readContingencyPlans>;
}

/** Memoised: a change elsewhere on the board (a card added) does not draw this again. */
export const PlanSection = memo(
  forwardRef<HTMLInputElement, Props>(function PlanSection(
    {
      doc,
      editable,
      childRecords: children,
      risks,
      people,
      onlyChild,
      viewerName,
      roomScreen,
      coreGroupId,
      heldOn,
      focused,
      onFocusRegion,
      onMessage,
    },
    addRef,
  ) {
    const meeting = useMemo(
      () => (coreGroupId && heldOn ? { id: coreGroupId, heldOn } : null),
      [coreGroupId, heldOn],
    );
    const peopleListId = useId();
    const newRow = useRef<HTMLInputElement | null>(null);
    const fitted = useFitFont<HTMLDivElement>(roomScreen && !editable);
    const { rows, contingency } = useDocSnapshot(
      [doc],
      (): PlanData => ({ rows: readPlan(doc), contingency: readContingencyPlans(doc) }),
      () => [docParts(doc).list('plan'), docParts(doc).contingencyPlans, docParts(doc).children],
    );
    const network = useFamilyNetwork(doc);
    const shown = rows.filter((r) => !onlyChild || r.childIds.length === 0 || r.childIds.includes(onlyChild));
    const checks = useMemo(
      () =>
        planChecks({
          children,
          worries: risks.map((r) => ({ ...r, kind: 'future-danger' as const })),
          plan: rows,
          contingencyPlans: contingency,
          today: londonDate(new Date()),
          network,
        }),
      [children, risks, rows, contingency, network],
    );

    const commands = useMemo(() => createPlanCommands(doc), [doc]);
    const add = (input: PlanRowInput) => void commands.add(input);
    const onUpdate = useCallback(
      (rowId: string, patch: PlanRowPatch) => commands.update(rowId, patch),
      [commands],
    );
    const onMove = useCallback(
      (rowId: string, direction: 'up' | 'down') => commands.move(rowId, direction),
      [commands],
    );
    const onRemove = useCallback(
      (row: PlanRow) => {
        commands.remove(row.id);
        onMessage(`Removed the plan row “${row.risk || row.task || 'without words'}”. Undo brings it back.`);
      },
      [commands, onMessage],
    );

    return (
      <Region name="Plan" section="plan" heading="The plan" focused={focused} onFocusRegion={onFocusRegion}>
        {shown.length === 0 ? (
          <p className="section__empty">The plan is made together, before the decision.</p>
        ) : editable ? (
          <PlanGrid
            doc={doc}
            rows={shown}
            childRecords={children}
            risks={risks}
            peopleListId={peopleListId}
            meeting={meeting}
            newRowRef={newRow}
            onUpdate={onUpdate}
            onMove={onMove}
            onRemove={onRemove}
            onMessage={onMessage}
          />
        ) : (
          <div ref={fitted}>
            <PlanTable rows={shown} childRecords={children} viewerName={viewerName} />
          </div>
        )}
        {editable ? (
          <>
            <AddPlanRowForm
              ref={(el) => {
                newRow.current = el;
                if (typeof addRef === 'function') addRef(el);
                else if (addRef) addRef.current = el;
              }}
              childRecords={children}
              people={people}
              onlyChild={onlyChild}
              onAdd={add}
              onFocus={() => onFocusRegion?.('plan')}
            />
            <datalist id={peopleListId}>
              {people.map((p) => (
                <option key={p} value={p} />
              ))}
            </datalist>
          </>
        ) : null}
        {/* The checks help the people making the plan; the room's screen shows the plan itself. */}
        {(rows.length > 0 || editable) && !roomScreen ? <PlanChecksList checks={checks} /> : null}
      </Region>
    );
  }),
);
