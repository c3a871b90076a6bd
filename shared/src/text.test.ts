import { describe, expect, it } from 'vitest';
import { joinSchema, createLinkSchema } from './api.ts';
import { cleanText, hasUnsafeCharacters } from './text.ts';

describe('cleanText', () => {
  it('strips bidirectional overrides, embeddings and isolates, and control characters', () => {
    expect(cleanText('\u202EsenoJ CD')).toBe('senoJ CD');
    expect(cleanText('Ada\u2066 Marlow\u2069\u202C')).toBe('Ada Marlow');
    expect(cleanText('Ama\u0000\u0007\u009b')).toBe('Ama');
    expect(hasUnsafeCharacters('\u202Dx')).toBe(true);
    expect(hasUnsafeCharacters('plain')).toBe(false);
  });

  it('keeps right-to-left marks and joiners that real names need', () => {
    const arabic = '\u0641\u0627\u0637\u0645\u0629\u200F';
    expect(cleanText(arabic)).toBe(arabic);
    expect(cleanText('a\u200Db\u200Cc')).toBe('a\u200Db\u200Cc');
  });

  it('is applied by the schemas that take names and labels, and an emptied name is refused', () => {
    expect(joinSchema.parse({ name: '\u202EsenoJ CD (Police)' }).name).toBe('senoJ CD (Police)');
    expect(joinSchema.safeParse({ name: '\u202E\u202C' }).success).toBe(false);
    expect(createLinkSchema.parse({ role: 'family', label: 'Mum\u2067' }).label).toBe('Mum');
  });
});
