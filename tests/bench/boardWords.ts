/**
 * The words of the seeded board for `npm run bench:board`: who says what, and small edits to it.
 * Everything depends only on the seeded generator passed in. All text is plain and fictional.
 */
import { randomBytes } from '../support/random.ts';

export const NAMES = [
  'Mum',
  'Dad',
  'Nan',
  'the school',
  'the health visitor',
  'the social worker',
  'Uncle Fictional',
];
const SUBJECTS = ['The children', 'Testchild A', 'Testchild B', 'Mum', 'Dad', 'The family', 'Nan'];
const VERBS = ['said', 'told us', 'showed', 'mentioned', 'explained', 'wrote', 'shared'];
const OBJECTS = [
  'that mornings before school are rushed',
  'that the flat is warm and tidy',
  'that bedtime has been later since the summer',
  'that the children enjoy the after-school club',
  'that there were arguments at weekends',
  'that the garden gate is now fixed',
  'that appointments were missed in October',
  'that lunch boxes are packed every day',
  'that Nan helps on Tuesdays and Thursdays',
  'that the car broke down twice this month',
  'that homework is done at the kitchen table',
  'that the dog needs walking before school',
];
const EXTRAS = [
  'every week',
  'most days',
  'since the last meeting',
  'according to the school',
  'at the review',
  'on the phone',
  'when asked',
  'with a smile',
  'more than once',
  'this term',
];

export function pick<T>(rand: () => number, values: readonly T[]): T {
  return values[Math.floor(rand() * values.length)] as T;
}

/** A UUID-shaped id from the seeded generator (the client makes real random UUIDs). */
export function seededId(rand: () => number): string {
  const hex = [...randomBytes(rand, 16)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function sentence(rand: () => number): string {
  return `${pick(rand, SUBJECTS)} ${pick(rand, VERBS)} ${pick(rand, OBJECTS)}.`;
}

/** A small edit to a card's words: add a phrase, swap a word, or drop one, keeping it short. */
export function editedText(rand: () => number, prev: string): string {
  const words = prev.replace(/\.$/, '').split(' ');
  const roll = rand();
  if (roll < 0.4 && prev.length < 160) words.push(pick(rand, EXTRAS));
  else if (roll < 0.75 || words.length < 6) {
    const i = Math.floor(rand() * words.length);
    words[i] = pick(rand, EXTRAS).split(' ')[0] ?? 'often';
  } else words.splice(1 + Math.floor(rand() * (words.length - 1)), 1);
  return `${words.join(' ')}.`;
}
