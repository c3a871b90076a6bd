/**
 * The board below the three columns and the voices: the family tree, the plan, the family's
 * contingency plan, the decision and who is here. Each region is its own component; this one
 * decides their order for the stage (on the family's screen the plan, then the decision, comes
 * first when the conference gets there) and hands the chair's shortcuts their boxes.
 */
import type * as Y from 'yjs';
import type { BoardView } from '@cb/shared/doc/board';
import { docParts } from '@cb/shared/doc/schema';
import { londonDate } from '@cb/shared/londonDate';
import { CONFERENCE_KINDS, type ConferenceKind } from '@cb/shared/api';
import { AttendanceSection } from './attendance/AttendanceSection.tsx';
import { MeetingRecordSection } from './attendance/MeetingRecordSection.tsx';
import { DecisionSection } from './decision/DecisionSection.tsx';
import { GenogramSection } from './genogram/GenogramSection.tsx';
import { ContingencySection } from './plan/ContingencySection.tsx';
import { PlanSection, useRisks } from './plan/PlanSection.tsx';
import type { BoardContext } from './useBoard.ts';

/** The kind of conference the board was made for (initial when it does not say). */
export function conferenceKindOf(publicDoc: Y.Doc): ConferenceKind {
  const kind = docParts(publicDoc).meta.get('kind');
  return CONFERENCE_KINDS.includes(kind as ConferenceKind) ? (kind as ConferenceKind) : 'initial';
}

export interface LowerRegionsProps {
  board: BoardContext;
  /** The board's documents and view, once loaded. */
  publicDoc: Y.Doc;
  view: BoardView;
  /** The room's screen showing one of these regions on its own (the chair's choice). */
  only?: LowerRegion | null;
}

/** The regions below the board's columns that the room's screen can show on their own. */
export type LowerRegion = 'genogram' | 'plan' | 'contingency' | 'decision';
export const isLowerRegion = (v: string): v is LowerRegion =>
  v === 'genogram' || v === 'plan' || v === 'contingency' || v === 'decision';

export function LowerRegions({ board, publicDoc, view, only = null }: LowerRegionsProps) {
  const { role, large, focus, onFocusRegion, shortcutTarget, onMessage } = board;
  const onlyChild = board.childFilter === 'all' ? null : board.childFilter;
  const isChair = role === 'chair' && !board.closed;
  const risks = useRisks(view.sections.worries);
  const kind = conferenceKindOf(publicDoc);
  // Once closed, the chair reads the board as an administrator does: everything, no editing.
  const viewRole = role === 'chair' && board.closed ? 'admin' : role;
  const genogram = (
    <GenogramSection
      key="genogram"
      ref={shortcutTarget('Genogram')}
      doc={publicDoc}
      editable={isChair}
      large={large}
      focused={focus === 'genogram'}
      licenseKey={board.summary?.drawingLicenseKey ?? null}
      onFocusRegion={onFocusRegion}
      onMessage={onMessage}
    />
  );
  const plan = (
    <PlanSection
      key="plan"
      ref={shortcutTarget('Plan')}
      doc={publicDoc}
      editable={isChair}
      childRecords={view.children}
      risks={risks}
      people={board.presentNames}
      onlyChild={onlyChild}
      viewerName={role === 'professional' ? board.name : null}
      roomScreen={role === 'display' && only === 'plan'}
      coreGroupId={kind === 'core-group' ? board.conferenceId : null}
      heldOn={board.summary ? londonDate(board.summary.scheduledAt) : null}
      focused={focus === 'plan'}
      onFocusRegion={onFocusRegion}
      onMessage={onMessage}
    />
  );
  const contingency = (
    <ContingencySection
      key="contingency"
      ref={shortcutTarget('Contingency plan')}
      doc={publicDoc}
      editable={isChair}
      childRecords={view.children}
      onlyChild={onlyChild}
      focused={focus === 'contingency'}
      onFocusRegion={onFocusRegion}
    />
  );
  const attendance = (
    <AttendanceSection
      publicDoc={publicDoc}
      role={viewRole}
      conferenceId={board.conferenceId}
      coreGroup={kind === 'core-group'}
      focused={false}
      large={large}
      onMessage={onMessage}
    />
  );
  const restrictedDoc = board.docs?.restrictedDoc ?? null;
  // Only those who hold the restricted document (chair, professionals, staff) ever see this.
  const meetingRecord = restrictedDoc ? (
    <MeetingRecordSection
      conferenceId={board.conferenceId}
      restrictedDoc={restrictedDoc}
      children={view.children}
      editable={isChair}
      onMessage={onMessage}
    />
  ) : null;
  const scheduledAt = board.summary?.scheduledAt ?? null;
  const decision = scheduledAt ? (
    <DecisionSection
      publicDoc={publicDoc}
      restrictedDoc={board.docs?.restrictedDoc ?? null}
      role={viewRole}
      children={view.children}
      kind={kind}
      scheduledAt={scheduledAt}
      procedures={board.summary?.procedures}
      conferenceId={board.conferenceId}
      send={board.control.send}
      focused={focus === 'decision'}
      onFocusRegion={onFocusRegion}
      large={large}
    />
  ) : null;
  if (only) return { genogram, plan, contingency, decision }[only];
  const planFirst = large && (board.stage === 'plan' || board.stage === 'decision');
  const decisionFirst = large && board.stage === 'decision';
  // Who is here matters most before the family comes in (quoracy is settled then).
  const attendanceFirst = board.stage === 'part-one' && !large;
  return (
    <>
      {attendanceFirst ? attendance : null}
      {decisionFirst ? decision : null}
      {planFirst ? null : genogram}
      <div className="board__lower">
        {plan}
        {contingency}
      </div>
      {decisionFirst ? null : decision}
      {planFirst ? genogram : null}
      {attendanceFirst ? null : attendance}
      {meetingRecord}
    </>
  );
}
