import { describe, expect, it } from 'vitest';
import { createConferenceSchema, createLinkSchema, isoDateSchema } from './api.ts';

describe('isoDateSchema', () => {
  it('accepts real dates and refuses impossible ones', () => {
    expect(isoDateSchema.safeParse('2024-02-29').success).toBe(true);
    expect(isoDateSchema.safeParse('2023-02-29').success).toBe(false);
    expect(isoDateSchema.safeParse('2023-13-01').success).toBe(false);
    expect(isoDateSchema.safeParse('1/2/2023').success).toBe(false);
  });
});

describe('createConferenceSchema', () => {
  const base = {
    scheduledAt: '2026-12-03T10:00:00Z',
    children: [{ name: '  Ada Fictional  ', dateOfBirth: '2019-04-12' }],
  };

  it('trims names and lower-cases the chair email', () => {
    const parsed = createConferenceSchema.parse({
      ...base,
      kind: 'initial',
      chairEmail: 'Chair@Example.TEST',
    });
    expect(parsed.children[0]?.name).toBe('Ada Fictional');
    expect(parsed.chairEmail).toBe('chair@example.test');
  });

  it('needs at least one child and a date of birth except before birth', () => {
    expect(createConferenceSchema.safeParse({ ...base, kind: 'initial', children: [] }).success).toBe(false);
    const unborn = { ...base, children: [{ name: 'Baby Fictional' }] };
    expect(createConferenceSchema.safeParse({ ...unborn, kind: 'review' }).success).toBe(false);
    expect(createConferenceSchema.safeParse({ ...unborn, kind: 'pre-birth' }).success).toBe(true);
  });

  it('takes the strategy discussion date and the reason, and refuses a date after the conference', () => {
    const ok = createConferenceSchema.parse({
      ...base,
      kind: 'initial',
      strategyDiscussionOn: '2026-11-16',
      reason: '  Bruising seen at nursery (fictional)  ',
    });
    expect(ok).toMatchObject({
      strategyDiscussionOn: '2026-11-16',
      reason: 'Bruising seen at nursery (fictional)',
    });
    const after = createConferenceSchema.safeParse({
      ...base,
      kind: 'initial',
      strategyDiscussionOn: '2026-12-04',
    });
    expect(after.success).toBe(false);
    expect(after.error?.issues[0]?.path).toEqual(['strategyDiscussionOn']);
    // The same day (London time) is allowed; a review counts from the conference before.
    expect(
      createConferenceSchema.safeParse({ ...base, kind: 'initial', strategyDiscussionOn: '2026-12-03' })
        .success,
    ).toBe(true);
    expect(
      createConferenceSchema.safeParse({ ...base, kind: 'review', strategyDiscussionOn: '2026-11-16' })
        .success,
    ).toBe(false);
  });
});

describe('createLinkSchema', () => {
  it('refuses an expiry in the past and an unknown role', () => {
    expect(
      createLinkSchema.safeParse({ role: 'family', label: 'Family', expiresAt: '2001-01-01T00:00:00Z' })
        .success,
    ).toBe(false);
    expect(createLinkSchema.safeParse({ role: 'admin', label: 'Family' }).success).toBe(false);
    expect(createLinkSchema.safeParse({ role: 'display', label: 'Room 2 screen' }).success).toBe(true);
  });
});
