/** Accessibility checks with axe-core against WCAG 2.2 AA: a page passes only with no violations. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe on the page as it is now; on failure the message lists each rule and where it broke. */
export async function expectNoAxeViolations(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const problems = results.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'unknown impact'}): ${v.help} — at ${v.nodes
        .map((node) => node.target.join(' '))
        .join('; ')}`,
  );
  expect(problems, `accessibility violations on ${what}`).toEqual([]);
}
