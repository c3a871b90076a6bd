/**
 * At a core group, in place of quoracy (a conference's rule): the core group members, carried from
 * the meeting before, and which of them are missing. Someone who sent apologies is said so; a
 * member not here without apologies is flagged.
 */
import type { Attendee } from '@cb/shared/doc/attendance';
import { andList } from '@cb/shared/words/andList';

export function CoreMembersNote({ attendees }: { attendees: Attendee[] }) {
  const members = attendees.filter((a) => a.coreGroup);
  if (members.length === 0) {
    return <p className="note">No core group members are listed: tick “Core group” on each member below.</p>;
  }
  const missing = members.filter((a) => a.attendance === 'absent').map((a) => a.name);
  const apologies = members.filter((a) => a.attendance === 'apologies').map((a) => a.name);
  return (
    <div className={missing.length > 0 ? 'note note--warning' : 'note'} role="status">
      <p>
        {missing.length > 0
          ? `Core group members not here: ${andList(missing)}.`
          : 'Every core group member is here or sent apologies.'}
      </p>
      {apologies.length > 0 ? <p>Sent apologies: {andList(apologies)}.</p> : null}
    </div>
  );
}
