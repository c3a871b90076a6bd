/**
 * The room's screen as a whiteboard, at 1920×1080, with boards of 10, 40 and 120 items (seeded):
 * every section is on screen and the page never scrolls; the chair puts the plan and then the
 * family tree on it and goes back to the whole board. On 390×844 phones, the family's and a
 * health visitor's boards never scroll sideways (the demo's board and the 120-item board), and
 * the health visitor's "Raise my hand" stays on screen wherever she is on the page.
 * All names and words are fictional.
 */
import type { Page } from '@playwright/test';
import type { BoardPage } from './pages/BoardPage.ts';
import { STAGES } from './pages/ChairBoardPage.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { letInGuest, openConference } from './support/conference.ts';
import { expect, test } from './support/fixtures.ts';
import { MARLOW } from '@cb/shared/scenario/marlow';
import { saveScreen } from './support/screens.ts';
import { addDemoBoard, addItems, addPlanAndFamily, chairDocs } from './support/seedBoard.ts';

const ARRIVES = { timeout: 20_000 };
const PHONE = { viewport: { width: 390, height: 844 } };
const WHOLE_BOARD = ['Worries', "What's working well", 'Grey areas', "The child's voice", "Parents' view"];

/** The demo's last item the family may see: once it is drawn, the whole demo board is. */
const LAST_DEMO_ITEM = MARLOW.items.filter((i) => !i.restricted && i.section !== 'plan').at(-1)?.text ?? '';

const pageFits = (page: Page) =>
  page.evaluate(() => ({
    down: document.documentElement.scrollHeight - window.innerHeight,
    sideways: document.documentElement.scrollWidth - window.innerWidth,
  }));

/** Waits until the board shows `count` items in its lists (drawn or counted as earlier ones). */
async function expectItems(board: BoardPage, count: number) {
  await expect(board.main.locator('li[data-item-id^="seed-"]')).toHaveCount(count, ARRIVES);
}

test('the room screen fits boards of 10, 40 and 120 items; phones never scroll sideways', async ({
  newPerson,
}) => {
  test.slow();
  const open = await openConference(newPerson);
  const { chair, conference } = open;
  const display = await letInGuest(newPerson, open, {
    role: 'display',
    name: 'Room 2 screen',
    label: 'Room',
  });
  const family = await letInGuest(newPerson, open, {
    role: 'family',
    name: 'Chloe Marlow',
    label: 'Chloe (mother)',
    device: PHONE,
  });
  const nadia = await letInGuest(newPerson, open, {
    role: 'professional',
    name: 'Nadia Okafor',
    label: 'Nadia (health visitor)',
    device: PHONE,
  });
  await chair.setStage(STAGES.sharing);
  await expect(display.region('Worries')).toBeVisible(ARRIVES);
  const docs = await chairDocs(chair.page, conference);
  try {
    addPlanAndFamily(docs, conference, 6);
    let had = 0;
    for (const size of [10, 40, 120]) {
      await test.step(`${size} items: every section on the room screen, nothing scrolls`, async () => {
        addItems(docs, conference, had, size);
        had = size;
        await expectItems(display, size);
        const fit = await pageFits(display.page);
        expect(fit.down, `${size} items: the room screen scrolls down`).toBeLessThanOrEqual(1);
        expect(fit.sideways, `${size} items: the room screen scrolls sideways`).toBeLessThanOrEqual(1);
        for (const name of WHOLE_BOARD) await expect(display.region(name), name).toBeInViewport({ ratio: 1 });
        // Each list shows its newest item whole; the earlier ones it leaves out are counted in words.
        for (const name of WHOLE_BOARD) {
          const region = display.region(name);
          const all = await region.locator('li[data-item-id]').count();
          const shown = await region.locator('li[data-item-id]:visible').count();
          if (all > 0) expect(shown, `${name}: the newest item is shown`).toBeGreaterThan(0);
          if (shown < all)
            await expect(region.locator('.section__more')).toHaveText(
              new RegExp(`^${all - shown} earlier item`),
            );
        }
        // Who is here, in a strip on the room screen: the people, not the screens.
        const here = display.page.getByRole('banner').getByLabel('Who is here');
        await expect(here).toContainText('Chloe Marlow');
        await expect(here).toContainText('Nadia Okafor');
        await expect(here).not.toContainText('Room 2 screen');
        await saveScreen(display.page, `27-room-screen-${size}-items`);
      });
    }

    await test.step('the chair puts the plan, then the family tree, on the room screen and back', async () => {
      const choice = chair.rail.getByRole('combobox', { name: 'The room’s screen shows' });
      await choice.selectOption({ label: 'The plan' });
      await expect(display.region('Plan')).toBeInViewport(ARRIVES);
      await expect(display.region('Plan').getByRole('row')).toHaveCount(7);
      await expect(display.region('Worries')).toHaveCount(0);
      // Six rows fit the screen at 24 px or more (a longer plan scrolls rather than shrink further).
      await expect.poll(async () => (await pageFits(display.page)).down).toBeLessThanOrEqual(1);
      const smallest = await display
        .region('Plan')
        .locator('td')
        .evaluateAll((cells) => Math.min(...cells.map((c) => parseFloat(getComputedStyle(c).fontSize))));
      expect(smallest).toBeGreaterThanOrEqual(24);
      await saveScreen(display.page, '28-room-screen-plan-120');
      await choice.selectOption({ label: 'The family tree' });
      await expect(display.region('Genogram')).toBeInViewport(ARRIVES);
      await expectNoAxeViolations(display.page, "the room's screen showing the family tree");
      await saveScreen(display.page, '29-room-screen-family-tree');
      await choice.selectOption({ label: 'The whole board' });
      for (const name of WHOLE_BOARD) await expect(display.region(name)).toBeInViewport(ARRIVES);
      expect((await pageFits(display.page)).down).toBeLessThanOrEqual(1);
    });

    await test.step('390×844 phones with 120 items: nothing scrolls sideways; the hand stays on screen', async () => {
      for (const phone of [family, nadia]) {
        await expectItems(phone, 120);
        expect((await pageFits(phone.page)).sideways, 'sideways on a phone').toBeLessThanOrEqual(0);
      }
      const hand = nadia.tools.getByRole('button', { name: 'Raise my hand' });
      for (const where of [0, 0.5, 1]) {
        await nadia.page.evaluate(
          (f) => window.scrollTo(0, f * document.documentElement.scrollHeight),
          where,
        );
        await expect(hand, `scrolled ${where * 100} % down`).toBeInViewport({ ratio: 1 });
      }
      await hand.click();
      await expect(nadia.tools.getByRole('button', { name: 'Lower my hand' })).toBeInViewport();
      await saveScreen(nadia.page, '30-phone-professional-120');
      await saveScreen(family.page, '31-phone-family-120');
    });

    await test.step("the demo's board on the phones: nothing scrolls sideways", async () => {
      addDemoBoard(docs, conference);
      await chair.setStage(STAGES.decision);
      await expect(family.region('Decision')).toBeVisible(ARRIVES);
      for (const phone of [family, nadia]) {
        await expect(phone.region('Contingency plan')).toBeVisible(ARRIVES);
        await expect(phone.anyItem(LAST_DEMO_ITEM).first()).toBeAttached(ARRIVES);
        expect((await pageFits(phone.page)).sideways, 'sideways on a phone').toBeLessThanOrEqual(0);
      }
      await expectNoAxeViolations(nadia.page, "a health visitor's phone with the demo's board");
      await saveScreen(nadia.page, '32-phone-professional-demo');
    });
  } finally {
    docs.close();
  }
});
