/**
 * Two people with the chair's link (the chair and a co-chair, each on their own device) edit the
 * words of the same item at once: each sees that the other is editing it, and both edits are kept.
 * All names and words are fictional.
 */
import { ChairBoardPage, STAGES } from './pages/ChairBoardPage.ts';
import { JoinPage } from './pages/JoinPage.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { createLinkByApi } from './support/api.ts';
import { openConference } from './support/conference.ts';
import { expect, test } from './support/fixtures.ts';

const ARRIVES = { timeout: 15_000 };
const WORDS = 'Chloe says the children stay with Fay when Evan visits.';

test('the chair and a co-chair edit one item at once: each sees the other, and both edits are kept', async ({
  newPerson,
}) => {
  const open = await openConference(newPerson);
  const { chair, conference, run } = open;
  const link = await createLinkByApi(chair.page, conference.id, { role: 'chair', label: `Co-chair ${run}` });
  const coPage = await newPerson('co-chair');
  const join = new JoinPage(coPage);
  await join.open(link.url);
  await join.join('Jo Cochair');
  const co = new ChairBoardPage(coPage);
  await co.expectReady();

  await chair.setStage(STAGES.sharing);
  await chair.addItem('Worries', WORDS);
  await expect(co.item('Worries', WORDS)).toBeVisible(ARRIVES);

  const edit = async (page: ChairBoardPage) => {
    const card = page.item('Worries', WORDS);
    await card.focus();
    await page.page.keyboard.press('Enter');
    const box = page.region('Worries').getByRole('textbox', { name: 'Edit the words' });
    await expect(box).toBeFocused();
    return box;
  };

  await test.step('each sees that the other is editing the same words', async () => {
    const mine = await edit(chair);
    const idle = co.region('Worries').getByRole('status').filter({ hasText: 'is editing this' });
    await expect(idle.first()).toContainText(/is editing this\.$/, ARRIVES);
    const theirs = await edit(co);
    await expect(
      chair.region('Worries').getByRole('status').filter({ hasText: 'Jo Cochair is editing this too' }),
    ).toBeVisible(ARRIVES);
    await expectNoAxeViolations(chair.page, 'an item two people are editing');

    // The chair adds at the end, the co-chair at the start; neither has the other's words yet.
    await mine.press('Control+End');
    await chair.page.keyboard.type(' Fay confirms it.');
    await theirs.press('Control+Home');
    await co.page.keyboard.type('On Tuesday ');
    await chair.page.keyboard.press('Enter');
    await co.page.keyboard.press('Enter');
  });

  await test.step('both edits are kept, on both screens', async () => {
    const merged = `On Tuesday ${WORDS} Fay confirms it.`;
    for (const page of [chair, co])
      await expect(page.region('Worries').locator('.item__text')).toHaveText([merged], ARRIVES);
    await expect(co.region('Worries').getByRole('status').filter({ hasText: 'is editing' })).toHaveCount(0);
  });
});
