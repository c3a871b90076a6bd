/**
 * The board as it was at one snapshot, read-only: the same section panels as the live board, the
 * family tree as its drawing, the plan, the contingency plans and the decision per child. Built
 * from the snapshot's two documents, so it shows exactly what was stored.
 */
import { useMemo } from 'react';
import * as Y from 'yjs';
import { readBoard } from '@cb/shared/doc/board';
import { outcomeWords, readDecisions } from '@cb/shared/doc/decisions';
import { readContingencyPlans, readPlan } from '@cb/shared/doc/plan';
import { readGenogram } from '@cb/shared/genogram/model';
import { genogramToSvg } from '@cb/shared/genogram/svg';
import type { HttpResponses } from '@cb/shared/protocol';
import { PlanTable } from '../conference/board/plan/PlanTable.tsx';
import { SectionPanel } from '../conference/board/SectionPanel.tsx';
import { CAPTURE_SECTIONS, type SectionInfo } from '../conference/board/sections.ts';

/** The board's two documents as they were (base64); the restricted one may be empty. */
export type SnapshotState = Pick<HttpResponses['snapshotState'], 'publicState' | 'restrictedState'>;

const NO_FRESH = new Set<string>();

function docFrom(base64: string): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(
    doc,
    Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)),
  );
  return doc;
}

export function SnapshotBoard({ state }: { state: SnapshotState }) {
  const board = useMemo(() => {
    const publicDoc = docFrom(state.publicState);
    const restrictedDoc = state.restrictedState ? docFrom(state.restrictedState) : null;
    const view = readBoard(publicDoc, restrictedDoc);
    const model = readGenogram(publicDoc);
    return {
      view,
      plan: readPlan(publicDoc),
      contingency: readContingencyPlans(publicDoc),
      decisions: readDecisions(publicDoc, restrictedDoc),
      svg: model.people.length > 0 ? genogramToSvg(model) : null,
    };
  }, [state]);
  const { view } = board;
  const nameOf = (id: string) => view.children.find((c) => c.id === id)?.name ?? 'A child';
  const panel = (info: SectionInfo) => (
    <SectionPanel
      key={info.key}
      info={info}
      items={view.sections[info.key]}
      childRecords={view.children}
      actions={null}
      focused={false}
      freshIds={NO_FRESH}
    />
  );
  return (
    <div className="snapshot-board board">
      <div className="board__columns">{CAPTURE_SECTIONS.slice(0, 3).map(panel)}</div>
      <div className="board__voices">{CAPTURE_SECTIONS.slice(3).map(panel)}</div>
      <section className="section" aria-label="Family tree at this snapshot">
        <h3 className="section__heading">Family tree</h3>
        {board.svg ? (
          // genogramToSvg escapes every piece of text it draws.
          <div className="genogram__svg" dangerouslySetInnerHTML={{ __html: board.svg }} />
        ) : (
          <p className="section__empty">No family tree yet.</p>
        )}
      </section>
      <section className="section" aria-label="Plan at this snapshot">
        <h3 className="section__heading">The plan</h3>
        {board.plan.length > 0 ? (
          <PlanTable rows={board.plan} childRecords={view.children} viewerName={null} />
        ) : (
          <p className="section__empty">No plan yet.</p>
        )}
        {board.contingency
          .filter((c) => c.text.trim())
          .map((c) => (
            <p key={c.childId}>
              <strong>If things go wrong for {nameOf(c.childId)}:</strong> {c.text}
            </p>
          ))}
      </section>
      <section className="section" aria-label="Decision at this snapshot">
        <h3 className="section__heading">The decision</h3>
        {board.decisions.map((d) => (
          <p key={d.childId}>{outcomeWords(d.outcome, d.category, nameOf(d.childId))}</p>
        ))}
      </section>
    </div>
  );
}
