import { describe, expect, it } from 'vitest';
import { parsePartialDate, partnershipDateWords, ukDate } from './dates.ts';

describe('relationship dates', () => {
  it('reads a year, a month and year, or a full date, day first', () => {
    expect(parsePartialDate('')).toEqual({ date: null });
    expect(parsePartialDate('2015')).toEqual({ date: '2015' });
    expect(parsePartialDate('05/2015')).toEqual({ date: '2015-05' });
    expect(parsePartialDate('2015-05')).toEqual({ date: '2015-05' });
    expect(parsePartialDate('30/06/2012')).toEqual({ date: '2012-06-30' });
    expect(parsePartialDate('2012-06-30')).toEqual({ date: '2012-06-30' });
    expect(parsePartialDate('13/2015')).toEqual({ error: expect.stringContaining('no month 13') });
    expect(parsePartialDate('last summer')).toEqual({ error: expect.stringContaining('14/05/2015') });
    expect(parsePartialDate('1066')).toHaveProperty('error');
  });

  it('shows stored dates in UK form', () => {
    expect(ukDate('2018-05-14')).toBe('14/05/2018');
    expect(ukDate('2018-05')).toBe('May 2018');
    expect(ukDate('2018')).toBe('2018');
  });

  it('says what a couple’s dates mean in plain words, never claiming a marriage not recorded', () => {
    expect(partnershipDateWords('married', '2015-06-30', null)).toEqual(['married 2015']);
    expect(partnershipDateWords('divorced', '2015', '2023')).toEqual(['married 2015', 'divorced 2023']);
    expect(partnershipDateWords('separated', '2015', '2023')).toEqual([
      'together from 2015',
      'separated 2023',
    ]);
    expect(partnershipDateWords('cohabiting', '2019', '2020')).toEqual(['together since 2019']);
    expect(partnershipDateWords('separated', null, '2023-01-02', ukDate)).toEqual(['separated 02/01/2023']);
  });
});
