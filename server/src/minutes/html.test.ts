import { describe, expect, it } from 'vitest';
import { minutesFromDoc } from '@cb/shared/minutes/minutesFromDoc';
import type { Minutes } from '@cb/shared/minutes/types';
import { MINUTES_HEADINGS, PROFESSIONALS_ONLY_WORDS } from '@cb/shared/minutes/words';
import { MARKUP_PROBE, scriptConference } from '../../../tests/support/scriptedConference.ts';
import { esc, safeSvg } from './escape.ts';
import { minutesHtml, planHtml } from './html.ts';

function scripted() {
  const s = scriptConference();
  return {
    s,
    full: minutesFromDoc(s, s.context, 'full'),
    family: minutesFromDoc(s, s.context, 'family'),
  };
}

/** Every piece of people's words the family may see, as the page must show it. */
function publicTexts(m: Minutes): string[] {
  return [
    ...m.worries.map((w) => w.text),
    ...m.workingWell.map((i) => i.text),
    ...m.greyAreas.map((i) => i.text),
    ...m.childsVoice.map((v) => v.text),
    ...m.parentsView.map((v) => v.text),
    ...m.safetyScales.map((s) => s.who),
    ...m.plan.flatMap((r) => [r.risk, r.outcome, r.task, r.byWhom, r.howWeWillKnow]),
    ...m.contingencyPlans.map((c) => c.text),
    ...m.attendees.map((a) => a.name),
    ...m.decisions.map((d) => d.outcomeWords),
  ];
}

describe('minutesHtml', () => {
  it('is a complete, self-contained, printable document', () => {
    const html = minutesHtml(scripted().full);
    expect(html).toMatch(/^<!doctype html>\n<html lang="en-GB">/);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toMatch(/@page \{\s*size: A4;/);
    expect(html).toMatch(/@page wide \{\s*size: A4 landscape;/);
    expect(html).toContain('table.plan { page: wide; }');
    expect(html).toContain('Confidential');
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    // Nothing is fetched or run: no scripts, no external styles, fonts or images.
    expect(html).not.toMatch(/<script|<link|@import|src=|url\(/i);
  });

  it('has every section heading, as h1/h2/h3, and tables for attendance and the plan', () => {
    const { full } = scripted();
    const html = minutesHtml(full);
    expect(html.match(/<h1>/g)).toHaveLength(1);
    for (const heading of Object.values(MINUTES_HEADINGS)) expect(html).toContain(`<h2>${esc(heading)}</h2>`);
    expect(html).toContain('<h3>Past harm</h3>');
    expect(html).toContain('<table class="attendance">');
    expect(html).toContain('<table class="plan">');
    // The guidance's "Risk" for professionals; the family's copy keeps the words of their screen.
    expect(html).toContain('<th scope="col">Risk</th>');
    expect(minutesHtml(scripted().family)).toContain('<th scope="col">What needs to change</th>');
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(html).toContain('Thursday 3 December 2026');
  });

  it('shows every public item’s words, escaped', () => {
    const { full } = scripted();
    const html = minutesHtml(full);
    for (const text of publicTexts(full)) expect(html).toContain(esc(text));
    expect(MARKUP_PROBE.text).toMatch(/<after school> &/);
    expect(html).toContain('&lt;after school&gt; &amp; at weekends');
    expect(html).not.toContain('<after school>');
  });

  it('marks professionals-only items in the professionals’ copy', () => {
    const { s, full } = scripted();
    const html = minutesHtml(full);
    for (const secret of s.professionalsOnlyStrings) expect(html).toContain(esc(secret));
    const marks = html.match(new RegExp(`<strong class="po">${PROFESSIONALS_ONLY_WORDS}</strong>`, 'g'));
    // Six items, and the three lines on how the meeting ran (participation, interpreter, exclusion).
    expect(marks).toHaveLength(9);
    expect(html).toContain('Wren Kestrel');
  });

  it('gives the family a copy with none of the professionals-only words, titled as theirs', () => {
    const { s, family } = scripted();
    const html = minutesHtml(family);
    expect(html).toContain('<title>Initial child protection conference: minutes (family copy)</title>');
    expect(html).toContain('Confidential: family copy');
    for (const secret of s.professionalsOnlyStrings) {
      expect(html).not.toContain(secret);
      expect(html).not.toContain(esc(secret));
    }
    expect(html).not.toContain('class="po"');
    for (const text of publicTexts(family)) expect(html).toContain(esc(text));
    // Ben's views were shown to the family by the chair; Ada's were not.
    expect(html.match(/<table class="views">/g)).toHaveLength(1);
  });

  it('leaves professionals-only items out of a family copy even if they were wrongly passed in', () => {
    const { s, full } = scripted();
    const wrong: Minutes = { ...full, audience: 'family' };
    const html = minutesHtml(wrong);
    for (const secret of s.professionalsOnlyStrings) expect(html).not.toContain(esc(secret));
    expect(html).not.toContain('class="po"');
  });

  it('leaves out the safety scale when the conference did not use one', () => {
    const { full } = scripted();
    const html = minutesHtml({ ...full, safetyScaleUsed: false, safetyScales: [] });
    expect(html).not.toContain(`<h2>${MINUTES_HEADINGS.safetyScales}</h2>`);
  });

  it('is the same for the same minutes', () => {
    expect(minutesHtml(scripted().family)).toBe(minutesHtml(scripted().family));
  });
});

describe('planHtml', () => {
  it('has the plan, the contingency plans and the dates, and nothing else', () => {
    const { family } = scripted();
    const html = planHtml(family);
    expect(html).toContain('<title>Initial child protection conference: the plan (family copy)</title>');
    for (const key of ['plan', 'contingencyPlans', 'coreGroup'] as const) {
      expect(html).toContain(`<h2>${esc(MINUTES_HEADINGS[key])}</h2>`);
    }
    expect(html).not.toContain(`<h2>${esc(MINUTES_HEADINGS.worries)}</h2>`);
    for (const row of family.plan) expect(html).toContain(esc(row.task));
    expect(html).toContain('Start within 2 weeks');
    expect(html).toContain('Thursday 10 December 2026');
  });
});

describe('safeSvg', () => {
  it('keeps the genogram’s SVG and refuses anything that could run', () => {
    const svg = scripted().full.genogramSvg;
    expect(safeSvg(svg)).toBe(svg);
    expect(safeSvg('<svg><script>alert(1)</script></svg>')).toBeNull();
    expect(safeSvg('<svg><rect onload="x()"/></svg>')).toBeNull();
    expect(safeSvg('<svg><text>one = two</text></svg>')).not.toBeNull();
    expect(safeSvg('<p>not a picture</p>')).toBeNull();
  });

  it('draws words instead of a picture that fails the check', () => {
    const { family } = scripted();
    const html = minutesHtml({ ...family, genogramSvg: '<svg><script>alert(1)</script></svg>' });
    expect(html).not.toContain('<script');
    expect(html).toContain('The family tree could not be drawn here.');
  });
});
