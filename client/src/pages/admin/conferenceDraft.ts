/**
 * The "New conference" form's state as one object, and the body it sends: checked with the
 * shared schema the server reads it with (createConferenceSchema), "Required" put into the
 * form's words.
 */
import { createConferenceSchema, type Conference, type ConferenceKind } from '@cb/shared/api';
import type { RouteBody } from '@cb/shared/protocol';
import { ukLocalToIso } from '../../format.ts';
import { checkBody, type ToSend } from '../../validation.ts';

/** One child's row in the form; `key` keeps React's rows apart as children are added and removed. */
export interface ChildDraft {
  key: number;
  name: string;
  dateOfBirth: string;
}

let nextKey = 1;
export const newChild = (): ChildDraft => ({ key: nextKey++, name: '', dateOfBirth: '' });

export interface ConferenceDraft {
  kind: ConferenceKind;
  title: string;
  place: string;
  /** From the "Date and time (UK time)" box: `2026-12-03T10:00`. */
  scheduled: string;
  children: ChildDraft[];
  chairEmail: string;
  /** A review: the earlier conference it follows on from, or ''. */
  previousId: string;
  /** The strategy discussion (transfer-in: notification) date, `YYYY-MM-DD`, or ''. */
  strategyDiscussionOn: string;
  /** Why it is being convened, or ''. */
  reason: string;
}

/** An empty form; the kind stays as it was after a conference is created. */
export const emptyConferenceDraft = (kind: ConferenceKind): ConferenceDraft => ({
  kind,
  title: '',
  place: '',
  scheduled: '',
  children: [newChild()],
  chairEmail: '',
  previousId: '',
  strategyDiscussionOn: '',
  reason: '',
});

const WORDING = {
  'children.*.name': "Enter the child's name.",
  title: 'Enter a title, or leave it empty.',
  place: 'Enter a place, or leave it empty.',
  reason: 'Say in a sentence or two why it is being convened, or leave it empty.',
};

const optionalText = (value: string) => (value.trim() ? value.trim() : undefined);

/** What the form sends for the draft, or the messages for its fields. */
export function conferenceBodyFromDraft(draft: ConferenceDraft): ToSend<RouteBody<'createConference'>> {
  const { kind, scheduled, title, place, children, chairEmail, previousId, strategyDiscussionOn, reason } =
    draft;
  const checked = checkBody(
    createConferenceSchema,
    {
      kind,
      scheduledAt: ukLocalToIso(scheduled) ?? scheduled,
      title: optionalText(title),
      place: optionalText(place),
      children: children.map((child) => ({ name: child.name, dateOfBirth: child.dateOfBirth || null })),
      chairEmail: optionalText(chairEmail),
      previousConferenceId: kind === 'review' && previousId ? previousId : undefined,
      strategyDiscussionOn: kind !== 'review' && strategyDiscussionOn ? strategyDiscussionOn : undefined,
      reason: optionalText(reason),
    },
    WORDING,
  );
  if (!checked.ok && !scheduled) checked.fields.scheduledAt = 'Enter the date and time of the conference.';
  return checked;
}

/**
 * Choosing the conference a review follows on from (`previousId`, '' for none): the same children,
 * unless the form already has some typed in.
 */
export function draftForReviewOf(
  draft: ConferenceDraft,
  previousId: string,
  earlier: Conference[],
): ConferenceDraft {
  const before = earlier.find((c) => c.id === previousId);
  if (!before || draft.children.some((c) => c.name.trim())) return { ...draft, previousId };
  const children = before.children.map((c) => ({
    ...newChild(),
    name: c.name,
    dateOfBirth: c.dateOfBirth ?? '',
  }));
  return { ...draft, previousId, children };
}
