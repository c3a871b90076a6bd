/**
 * Core groups: between conferences the plan is carried by the core group, a board of its own kind
 * (`kind: "core-group"`) opened from a conference that made a child protection plan, or from the
 * core group before. Its children are the conference's (new records, matched by name as a review's
 * are); what it carries forward is carryForward.ts's.
 */
import type { CreateConferenceBody } from '@cb/shared/api';
import { DomainError } from './errors.ts';
import type { ConferenceRow } from './store/Store.ts';
import type { Outcome } from '@cb/shared/doc/decisionTypes';

/** Why `previous` cannot be followed by a core group, in plain words; null when it can. */
export function coreGroupRefusal(
  previous: ConferenceRow,
  outcomes: (Outcome | null)[] | null,
): string | null {
  if (previous.status !== 'closed') {
    return 'A core group follows a conference once it has closed: close the conference first.';
  }
  if (previous.kind === 'core-group') return null;
  if (!outcomes?.includes('child-protection-plan')) {
    return 'A core group follows a conference that made a child protection plan; this one made none.';
  }
  return null;
}

/** Checks the meeting a core group follows, and gives the body its children and a title. */
export async function coreGroupBody(
  body: CreateConferenceBody,
  previous: ConferenceRow,
  outcomesOf: (c: ConferenceRow) => Promise<(Outcome | null)[] | null>,
): Promise<CreateConferenceBody> {
  const refusal = coreGroupRefusal(previous, await outcomesOf(previous));
  if (refusal) {
    throw new DomainError('conflict', 'NOT_A_PLAN', refusal, { previousConferenceId: refusal });
  }
  const first = previous.children.map((c) => c.name.split(/\s+/)[0] ?? c.name);
  // Numbered along the chain: the first after a conference, then one more than the one before.
  const before =
    previous.kind === 'core-group' ? Number(/^Core group (\d+)/.exec(previous.title)?.[1] ?? 1) : 0;
  const names = [...new Set(first)];
  return {
    ...body,
    title: body.title ?? `Core group ${before + 1} for ${names.join(' and ')}`,
    children: previous.children.map((c) => ({ name: c.name, dateOfBirth: c.dateOfBirth })),
  };
}
