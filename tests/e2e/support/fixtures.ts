/**
 * `test` with one extra fixture: `newPerson`, a fresh browser context (its own cookies, as a
 * different person on a different device) per call, closed when the test ends. When a test fails,
 * each person's screen is attached to the report.
 */
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

export interface PersonOptions {
  /** Let the page read and write the clipboard (for the "Copy link" button). */
  clipboard?: boolean;
  /** A screen other than the default 1920×1080, in CSS pixels. */
  viewport?: { width: number; height: number };
  /** Device pixels per CSS pixel: browser zoom is emulated by a small viewport and a large factor. */
  deviceScaleFactor?: number;
}

export type NewPerson = (who: string, options?: PersonOptions) => Promise<Page>;

interface Fixtures {
  newPerson: NewPerson;
}

export const test = base.extend<Fixtures>({
  newPerson: async ({ browser, baseURL, viewport }, use, testInfo) => {
    const people: { who: string; context: BrowserContext; page: Page }[] = [];
    await use(async (who, options = {}) => {
      const context = await browser.newContext({
        baseURL,
        viewport: options.viewport ?? viewport,
        deviceScaleFactor: options.deviceScaleFactor ?? 1,
        locale: 'en-GB',
        timezoneId: 'Europe/London',
        permissions: options.clipboard ? ['clipboard-read', 'clipboard-write'] : [],
      });
      const page = await context.newPage();
      people.push({ who, context, page });
      return page;
    });
    for (const { who, context, page } of people) {
      if (testInfo.status !== testInfo.expectedStatus && !page.isClosed()) {
        const body = await page.screenshot({ fullPage: true }).catch(() => null);
        if (body) await testInfo.attach(`${who} at the end`, { body, contentType: 'image/png' });
      }
      await context.close();
    }
  },
});

export { expect };
