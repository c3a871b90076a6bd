/**
 * The chair's board: capture boxes, item actions, drag and drop and undo while the conference is
 * open, and the rail to steer it (stage, focus, lobby, hands, suggestions, closing). Every write to
 * the documents goes through the commands (commands/), each one undoable step.
 */
import { useMemo, useState, type ReactNode } from 'react';
import type { Suggestion } from '@cb/shared/protocol';
import { useChairUndo } from '../../../docs/undo.ts';
import { PeopleWaiting } from '../PeopleWaiting.tsx';
import { BoardLayout, WhoIsLooking } from './BoardLayout.tsx';
import { CaptureBox } from './CaptureBox.tsx';
import { ChairRail } from './ChairRail.tsx';
import { ChairAlerts } from './ChairAlerts.tsx';
import { CloseConference } from './CloseConference.tsx';
import { RoomScreenChoice } from './RoomScreenChoice.tsx';
import { LeavePartOne, leavingPartOne, type Leaving } from './LeavePartOne.tsx';
import { UnsharedDecisions } from './decision/UnsharedDecisions.tsx';
import { createBoardActions, type BoardActions } from './commands/items.ts';
import { acceptSuggestion } from './commands/suggestions.ts';
import { BoardSettingsForm } from './SafetyScale.tsx';
import { CAPTURE_SECTIONS, type SectionInfo } from './sections.ts';
import { findRegion, replyTo, useBoard, type BoardContext, type BoardProps } from './useBoard.ts';
import { useChairShortcuts } from './useChairShortcuts.ts';
import { EditingContext, useEditing } from './useEditing.ts';

type Undo = ReturnType<typeof useChairUndo>;

function Rail({ board, actions, undo }: { board: BoardContext; actions: BoardActions | null; undo: Undo }) {
  const { control, stage, view, docs } = board;
  const { state, send } = control;
  const reply = replyTo(board);
  const [leaving, setLeaving] = useState<Leaving | null>(null);
  const onSuggestion = (s: Suggestion, accept: boolean) => {
    if (accept && actions && docs) {
      acceptSuggestion(docs.publicDoc, docs.restrictedDoc, s);
      board.onMessage(`Added “${s.text}” from ${s.by.name}.`);
    }
    void send('suggestion:resolve', { suggestionId: s.id, outcome: accept ? 'accepted' : 'dismissed' }).then(
      reply,
    );
  };
  const dialog = leaving ? (
    <LeavePartOne
      leaving={leaving}
      onStay={() => setLeaving(null)}
      onMove={(show) => {
        setLeaving(null);
        if (actions) for (const id of show) actions.setProfessionalsOnly(id, false);
        void send('stage:set', { stage: leaving.to }).then(reply);
      }}
    />
  ) : null;
  return (
    <>
      {dialog}
      <ChairRail
        stage={stage}
        close={
          <CloseConference
            conferenceId={board.conferenceId}
            closed={stage === 'closed'}
            warning={
              docs?.restrictedDoc && view ? (
                <UnsharedDecisions
                  publicDoc={docs.publicDoc}
                  restrictedDoc={docs.restrictedDoc}
                  children={view.children}
                />
              ) : null
            }
          />
        }
        lobby={<PeopleWaiting waiting={state.lobby} decide={control.decide} />}
        present={board.people}
        onRemove={(person, options) => {
          void send('participant:remove', { participantId: person.key, ...options }).then((ack) =>
            board.onMessage(ack.ok ? `${person.name} has been removed.` : ack.error.message),
          );
        }}
        settings={
          view && actions ? (
            <BoardSettingsForm settings={view.settings} onChange={(patch) => actions.settings(patch)} />
          ) : null
        }
        roomScreen={
          stage === 'closed' ? null : (
            <RoomScreenChoice
              value={state.room?.screen ?? 'board'}
              onChange={(view) => void send('screen:set', { view }).then(reply)}
            />
          )
        }
        hands={state.room?.hands ?? []}
        suggestions={state.room?.suggestions ?? []}
        canUndo={undo.canUndo}
        canRedo={undo.canRedo}
        message={board.message}
        onStage={(s) => {
          const asking = leavingPartOne(board, s);
          if (asking) setLeaving(asking);
          else void send('stage:set', { stage: s }).then(reply);
        }}
        onLowerHand={(hand) => void send('hand:lower', { key: hand.key }).then(reply)}
        onSuggestion={onSuggestion}
        onUndo={() => undo.undo()}
        onRedo={() => undo.redo()}
      />
    </>
  );
}

export function ChairBoard(props: BoardProps) {
  const board = useBoard(props);
  const publicDoc = board.docs?.publicDoc ?? null;
  const restrictedDoc = board.docs?.restrictedDoc ?? null;
  const canEdit = !board.closed;
  const actions = useMemo(
    () => (canEdit && publicDoc ? createBoardActions(publicDoc, restrictedDoc) : null),
    [canEdit, publicDoc, restrictedDoc],
  );
  const undo = useChairUndo(publicDoc, restrictedDoc);
  const editing = useEditing(board.docs?.restrictedAwareness ?? null);
  const { captureRefs } = board;
  useChairShortcuts(canEdit, {
    focusSection: (key) => {
      const input = captureRefs.current.get(key);
      if (input) input.focus();
      else findRegion(key)?.focus();
    },
    undo: () => undo.undo(),
    redo: () => undo.redo(),
  });
  // One capture box element per section, the same while what it needs stands, so that the
  // memoised sections are not drawn again for a new element.
  const { presentNames, stage, childFilter, onFocusRegion } = board;
  const captures = useMemo(() => {
    const boxes = new Map<string, ReactNode>();
    if (!actions) return boxes;
    for (const info of CAPTURE_SECTIONS) {
      boxes.set(
        info.key,
        <CaptureBox
          ref={(el) => {
            if (el) captureRefs.current.set(info.key, el);
          }}
          section={info}
          people={presentNames}
          canRestrict={restrictedDoc !== null}
          professionalsOnlyByDefault={stage === 'part-one'}
          onFocus={() => onFocusRegion?.(info.focus)}
          onAdd={(input) =>
            // Showing one child: what the chair adds is about that child.
            actions.add(info.key, { ...input, childIds: childFilter === 'all' ? [] : [childFilter] })
          }
        />,
      );
    }
    return boxes;
  }, [actions, captureRefs, presentNames, restrictedDoc, stage, childFilter, onFocusRegion]);
  const capture = (info: SectionInfo) => captures.get(info.key) ?? null;
  return (
    <EditingContext.Provider value={editing}>
      <BoardLayout
        board={board}
        actions={actions}
        who={
          <>
            <ChairAlerts hands={board.control.state.room?.hands ?? []} waiting={board.control.state.lobby} />
            <WhoIsLooking board={board} />
          </>
        }
        capture={capture}
        side={<Rail board={board} actions={actions} undo={undo} />}
      />
    </EditingContext.Provider>
  );
}
