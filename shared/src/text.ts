/**
 * Names and labels as people typed them, minus the characters that make text lie about itself:
 * bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) can make
 * "DC Jones" display as something else on every screen and in the minutes, and control characters
 * (C0, DEL, C1) have no place in a name. Right-to-left marks (U+200E, U+200F) and the joiners that
 * some scripts and emoji need (U+200C, U+200D) are kept: they change no one's reading order.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function cleanText(value: string): string {
  return value.replace(UNSAFE, '');
}

export function hasUnsafeCharacters(value: string): boolean {
  UNSAFE.lastIndex = 0;
  const found = UNSAFE.test(value);
  UNSAFE.lastIndex = 0;
  return found;
}
