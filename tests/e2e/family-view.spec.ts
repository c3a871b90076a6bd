/**
 * What the family may see, on the fictional demo conference (created on first start with items on
 * the board, one of them professionals-only): the board's words, but never the professionals-only
 * item and no way to write.
 */
import type { ListSection } from '@cb/shared/doc/schema';
import { MARLOW } from '@cb/shared/scenario/marlow';
import { BoardPage } from './pages/BoardPage.ts';
import { ChairBoardPage, STAGES } from './pages/ChairBoardPage.ts';
import { createLinkByApi, listConferencesByApi, signInByApi } from './support/api.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { joinAndWait, letInGuest, openConference } from './support/conference.ts';
import { runTag } from './support/dates.ts';
import { E2E_ADMIN } from './support/env.ts';
import { expect, test } from './support/fixtures.ts';
import { saveScreen, SCREENSHOT_DIR } from './support/screens.ts';

const DEMO_TITLE = 'Demo: conference for Ada and Ben Marlow (fictional)';
// The demo is the project's one scenario: its words, as the scenario has them.
const shared = (section: ListSection) =>
  MARLOW.items.find((i) => i.section === section && !i.restricted)?.text;
const SHARED_STRENGTH = shared('workingWell') ?? 'missing';
const SHARED_WORRY = shared('worries') ?? 'missing';
const PROFESSIONALS_ONLY = /previous conviction for assault/;

test('the family sees the board without professionals-only items or editing controls', async ({
  newPerson,
}) => {
  const run = runTag();
  const parent = { name: 'Chloe Marlow', linkLabel: `Chloe Marlow (mother, fictional) ${run}` };
  // The demo's chair is the first admin.
  const chairPage = await newPerson('chair');
  await signInByApi(chairPage, E2E_ADMIN);
  const demo = (await listConferencesByApi(chairPage)).find((c) => c.title === DEMO_TITLE);
  if (!demo) throw new Error(`The demo conference "${DEMO_TITLE}" is missing (is CB_DEMO on?)`);
  const link = await createLinkByApi(chairPage, demo.id, { role: 'family', label: parent.linkLabel });

  const parentPage = await joinAndWait(newPerson, link.url, parent.name);

  const chairBoard = new ChairBoardPage(chairPage);
  await chairPage.goto(`/c/${demo.id}`);
  await chairBoard.letIn(parent.name);

  // The chair sees the professionals-only item, marked as such: it is there to be hidden.
  const restricted = chairBoard
    .region('Worries')
    .getByRole('listitem')
    .filter({ hasText: PROFESSIONALS_ONLY });
  await expect(restricted).toBeVisible();
  await expect(restricted).toContainText('Professionals only');
  await saveScreen(chairPage, '13-chair-demo-board');

  // The family's screen holds until the chair moves on from the professionals' meeting; moving on
  // asks about the professionals-only items, and none is ticked.
  const familyBoard = new BoardPage(parentPage);
  if ((await chairBoard.stage(STAGES.partOne).getAttribute('aria-current')) === 'step') {
    await familyBoard.expectHolding();
    await chairBoard.setStage(STAGES.sharing);
  }
  await familyBoard.expectBoard();
  await expect(familyBoard.region("What's working well")).toContainText(SHARED_STRENGTH);
  await expect(familyBoard.region('Worries')).toContainText(SHARED_WORRY);
  await expect(parentPage.getByText(PROFESSIONALS_ONLY)).toHaveCount(0);
  await expect(parentPage.getByText('Professionals only')).toHaveCount(0);
  await expect(familyBoard.addBoxes).toHaveCount(0);
  await expect(familyBoard.closeConference).toHaveCount(0);
  // Nothing on the board itself takes typing (their own ideas go to the chair from "Your tools").
  await expect(parentPage.getByRole('main').getByRole('textbox')).toHaveCount(0);
  // Large type on a 1920-wide screen: an item's words are 28 px.
  const itemPx = await familyBoard
    .item("What's working well", SHARED_STRENGTH)
    .evaluate((li) => parseFloat(getComputedStyle(li.querySelector('.item__text') ?? li).fontSize));
  expect(itemPx).toBeGreaterThanOrEqual(28);
  await expectNoAxeViolations(parentPage, "the family's board with the demo's items");
  await saveScreen(parentPage, '14-family-demo-board');
});

test('the family raise a hand and suggest something for their plan; the chair adds it', async ({
  newPerson,
}) => {
  test.setTimeout(120_000);
  const open = await openConference(newPerson);
  const { chair } = open;
  const family = await letInGuest(newPerson, open, {
    role: 'family',
    name: 'Chloe Marlow',
    label: 'Chloe (mother)',
    device: { viewport: { width: 390, height: 844 } },
  });
  await chair.setStage(STAGES.plan);
  const tools = family.page.getByRole('complementary', { name: 'Your tools' });
  await tools.getByRole('button', { name: 'Raise my hand' }).click();
  await expect(chair.rail).toContainText('Chloe Marlow');
  const idea = 'Nana Fay does the school run on Mondays and Thursdays.';
  const form = tools.getByRole('form', { name: 'Suggest something' });
  await form.getByRole('radio', { name: 'Something for the plan' }).check();
  await form.getByRole('textbox', { name: 'Your idea' }).fill(idea);
  await form.getByRole('button', { name: 'Send to the chair' }).click();
  await expect(form.getByRole('status')).toContainText('Sent to the chair.');
  await expect(form.getByRole('status')).toContainText('1 waiting for the chair.');
  await expectNoAxeViolations(family.page, "the family's phone with their idea sent");
  await saveScreen(family.page, 'family-phone-idea-sent');
  await tools.screenshot({ path: `${SCREENSHOT_DIR}/family-phone-tools.png` });
  await expect(chair.suggestion(idea)).toBeVisible();
  await chair.acceptSuggestion(idea);
  await expect(family.page.getByRole('region', { name: 'Plan', exact: true })).toContainText(idea, {
    timeout: 15_000,
  });
});
