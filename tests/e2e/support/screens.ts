/**
 * Full-page screenshots of the main screens, for people to look at (not compared by the tests).
 * They go outside the repository: `CB_E2E_SCREENSHOTS`, or `<tmpdir>/cb-e2e-screenshots`.
 */
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';

export const SCREENSHOT_DIR = process.env.CB_E2E_SCREENSHOTS ?? path.join(os.tmpdir(), 'cb-e2e-screenshots');

/** Saves `<SCREENSHOT_DIR>/<name>.png` and returns the path. */
export async function saveScreen(page: Page, name: string): Promise<string> {
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  // A long board leaves what is out of view undrawn (content-visibility) until it is scrolled to;
  // a full-page picture would show those parts blank, so for the picture everything is drawn.
  await page.screenshot({
    path: file,
    fullPage: true,
    animations: 'disabled',
    style: '* { content-visibility: visible !important; }',
  });
  return file;
}
