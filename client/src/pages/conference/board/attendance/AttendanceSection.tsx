/**
 * The Attendance region of the board: who is here, and whether the conference is quorate.
 *  - Chair: the list, every field editable in place; add someone; fill in from the links issued
 *    and who joined; the reason an inquorate conference is going ahead.
 *  - Professionals (and an administrator looking on): the list and quoracy, read-only.
 *  - Family and the room screen: who is here, by name and role, and nothing else.
 * Everything is in the public document: the family may see who came (it is in their copy of the
 * minutes too), and every chair edit is one undoable step (LOCAL_ORIGIN in shared/).
 */
import { memo, useCallback, useMemo, useRef, useState } from 'react';
import type * as Y from 'yjs';
import type { AttendeeInput, AttendeePatch } from '@cb/shared/doc/attendance';
import type { Role } from '@cb/shared/protocol';
import { call, messageOf } from '../../../../api.ts';
import '../../../../styles/attendance.css';
import { createAttendanceCommands } from '../commands/attendance.ts';
import { AddAttendeeForm } from './AddAttendeeForm.tsx';
import { AttendeeCard } from './AttendeeCard.tsx';
import { QuoracyPanel } from './QuoracyPanel.tsx';
import { CoreMembersNote } from './CoreMembersNote.tsx';
import { PeopleHereList, ProfessionalList } from './ReadOnlyLists.tsx';
import { useAttendance } from './useAttendance.ts';

export interface AttendanceSectionProps {
  publicDoc: Y.Doc;
  role: Role;
  conferenceId: string;
  /** A core group flags missing members; a conference shows quoracy. */
  coreGroup: boolean;
  focused: boolean;
  large: boolean;
  onMessage(message: string): void;
}

const people = (n: number) => (n === 1 ? '1 person' : `${n} people`);

/** After a card is removed, the next card's name box (or the one before, or the add form) gets focus. */
function focusAfterRemoval(section: HTMLElement | null, index: number): void {
  requestAnimationFrame(() => {
    const cards = section?.querySelectorAll<HTMLElement>('.attendee') ?? [];
    const card = cards[index] ?? cards[index - 1];
    const target =
      card?.querySelector<HTMLInputElement>('input') ??
      section?.querySelector<HTMLInputElement>('.attendance-add input');
    target?.focus();
  });
}

/** Memoised: its props stand while the board redraws for a change elsewhere. */
export const AttendanceSection = memo(function AttendanceSection({
  publicDoc,
  role,
  conferenceId,
  coreGroup,
  focused,
  large,
  onMessage,
}: AttendanceSectionProps) {
  const { attendees, quoracyNote } = useAttendance(publicDoc);
  const isChair = role === 'chair';
  const seesQuoracy = isChair || role === 'professional' || role === 'admin';
  const sectionRef = useRef<HTMLElement>(null);
  const [filling, setFilling] = useState(false);

  const commands = useMemo(() => createAttendanceCommands(publicDoc), [publicDoc]);
  const edit = useCallback(
    (attendeeId: string, patch: AttendeePatch) => {
      const refused = commands.update(attendeeId, patch);
      if (refused) onMessage(refused);
    },
    [commands, onMessage],
  );

  const add = useCallback((input: AttendeeInput): string | null => commands.add(input), [commands]);

  const fill = async () => {
    if (filling) return;
    setFilling(true);
    try {
      const invitees = await call('invitees', { id: conferenceId });
      // One transaction, so one undo step however many people it adds.
      const added = commands.fillIn(invitees);
      onMessage(added > 0 ? `Added ${people(added)}.` : 'Everyone is already listed.');
    } catch (error) {
      onMessage(messageOf(error));
    } finally {
      setFilling(false);
    }
  };

  return (
    <section
      ref={sectionRef}
      aria-label="Attendance"
      tabIndex={-1}
      className={[
        'section section--attendance',
        focused ? 'section--focused' : '',
        large ? 'section--attendance-large' : '',
      ]
        .filter(Boolean)
        .join(' ')}
    >
      <h2 className="section__heading">Who is here</h2>
      {seesQuoracy && coreGroup ? <CoreMembersNote attendees={attendees} /> : null}
      {seesQuoracy && !coreGroup ? (
        <QuoracyPanel
          attendees={attendees}
          note={quoracyNote}
          onNote={isChair ? (note) => commands.quoracyNote(note) : null}
        />
      ) : null}
      {isChair ? (
        <>
          <div className="attendance-tools">
            <button
              type="button"
              className="button button--secondary button--small"
              aria-disabled={filling || undefined}
              onClick={() => void fill()}
            >
              {filling ? 'Filling in…' : 'Fill in from the links and who joined'}
            </button>
          </div>
          {attendees.length === 0 ? (
            <p className="section__empty">
              Nobody is listed yet. Add people below, or fill in from the links and who joined.
            </p>
          ) : (
            <ul className="attendees" aria-label="People at the conference">
              {attendees.map((a, index) => (
                <AttendeeCard
                  key={a.id}
                  attendee={a}
                  onChange={(patch) => edit(a.id, patch)}
                  onRemove={() => {
                    if (!commands.remove(a.id)) return;
                    onMessage(`Removed ${a.name} from the list. Undo brings it back.`);
                    focusAfterRemoval(sectionRef.current, index);
                  }}
                />
              ))}
            </ul>
          )}
          <AddAttendeeForm onAdd={add} />
        </>
      ) : seesQuoracy ? (
        <ProfessionalList attendees={attendees} />
      ) : (
        <PeopleHereList attendees={attendees} large={large} />
      )}
    </section>
  );
});
