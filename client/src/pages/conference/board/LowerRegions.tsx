/**
 * The board below the three columns and the voices: the family tree, the plan, the family's
 * contingency plan, the decision and who is here. Each region is its own component; this one
 * decides their order for the stage (on the family's screen the plan, then the decision, comes
 * first when the conference gets there) and hands the chair's shortcuts their boxes.
 */
import type * as Y from 'yjs';
import type { BoardView } from '@cb/shared/doc/board';
import type { FocusSection, Role } from '@cb/shared/protocol';
import { docParts, type Stage } from '@cb/shared/doc/schema';
import { CONFERENCE_KINDS, type ConferenceKind } from '@cb/shared/api';
import type { useControl } from '../useControl.ts';
import { AttendanceSection } from './attendance/AttendanceSection.tsx';
import { DecisionSection } from './decision/DecisionSection.tsx';
import { GenogramSection } from './genogram/GenogramSection.tsx';
import { ContingencySection } from './plan/ContingencySection.tsx';
import { PlanSection } from './plan/PlanSection.tsx';

export interface LowerRegionsProps {
  publicDoc: Y.Doc;
  restrictedDoc: Y.Doc | null;
  view: BoardView;
  role: Role;
  stage: Stage;
  large: boolean;
  focus: FocusSection | null;
  /** The child the board shows, or null for all. */
  onlyChild: string | null;
  /** Names offered for "who said it" and "who will do it". */
  people: string[];
  licenseKey: string | null;
  conferenceId: string;
  /** The conference is closed: nobody edits, the chair included. */
  readOnly: boolean;
  scheduledAt: string | null;
  send: ReturnType<typeof useControl>['send'];
  onFocusRegion: ((section: FocusSection) => void) | null;
  /** Where the chair's Alt+number shortcuts land, by region name. */
  shortcutTarget: (region: string) => (el: HTMLElement | null) => void;
  onMessage(message: string): void;
}

export function LowerRegions(props: LowerRegionsProps) {
  const { publicDoc, view, role, large, focus, onlyChild, onFocusRegion, shortcutTarget, onMessage } = props;
  const isChair = role === 'chair' && !props.readOnly;
  // Once closed, the chair reads the board as an administrator does: everything, no editing.
  const viewRole = role === 'chair' && props.readOnly ? 'admin' : role;
  const genogram = (
    <GenogramSection
      key="genogram"
      ref={shortcutTarget('Genogram')}
      doc={publicDoc}
      editable={isChair}
      large={large}
      focused={focus === 'genogram'}
      licenseKey={props.licenseKey}
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
      worries={view.sections.worries}
      people={props.people}
      onlyChild={onlyChild}
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
      conferenceId={props.conferenceId}
      focused={false}
      large={large}
      onMessage={onMessage}
    />
  );
  const kind = docParts(publicDoc).meta.get('kind');
  const decision = props.scheduledAt ? (
    <DecisionSection
      publicDoc={publicDoc}
      restrictedDoc={props.restrictedDoc}
      role={viewRole}
      children={view.children}
      kind={CONFERENCE_KINDS.includes(kind as ConferenceKind) ? (kind as ConferenceKind) : 'initial'}
      scheduledAt={props.scheduledAt}
      conferenceId={props.conferenceId}
      send={props.send}
      focused={focus === 'decision'}
      onFocusRegion={onFocusRegion}
      large={large}
    />
  ) : null;
  const planFirst = large && (props.stage === 'plan' || props.stage === 'decision');
  const decisionFirst = large && props.stage === 'decision';
  // Who is here matters most before the family comes in (quoracy is settled then).
  const attendanceFirst = props.stage === 'part-one' && !large;
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
    </>
  );
}
