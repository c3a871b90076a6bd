/**
 * The "Create a link" form's state as one object, and the body it sends: checked with the shared
 * schema the server reads it with (createLinkSchema), "Required" put into the form's words.
 */
import { createLinkSchema, type LinkRole } from '@cb/shared/api';
import type { RouteBody } from '@cb/shared/protocol';
import { ukLocalToIso } from '../../format.ts';
import { checkBody, type ToSend } from '../../validation.ts';

export interface LinkDraft {
  role: LinkRole;
  label: string;
  /** From the "Stops working at (UK time)" box (`2026-12-03T10:00`), or '' for never. */
  expires: string;
}

export const EMPTY_LINK: LinkDraft = { role: 'family', label: '', expires: '' };

const WORDING = { label: 'Say who the link is for.' };

/** What the form sends for the draft, or the messages for its fields. */
export function linkBodyFromDraft({ role, label, expires }: LinkDraft): ToSend<RouteBody<'createLink'>> {
  const body = { role, label, expiresAt: expires ? (ukLocalToIso(expires) ?? expires) : undefined };
  return checkBody(createLinkSchema, body, WORDING);
}

/** After a link is made, the form is ready for the next person's: the same role. */
export function draftAfterLink(draft: LinkDraft): LinkDraft {
  return { ...EMPTY_LINK, role: draft.role };
}
