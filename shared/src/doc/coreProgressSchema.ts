/**
 * What a core group records on a plan row (see coreProgress.ts): the words for how it is going and
 * the shape of one note. A leaf beside plan.ts, which keeps the notes on each row.
 */
import { z } from 'zod';
import { isoDateSchema } from '../fields.ts';
import { cleanText } from '../text.ts';
import { idSchema } from './decisionTypes.ts';

export const CORE_PROGRESS = ['done', 'on-track', 'not-started', 'not-working'] as const;
export type CoreProgress = (typeof CORE_PROGRESS)[number];

export const CORE_PROGRESS_WORDS: Record<CoreProgress, string> = {
  done: 'Done',
  'on-track': 'On track',
  'not-started': 'Not started',
  'not-working': 'Not working',
};

const words = (max: number) => z.string().transform(cleanText).pipe(z.string().trim().max(max));

export const progressNoteSchema = z.object({
  /** The core group (or conference) it was recorded at. */
  meetingId: idSchema,
  /** That meeting's date, YYYY-MM-DD. */
  heldOn: isoDateSchema,
  status: z.enum(CORE_PROGRESS, 'Choose how it is going'),
  note: words(2000),
  saidBy: words(120),
});
export type ProgressNote = z.infer<typeof progressNoteSchema>;

/** A stored list read tolerantly: a bad entry is skipped. */
export function readProgressNotes(raw: unknown): ProgressNote[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((e) => {
    const read = progressNoteSchema.safeParse(e);
    return read.success ? [read.data] : [];
  });
}
