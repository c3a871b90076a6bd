import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Minutes } from '@cb/shared/minutes/types';
import { MINUTES_HEADINGS, PROFESSIONALS_ONLY_WORDS, WORRY_KIND_WORDS } from '@cb/shared/minutes/words';
import { minutesDocx, planDocx } from './docx.ts';
import { boardTexts } from '../../../tests/fixtures/minutes/bigMinutes.ts';
import { marlowMinutes, PROFESSIONALS_ONLY_TEXTS } from '../../../tests/fixtures/minutes/marlowMinutes.ts';
import {
  pdfInfo,
  pdfText,
  soffice,
  squash,
  tempDir,
  unzipEntry,
  xmlText,
} from '../../../tests/fixtures/minutes/fileTools.ts';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const leaky: Minutes = { ...marlowMinutes('full'), audience: 'family' };
const files = {
  full: minutesDocx(marlowMinutes('full')),
  family: minutesDocx(marlowMinutes('family')),
  leaky: minutesDocx(leaky),
  plan: planDocx(marlowMinutes('family')),
};
type Name = keyof typeof files;
const docx: Partial<Record<Name, Buffer>> = {};
const text: Partial<Record<Name, string>> = {};
let fullPdf = Buffer.alloc(0);

// LibreOffice takes seconds to start: convert every file in one run, and the full copy to PDF too.
beforeAll(async () => {
  const names = Object.keys(files) as Name[];
  const paths = await Promise.all(
    names.map(async (name) => {
      const buffer = await files[name];
      docx[name] = buffer;
      const path = join(dir, `${name}.docx`);
      writeFileSync(path, buffer);
      return path;
    }),
  );
  soffice(dir, paths, 'txt:Text', 'txt').forEach((out, i) => {
    const name = names[i];
    if (name) text[name] = squash(readFileSync(out, 'utf8'));
  });
  const [pdf] = soffice(dir, [join(dir, 'full.docx')], 'pdf', 'pdf');
  fullPdf = readFileSync(pdf ?? '');
}, 240_000);

const got = (name: Name) => {
  const t = text[name];
  if (t === undefined) throw new Error(`LibreOffice gave no text for ${name}.docx`);
  return t;
};

describe('minutesDocx', () => {
  it('opens in LibreOffice with every section heading, item and plan row', () => {
    const t = got('full');
    for (const heading of [...Object.values(MINUTES_HEADINGS), ...Object.values(WORRY_KIND_WORDS)]) {
      expect(t, heading).toContain(heading);
    }
    for (const s of boardTexts(marlowMinutes('full'))) expect(t, s).toContain(squash(s));
    for (const s of PROFESSIONALS_ONLY_TEXTS) expect(t).toContain(s);
    expect(t).toContain(`${PROFESSIONALS_ONLY_WORDS}:`);
    // The family tree as a picture (SVG with a PNG for older Word), then in words.
    const rels = unzipEntry(docx.full ?? Buffer.alloc(0), 'word/_rels/document.xml.rels');
    expect(rels).toMatch(/Target="media\/[^"]+\.png"/);
    expect(rels).toMatch(/Target="media\/[^"]+\.svg"/);
    expect(unzipEntry(docx.full ?? Buffer.alloc(0), 'word/document.xml')).toContain('svgBlip');
    expect(t).not.toContain('The family tree picture is in the PDF and HTML copies.');
    expect(t).toContain('Chloe Marlow and Evan Price: living together');
    expect(t).toContain('Ada Marlow: child of Dan Ashby and Chloe Marlow');
  });

  it('leaves everything professionals-only out of the family copy, in the text and the XML', () => {
    for (const name of ['family', 'leaky'] as const) {
      const t = got(name);
      const xml = unzipEntry(docx[name] ?? Buffer.alloc(0), 'word/document.xml');
      for (const s of [...PROFESSIONALS_ONLY_TEXTS.slice(0, 3), PROFESSIONALS_ONLY_WORDS]) {
        expect(t, `${name}: ${s}`).not.toContain(s);
        expect(xml).not.toContain(s);
        expect(squash(xmlText(xml))).not.toContain(s);
      }
    }
    for (const s of boardTexts(marlowMinutes('family'))) expect(got('family'), s).toContain(squash(s));
  });

  it('uses Word headings, header rows, bullets, a confidential header and page numbers on A4', () => {
    const zip = docx.full ?? Buffer.alloc(0);
    const xml = unzipEntry(zip, 'word/document.xml');
    for (const style of ['Title', 'Heading1', 'Heading2'])
      expect(xml).toContain(`<w:pStyle w:val="${style}"/>`);
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toContain('<w:numPr>'); // bullet lists
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xmlText(unzipEntry(zip, 'word/header1.xml'))).toContain('Confidential');
    const footer = unzipEntry(zip, 'word/footer1.xml');
    expect(footer).toContain('PAGE');
    expect(footer).toContain('NUMPAGES');
    expect(xmlText(unzipEntry(docx.family ?? Buffer.alloc(0), 'word/header1.xml'))).toContain(
      'Confidential: family copy',
    );
    // As Word would lay it out (LibreOffice's PDF): A4, every page numbered "Page N of M".
    const info = pdfInfo(dir, 'full-laid-out', fullPdf);
    expect(info['Page size']).toMatch(/\(A4\)/);
    const pages = Number(info.Pages);
    expect(pages).toBeGreaterThan(1);
    const laidOut = pdfText(dir, 'full-laid-out', fullPdf);
    for (let n = 1; n <= pages; n++) expect(laidOut).toContain(`Page ${n} of ${pages}`);
    expect(laidOut.match(/Confidential: for professionals/g)?.length).toBe(pages);
  });
});

describe('planDocx', () => {
  it('gives the plan rows, the contingency plans and the dates, without the board', () => {
    const t = got('plan');
    for (const r of marlowMinutes('family').plan) {
      for (const s of [r.risk, r.outcome, r.task, r.byWhom, r.howWeWillKnow]) expect(t).toContain(squash(s));
    }
    expect(t).toContain(MINUTES_HEADINGS.plan);
    expect(t).toContain(MINUTES_HEADINGS.contingencyPlans);
    expect(t).not.toContain(MINUTES_HEADINGS.worries);
  });

  it('is laid out on landscape pages; in the minutes only the plan’s pages are', () => {
    const plan = unzipEntry(docx.plan ?? Buffer.alloc(0), 'word/document.xml');
    expect(plan.match(/<w:pgSz [^>]*>/g)).toEqual([
      expect.stringMatching(/w:w="16838" w:h="11906" w:orient="landscape"/),
    ]);
    const minutes = unzipEntry(docx.full ?? Buffer.alloc(0), 'word/document.xml');
    const sizes = minutes.match(/<w:pgSz [^>]*>/g) ?? [];
    expect(sizes.map((s) => s.includes('landscape'))).toEqual([false, true, false]);
    // The landscape section is the plan's: its table header is between the first and second breaks.
    const [before = '', planPart = ''] = minutes.split(/<w:sectPr\b/);
    expect(before).not.toContain('How we’ll know');
    expect(planPart).toContain('How we’ll know');
  });
});
