/**
 * Who did something, carried as data. The audit log stores it as text (`participant:<id> (<role>)`
 * for someone who came by a link, `staff:<userId>` for a signed-in chair or admin, `system:<what>`,
 * `anonymous`, `unknown`); that text is written and read in ONE place, `actorText` / `actorFromText`
 * below, so existing rows and exports read the same.
 */
export type Actor =
  | { kind: 'staff'; userId: string }
  | { kind: 'participant'; participantId: string; role: string }
  /** `what`: the part of the server that did it (retention, demo, server). */
  | { kind: 'system'; what: string }
  | { kind: 'anonymous' }
  | { kind: 'unknown' };

export const staffActor = (userId: string): Actor => ({ kind: 'staff', userId });
export const participantActor = (participantId: string, role: string): Actor => ({
  kind: 'participant',
  participantId,
  role,
});
export const systemActor = (what: string): Actor => ({ kind: 'system', what });

export function actorOf(access: {
  staff: { user: { id: string } } | null;
  participant: { id: string } | null;
  role: string;
}): Actor {
  if (access.participant) return participantActor(access.participant.id, access.role);
  if (access.staff) return staffActor(access.staff.user.id);
  return { kind: 'unknown' };
}

/** The stored text of an actor (audit rows, a link's `createdBy`). */
export function actorText(actor: Actor): string {
  switch (actor.kind) {
    case 'staff':
      return `staff:${actor.userId}`;
    case 'participant':
      return `participant:${actor.participantId} (${actor.role})`;
    case 'system':
      return `system:${actor.what}`;
    case 'anonymous':
      return 'anonymous';
    case 'unknown':
      return 'unknown';
  }
}

/**
 * A stored actor text read back as data (the inverse of `actorText`), for showing an audit log in
 * words. Anything not in that shape is `null`: it is shown as it is.
 */
export function actorFromText(text: string): Actor | null {
  if (text === 'anonymous' || text === 'unknown') return { kind: text };
  const colon = text.indexOf(':');
  if (colon < 0) return null;
  const kind = text.slice(0, colon);
  const rest = text.slice(colon + 1);
  if (kind === 'staff') return staffActor(rest);
  if (kind === 'system') return systemActor(rest);
  if (kind !== 'participant') return null;
  const space = rest.indexOf(' (');
  if (space < 0 || !rest.endsWith(')')) return participantActor(rest, '');
  return participantActor(rest.slice(0, space), rest.slice(space + 2, -1));
}
