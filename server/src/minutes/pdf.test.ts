import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { Minutes } from '@cb/shared/minutes/types';
import { MINUTES_HEADINGS, PROFESSIONALS_ONLY_WORDS, WORRY_KIND_WORDS } from '@cb/shared/minutes/words';
import { minutesPdf, planPdf } from './pdf.ts';
import { bigMinutes, boardTexts } from '../../../tests/fixtures/minutes/bigMinutes.ts';
import {
  marlowMinutes,
  NOT_MET_VIEW,
  PROFESSIONALS_ONLY_TEXTS,
} from '../../../tests/fixtures/minutes/marlowMinutes.ts';
import {
  pdfImages,
  pdfInfo,
  pdfPages,
  pdfStreams,
  pdfText,
  squash,
  tempDir,
} from '../../../tests/fixtures/minutes/fileTools.ts';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('minutesPdf', () => {
  it('gives every section heading and every item and plan row, for professionals', async () => {
    const minutes = marlowMinutes('full');
    const text = squash(pdfText(dir, 'full', await minutesPdf(minutes)));
    for (const heading of [...Object.values(MINUTES_HEADINGS), ...Object.values(WORRY_KIND_WORDS)]) {
      expect(text, heading).toContain(heading);
    }
    for (const t of boardTexts(minutes)) expect(text, t).toContain(squash(t));
    for (const t of PROFESSIONALS_ONLY_TEXTS) expect(text).toContain(t);
    expect(text).toContain(`${PROFESSIONALS_ONLY_WORDS}:`);
    // Each professional's view, and the decision in statutory words.
    expect(NOT_MET_VIEW).not.toBe('');
    expect(text).toContain(NOT_MET_VIEW);
    expect(text).toContain('Decision: Child protection plan, under the category of emotional abuse.');
  });

  it('leaves everything professionals-only out of the family copy', async () => {
    const family = marlowMinutes('family');
    const text = squash(pdfText(dir, 'family', await minutesPdf(family)));
    for (const t of boardTexts(family)) expect(text, t).toContain(squash(t));
    for (const t of [...PROFESSIONALS_ONLY_TEXTS, PROFESSIONALS_ONLY_WORDS]) expect(text).not.toContain(t);
    // The views the chair did not show (Ada's) are not there; those shown (Ben's) are.
    expect(text).toContain('Ada Marlow will have a child protection plan.');
    expect(text.match(/Threshold of significant harm met\?/g)?.length).toBe(1);
    expect(text).not.toContain('Decision: ');
  });

  it('leaves professionals-only items out even if the family minutes were handed them', async () => {
    const full = marlowMinutes('full');
    const secret = full.worries.find((w) => w.professionalsOnly)?.text ?? '';
    const leaky: Minutes = {
      ...full,
      audience: 'family',
      planChecks: [
        { check: 'risks-addressed', passed: false, detail: `“${secret}” has no row in the plan.` },
      ],
    };
    const text = squash(pdfText(dir, 'leaky', await minutesPdf(leaky)));
    for (const t of [...PROFESSIONALS_ONLY_TEXTS.slice(0, 3), PROFESSIONALS_ONLY_WORDS]) {
      expect(text).not.toContain(t);
    }
  });

  it('marks every page confidential, numbers the pages, and names the document', async () => {
    for (const audience of ['full', 'family'] as const) {
      const pdf = await minutesPdf(marlowMinutes(audience));
      const info = pdfInfo(dir, `info-${audience}`, pdf);
      const pages = Number(info.Pages);
      expect(pages).toBeGreaterThan(1);
      expect(info['Page size']).toMatch(/^595\.2\d? x 841\.8\d? pts \(A4\)/);
      expect(info.Title).toBe(
        audience === 'full'
          ? 'Initial child protection conference: minutes'
          : 'Initial child protection conference: minutes (family copy)',
      );
      const text = pdfText(dir, `pages-${audience}`, pdf);
      const header =
        audience === 'full' ? /^Confidential: for professionals/gm : /^Confidential: family copy/gm;
      expect(text.match(header)?.length).toBe(pages);
      for (let n = 1; n <= pages; n++) expect(text).toContain(`Page ${n} of ${pages}`);
    }
  });

  it('draws the family tree as vector paths with its words, not as a picture', async () => {
    const pdf = await minutesPdf(marlowMinutes('full'));
    expect(pdfImages(dir, 'images', pdf)).toEqual([]);
    expect(pdf.toString('latin1')).not.toMatch(/\/Subtype\s*\/Image/);
    const drawing = pdfStreams(pdf);
    expect(drawing).toMatch(/ re\b/); // rectangles
    expect(drawing).toMatch(/ c\b/); // curves: the circles
    expect(drawing).toMatch(/ l\b/); // lines
    const text = squash(pdfText(dir, 'tree', pdf));
    for (const name of ['George Marlow', 'Unborn baby', "Chloe's flat"]) expect(text).toContain(name);
  });

  it('runs a long board onto many pages, repeating the plan header, the same bytes each time', async () => {
    const minutes = bigMinutes('full');
    const pdf = await minutesPdf(minutes);
    const pages = Number(pdfInfo(dir, 'big', pdf).Pages);
    expect(pages).toBeGreaterThan(10);
    const text = pdfText(dir, 'big', pdf);
    // The plan's 20 rows run over a page: its header row is drawn on each.
    expect(text.match(/How we’ll\s+know/g)?.length).toBeGreaterThan(1);
    expect((await minutesPdf(minutes)).equals(pdf)).toBe(true);
  });

  it('puts the plan’s table on landscape pages and the rest of the minutes upright', async () => {
    const pages = pdfPages(dir, 'big-pages', await minutesPdf(bigMinutes('full')));
    const planPages = pages.filter((p) => /How we’ll\s+know/.test(p.text));
    expect(planPages.length).toBeGreaterThan(1);
    expect(planPages.every((p) => p.landscape)).toBe(true);
    expect(pages[0]?.landscape).toBe(false);
    const contingency = pages.findIndex((p) => p.text.includes(MINUTES_HEADINGS.contingencyPlans));
    expect(pages[contingency]?.landscape).toBe(false);
    expect(pages.at(-1)?.landscape).toBe(false);
  });
});

describe('planPdf', () => {
  it('gives the plan, the contingency plans and the dates, without the board', async () => {
    const minutes = marlowMinutes('family');
    const text = squash(pdfText(dir, 'plan', await planPdf(minutes)));
    for (const r of minutes.plan)
      for (const t of [r.risk, r.task, r.howWeWillKnow]) expect(text).toContain(squash(t));
    expect(text).toContain(MINUTES_HEADINGS.contingencyPlans);
    expect(text).toContain(MINUTES_HEADINGS.coreGroup);
    expect(text).not.toContain(MINUTES_HEADINGS.worries);
    const pages = pdfPages(dir, 'plan-pages', await planPdf(minutes));
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.every((p) => p.landscape)).toBe(true);
  });
});
