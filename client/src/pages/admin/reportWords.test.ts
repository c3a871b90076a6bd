import { describe, expect, it } from 'vitest';
import type { ReportEntry } from '@cb/shared/api';
import { missingWords } from './reportWords.ts';

const report = (agency: string, receivedOn: string | null): ReportEntry => ({
  id: agency,
  agency,
  author: '',
  receivedOn,
  sharedWithFamilyOn: null,
  sharedWithChild: null,
  notSharedReason: '',
  expectedBy: '2026-12-01',
  missing: receivedOn === null,
  late: false,
});

describe('missingWords', () => {
  it('names the reports that have not come', () => {
    expect(missingWords([])).toBe('No reports are expected yet.');
    expect(missingWords([report('School', '2026-11-30')])).toBe('Every expected report has come.');
    expect(missingWords([report('School', null), report('GP', '2026-11-30')])).toBe(
      '1 of 2 reports has not come yet: School.',
    );
    expect(missingWords([report('School', null), report('GP', null)])).toBe(
      '2 of 2 reports have not come yet: School, GP.',
    );
  });
});
