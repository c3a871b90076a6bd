/**
 * Every view of a board with words on it, checked with axe (WCAG 2.2 AA, no violations) and
 * saved as screenshots for people to look at: the chair, the family, a remote professional and
 * the room's screen at 1920×1080, and a family member reading at 400 % zoom (a 480×270 CSS-pixel
 * window on the same 1920×1080 physical pixels), where nothing may need scrolling sideways
 * (WCAG 1.4.10 Reflow). All names and words are fictional.
 */
import type { Page } from '@playwright/test';
import type { BoardPage } from './pages/BoardPage.ts';
import { STAGES } from './pages/ChairBoardPage.ts';
import { PlanPanel } from './pages/PlanPanel.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { letInGuest, openConference } from './support/conference.ts';
import { expect, test } from './support/fixtures.ts';
import { saveScreen } from './support/screens.ts';

const ARRIVES = { timeout: 15_000 };

const WORRIES = [
  'Police were called to the flat twice in three months after arguments, once with a broken door.',
  'Ben missed his two-year health check and has dropped two centiles.',
];
const RESTRICTED = 'Evan has a previous conviction for assault on a former partner (police, not yet shared).';
const STRENGTHS = [
  'Fay collects the children from school and nursery every day.',
  "Ada's attendance is 96 %.",
  'Dan has kept every contact visit.',
];
const GREY_AREAS = [
  'Whether Evan lives at the flat.',
  'Whether Chloe is drinking more (a neighbour, second-hand).',
];
const CHILDS_VOICE = 'Ada: "I like it when Nana picks us up. I don\'t like the shouting."';

/** Everything that should be on a screen that may not see professionals-only items. */
const SHARED = [...WORRIES, ...STRENGTHS, ...GREY_AREAS, CHILDS_VOICE];

/** How far the page can be scrolled sideways (0 when everything reflows into the window). */
const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test('every view of a full board passes axe, reflows at 400 % zoom, and is saved as a screenshot', async ({
  newPerson,
}) => {
  test.slow(); // five people on five devices
  const open = await openConference(newPerson);
  const { chair } = open;
  const family = await letInGuest(newPerson, open, { role: 'family', name: 'Chloe Marlow', label: 'Chloe' });
  const professional = await letInGuest(newPerson, open, {
    role: 'professional',
    name: 'Nadia Okafor',
    label: 'Nadia (health visitor)',
    // A health visitor joining from her phone.
    device: { viewport: { width: 390, height: 844 } },
  });
  const display = await letInGuest(newPerson, open, {
    role: 'display',
    name: 'Room 2 screen',
    label: 'Room 2 screen',
  });
  const zoomed = await letInGuest(newPerson, open, {
    role: 'family',
    name: 'Fay Marlow',
    label: 'Fay (grandmother)',
    device: { viewport: { width: 480, height: 270 }, deviceScaleFactor: 4 },
  });
  const followers: [string, BoardPage][] = [
    ['family', family],
    ['professional', professional],
    ['display', display],
    ['family at 400 %', zoomed],
  ];

  await test.step('the chair fills the board from the keyboard and marks one worry professionals-only', async () => {
    await chair.setStage(STAGES.sharing);
    await chair.addItems('Worries', [...WORRIES, RESTRICTED]);
    await chair.markProfessionalsOnly(RESTRICTED);
    await chair.addItems("What's working well", STRENGTHS);
    await chair.addItems('Grey areas', GREY_AREAS);
    await chair.addItem("The child's voice", CHILDS_VOICE);
    for (const [who, board] of followers) {
      // The room's screen fits the board to the screen: an item may be one of the earlier ones
      // it says it is not showing (checked below), so there it need only have arrived.
      for (const text of SHARED)
        if (board === display) await expect(board.anyItem(text), `${who}: ${text}`).toHaveCount(1, ARRIVES);
        else await expect(board.anyItem(text), `${who}: ${text}`).toBeVisible(ARRIVES);
    }
    await expect(professional.item('Worries', RESTRICTED)).toContainText('Professionals only', ARRIVES);
    for (const board of [family, display, zoomed]) await expect(board.anyItem(RESTRICTED)).toHaveCount(0);
    // Who is here: professionals see it as a table, which must not push a phone's board sideways.
    await new PlanPanel(chair.page).addAttendee({
      name: 'Nadia Okafor',
      role: 'Health visitor',
      agency: 'Fictional Community Health',
      agencyType: 'Health',
      attendance: 'Joining remotely',
    });
    await expect(new PlanPanel(professional.page).attendance).toContainText(
      'Fictional Community Health',
      ARRIVES,
    );
  });

  await test.step("a suggestion waits in the chair's rail and a hand is up", async () => {
    await professional.suggest("The child's voice", 'Ben is clingy at nursery drop-off.');
    await professional.tools.getByRole('button', { name: 'Raise my hand' }).click();
    await expect(chair.suggestion('Ben is clingy at nursery drop-off.')).toBeVisible(ARRIVES);
    await expect(chair.rail.getByRole('region', { name: 'Raised hands' })).toContainText(
      'Nadia Okafor',
      ARRIVES,
    );
    // The header says so too, on screen at 1366×768 without scrolling, and tells a screen reader.
    const badge = chair.page.getByRole('banner').getByRole('button', { name: 'Hands up: 1' });
    await expect(badge).toBeInViewport();
    await expect(
      chair.page.getByRole('banner').getByRole('status').filter({ hasText: 'Nadia Okafor raised a hand.' }),
    ).toHaveCount(1);
    await badge.click();
    await expect(chair.rail.getByRole('region', { name: 'Raised hands' })).toBeFocused();
  });

  await test.step("the chair's board passes axe, with an item's actions open too", async () => {
    await chair.page.keyboard.press('Alt+3'); // the chair is working on the grey areas
    await expect(family.region('Grey areas')).toHaveClass(/\bsection--focused\b/, ARRIVES);
    await expectNoAxeViolations(chair.page, "the chair's board with a professionals-only item");
    await saveScreen(chair.page, '20-board-chair');
    await chair.openActions(WORRIES[1] as string);
    await expectNoAxeViolations(chair.page, "the chair's board with an item's actions open");
  });

  await test.step('the family, the professional and the room screen pass axe', async () => {
    await expectNoAxeViolations(family.page, "the family's board");
    await saveScreen(family.page, '21-board-family');
    await expectNoAxeViolations(professional.page, "the professional's board with a professionals-only item");
    expect(await sidewaysOverflow(professional.page), 'sideways scrolling on a phone').toBeLessThanOrEqual(1);
    await saveScreen(professional.page, '22-board-professional');
    await expectNoAxeViolations(display.page, "the room's screen");
    // Like a whiteboard: the whole board on one screen, nothing below the fold.
    expect(
      await display.page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1),
      'the room screen fits 1920×1080',
    ).toBe(true);
    // Each section shows its newest items; any earlier ones not shown are counted, in words.
    for (const region of ['Worries', "What's working well", 'Grey areas', "The child's voice"]) {
      const section = display.region(region);
      const all = await section.locator('li[data-item-id]').count();
      const shown = await section.locator('li[data-item-id]:visible').count();
      expect(shown, `${region}: the newest item is always shown`).toBeGreaterThan(0);
      const more = section.locator('.section__more');
      if (shown < all) await expect(more, region).toHaveText(new RegExp(`^${all - shown} earlier item`));
      else await expect(more, region).toHaveCount(0);
    }
    await saveScreen(display.page, '23-board-display');
  });

  await test.step("the chair shows the plan on the room's screen, then the family tree, then the whole board", async () => {
    const choice = chair.rail.getByRole('combobox', { name: 'The room’s screen shows' });
    await expect(choice).toHaveValue('board');
    await choice.selectOption({ label: 'The plan' });
    await expect(display.region('Plan')).toBeVisible(ARRIVES);
    await expect(display.region('Worries')).toHaveCount(0);
    await expectNoAxeViolations(display.page, "the room's screen showing the plan");
    await saveScreen(display.page, '25-room-screen-plan');
    await choice.selectOption({ label: 'The family tree' });
    await expect(display.region('Genogram')).toBeVisible(ARRIVES);
    await expect(display.region('Plan')).toHaveCount(0);
    await saveScreen(display.page, '26-room-screen-family-tree');
    // The family, following the chair on their own screen, are taken to it; the board stays whole.
    await expect(family.region('Genogram')).toBeInViewport(ARRIVES);
    await expect(family.region('Worries')).toBeVisible();
    await choice.selectOption({ label: 'The whole board' });
    // The whole board as a whiteboard: the five sections, fitted; the plan is a choice of its own.
    for (const region of ['Worries', "What's working well", 'Grey areas', "The child's voice"])
      await expect(display.region(region)).toBeVisible(ARRIVES);
    await expect(display.region('Plan')).toHaveCount(0);
  });

  await test.step('at 400 % zoom the family view reflows: no sideways scrolling, and it passes axe', async () => {
    expect(await zoomed.page.evaluate(() => window.innerWidth)).toBe(480);
    expect(await zoomed.page.evaluate(() => window.devicePixelRatio)).toBe(4);
    await zoomed.expectBoard();
    expect(await sidewaysOverflow(zoomed.page), 'sideways scrolling at 400 % zoom').toBeLessThanOrEqual(1);
    // Every item's words fit the window's width (none is cut off at the right-hand edge).
    for (const text of SHARED) {
      const box = await zoomed.anyItem(text).boundingBox();
      expect(box, text).not.toBeNull();
      expect((box?.x ?? 0) + (box?.width ?? 0), text).toBeLessThanOrEqual(481);
    }
    await expectNoAxeViolations(zoomed.page, "the family's board at 400 % zoom");
    await saveScreen(zoomed.page, '24-board-family-400-percent');
  });
});
