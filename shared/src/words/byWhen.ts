/**
 * A plan row's "by when", as the chair types it, turned into a date at once: a date (2027-01-14,
 * 14/01/2027, 14/1/27) or a time from today ("within 2 weeks", "in 3 days", "1 month", "today",
 * "tomorrow", "next week"). The words are kept beside the date, so the plan shows both ("14 January
 * 2027, within 2 weeks"). Anything else ("soon", "ongoing") is refused in plain words: a plan
 * action needs a real date. Pure: `today` (YYYY-MM-DD, London) is given.
 */
import { isoDateSchema } from '../api.ts';
import { addDays, addMonths } from '../calendarDays.ts';
import { dateWords } from './dates.ts';

export type ByWhenReading =
  | { ok: true; date: string; /** The words, when they were not a date themselves. */ words: string }
  | { ok: false; message: string };

export const BY_WHEN_REFUSED =
  'Give a date (such as 14/01/2027) or a time from today (such as "within 2 weeks"): a plan action needs a real date.';

const UNITS: Record<string, (today: string, n: number) => string> = {
  day: (t, n) => addDays(t, n),
  week: (t, n) => addDays(t, 7 * n),
  month: (t, n) => addMonths(t, n),
};

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
};

function realDate(y: number, m: number, d: number): string | null {
  const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isoDateSchema.safeParse(iso).success ? iso : null;
}

export function readByWhen(text: string, today: string): ByWhenReading {
  const s = text.trim().replace(/\s+/g, ' ');
  if (!s) return { ok: false, message: 'Add by when.' };
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (iso) {
    const date = realDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return date ? { ok: true, date, words: '' } : { ok: false, message: 'That date does not exist.' };
  }
  const uk = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(s);
  if (uk) {
    const year = Number(uk[3]) < 100 ? 2000 + Number(uk[3]) : Number(uk[3]);
    const date = realDate(year, Number(uk[2]), Number(uk[1]));
    return date ? { ok: true, date, words: '' } : { ok: false, message: 'That date does not exist.' };
  }
  const lower = s.toLowerCase();
  if (lower === 'today') return { ok: true, date: today, words: s };
  if (lower === 'tomorrow') return { ok: true, date: addDays(today, 1), words: s };
  if (lower === 'next week') return { ok: true, date: addDays(today, 7), words: s };
  const span =
    /^(?:(?:start |complete |done )?(?:within|in|by)\s+)?(\d{1,3}|[a-z]+)\s+(day|week|month)s?(?:'s| time)?$/.exec(
      lower,
    );
  if (span) {
    const n = /^\d+$/.test(span[1] ?? '') ? Number(span[1]) : NUMBER_WORDS[span[1] ?? ''];
    const unit = UNITS[span[2] ?? ''];
    if (n !== undefined && n > 0 && n <= 366 && unit) return { ok: true, date: unit(today, n), words: s };
  }
  return { ok: false, message: BY_WHEN_REFUSED };
}

interface RowWhen {
  byWhen: string;
  byWhenWords: string;
}

const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && isoDateSchema.safeParse(s).success;

/** A row's "by when" both ways: "Thursday 17 December 2026 (within 2 weeks)"; old words as written. */
export function byWhenShown(row: RowWhen): string {
  if (!isDate(row.byWhen)) return row.byWhen;
  const words = row.byWhenWords.trim();
  return words ? `${dateWords(row.byWhen)} (${words})` : dateWords(row.byWhen);
}

/** What the chair's box shows: the words they typed, or the date as 17/12/2026. */
export function byWhenTyped(row: RowWhen): string {
  if (!isDate(row.byWhen)) return row.byWhen;
  if (row.byWhenWords.trim()) return row.byWhenWords.trim();
  const [y, m, d] = row.byWhen.split('-');
  return `${d}/${m}/${y}`;
}
