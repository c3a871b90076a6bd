/**
 * Who did something, as the audit log records it: `participant:<id> (<role>)` for someone who came
 * by a link, `staff:<userId>` for a signed-in chair or admin.
 */
export type Actor = string;

export function actorOf(access: {
  staff: { user: { id: string } } | null;
  participant: { id: string } | null;
  role: string;
}): Actor {
  if (access.participant) return `participant:${access.participant.id} (${access.role})`;
  if (access.staff) return `staff:${access.staff.user.id}`;
  return 'unknown';
}
