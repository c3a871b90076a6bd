/**
 * The field schemas every request body is made of (a bounded, cleaned text; a real date; an
 * instant with an offset; an email), shared by api.ts and paperwork.ts.
 */
import { z } from 'zod';
import { cleanText } from './text.ts';

/** A name, label or title: unsafe characters stripped (see text.ts), then trimmed and bounded. */
export const trimmed = (max: number) =>
  z
    .string()
    .transform(cleanText)
    .pipe(z.string().trim().min(1, 'Required').max(max, `At most ${max} characters`));

/** A calendar date `YYYY-MM-DD` that exists. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use the form YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, 'Not a real date');

/** An instant with an offset, e.g. `2026-12-03T10:00:00Z` or `2026-12-03T10:00:00+00:00`. */
export const isoDateTimeSchema = z.iso.datetime({
  offset: true,
  message: 'Use a date and time such as 2026-12-03T10:00:00Z',
});

export const emailSchema = z
  .email('Not an email address')
  .max(254)
  .transform((e) => e.toLowerCase());
