import { describe, expect, it } from 'vitest';
import { minutesSentToGp } from './gpCopy.ts';

describe('the GP’s copy of the core group minutes', () => {
  it('is found by the words an admin writes for a doctor, for the minutes only', () => {
    expect(minutesSentToGp([{ document: 'minutes', to: 'Riverside Surgery (fictional)' }])).toBe(true);
    expect(minutesSentToGp([{ document: 'minutes', to: 'Dr Amal Fictional' }])).toBe(true);
    expect(minutesSentToGp([{ document: 'minutes', to: 'Everyone invited, and the GP' }])).toBe(true);
    expect(minutesSentToGp([{ document: 'plan', to: 'The GP' }])).toBe(false);
    expect(minutesSentToGp([{ document: 'minutes', to: 'Drew Fictional (school)' }])).toBe(false);
    expect(minutesSentToGp([])).toBe(false);
  });
});
