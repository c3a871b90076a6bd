import { describe, expect, it } from 'vitest';
import { createLinkSchema } from '@cb/shared/api';
import { draftAfterLink, EMPTY_LINK, linkBodyFromDraft, type LinkDraft } from './linkDraft.ts';

const draft = (patch: Partial<LinkDraft>): LinkDraft => ({ ...EMPTY_LINK, ...patch });

describe('the Create a link draft', () => {
  it('sends the role, the label and the expiry as an instant in UK time', () => {
    const checked = linkBodyFromDraft(
      draft({ role: 'professional', label: 'Dr Example', expires: '2099-07-01T09:30' }),
    );
    expect(checked).toEqual({
      ok: true,
      body: { role: 'professional', label: 'Dr Example', expiresAt: '2099-07-01T09:30:00+01:00' },
    });
    // The body is what the server's own schema accepts.
    if (checked.ok) expect(createLinkSchema.safeParse(checked.body).success).toBe(true);
    expect(linkBodyFromDraft(draft({ label: 'Chloe (mother)' }))).toEqual({
      ok: true,
      body: { role: 'family', label: 'Chloe (mother)', expiresAt: undefined },
    });
  });

  it('puts the schema’s complaints next to the fields, in the form’s words', () => {
    expect(linkBodyFromDraft(draft({ label: '  ' }))).toEqual({
      ok: false,
      fields: { label: 'Say who the link is for.' },
    });
    expect(linkBodyFromDraft(draft({ label: 'Chloe', expires: '2001-01-01T10:00' }))).toEqual({
      ok: false,
      fields: { expiresAt: 'The expiry must be in the future' },
    });
  });

  it('keeps the role for the next link and clears the rest', () => {
    expect(draftAfterLink(draft({ role: 'display', label: 'Room 2', expires: '2099-01-01T10:00' }))).toEqual({
      ...EMPTY_LINK,
      role: 'display',
    });
  });
});
