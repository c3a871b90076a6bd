/**
 * Link pages that ask someone to wait (429): an address that tried too many unknown links, and a
 * device the chair turned away that is asking again before the cooling-off period is over.
 */
import { minutesWords } from '@cb/shared/words/dates';
import { page } from './joinPage.ts';

export function tooManyTriesPage(waitMs: number): string {
  return page(
    'Too many tries',
    `<h1>Too many tries</h1><p>Please wait ${minutesWords(waitMs)} and try the link again.</p><p>If it still does not work, ask the person who sent it for a new one.</p>`,
  );
}

export function askAgainLaterPage(waitMs: number): string {
  return page(
    'Please wait',
    `<h1>Please wait before asking again</h1><p>The chair has not let you in just now. You can ask to join again in ${minutesWords(waitMs)}.</p><p>If you think this is a mistake, please contact the office.</p>`,
  );
}
