/**
 * The board in a conference, each person on their own device: the chair writes with the keyboard
 * alone and steers; the family and a remote professional follow. What the chair writes reaches
 * both; professionals-only items reach only the professional; a professional's suggestion, once
 * accepted, reaches everyone; the family's view follows the chair's section; undo, "Move to" and
 * removing someone work across screens. All names and words are fictional.
 */
import { FOCUSED, type BoardPage } from './pages/BoardPage.ts';
import { STAGES } from './pages/ChairBoardPage.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { letInGuest, openConference } from './support/conference.ts';
import { expect, test } from './support/fixtures.ts';

/** How long a change may take to reach another person's screen. */
const ARRIVES = { timeout: 15_000 };

const FAMILY = { role: 'family', name: 'Chloe Marlow', label: 'Chloe (mother)' } as const;
const PROFESSIONAL = { role: 'professional', name: 'Nadia Okafor', label: 'Nadia (health visitor)' } as const;

const CALL_OUTS = 'Police were called to the flat twice in three months after arguments.';
const CONVICTION = 'Evan has a previous conviction for assault on a former partner.';
const DRINKING = 'A neighbour says Chloe is drinking more.';
const NANA = 'Fay collects the children from school and nursery every day.';
const LIVES_THERE = 'Whether Evan lives at the flat.';
const GP = 'Chloe has seen her GP about low mood and started medication.';
const BEFORE_FAMILY = 'The school has a new referral it has not yet discussed with Chloe.';

test('the chair writes with the keyboard; the family and a remote professional follow', async ({
  newPerson,
}) => {
  const open = await openConference(newPerson);
  const { chair } = open;
  const family = await letInGuest(newPerson, open, FAMILY);
  const professional = await letInGuest(newPerson, open, PROFESSIONAL);
  const followers: [string, BoardPage][] = [
    ['the family', family],
    ['the professional', professional],
  ];

  await test.step('during the professionals’ meeting the family’s screen holds; what is written is professionals-only', async () => {
    await expect(chair.present(FAMILY.name)).toBeVisible(ARRIVES);
    await expect(chair.present(PROFESSIONAL.name)).toBeVisible(ARRIVES);
    await expect(chair.stage(STAGES.partOne)).toHaveAttribute('aria-current', 'step');
    await expect(chair.captureProfessionalsOnly('Worries')).toBeChecked();
    // No kind is assumed for a worry: the first one asks (addItems answers with the keyboard).
    await expect(chair.captureKind('Worries')).toHaveValue('');
    await chair.addItem('Worries', BEFORE_FAMILY);
    await expect(chair.captureKind('Worries')).toHaveValue('past-harm');
    await chair.expectProfessionalsOnly(BEFORE_FAMILY, true);
    await expect(professional.item('Worries', BEFORE_FAMILY)).toContainText('Professionals only', ARRIVES);
    await family.expectHolding();
    await expect(family.page.getByText(BEFORE_FAMILY)).toHaveCount(0);
    await expect(family.addBoxes).toHaveCount(0);
    await expectNoAxeViolations(family.page, 'the family’s holding screen');
  });

  await test.step('moving on asks, item by item, what to show; nothing ticked stays hidden', async () => {
    await chair.stage(STAGES.sharing).click();
    const dialog = chair.leavePartOneDialog;
    await expect(dialog).toBeVisible();
    await expect(
      dialog.getByRole('checkbox', { name: new RegExp(BEFORE_FAMILY.slice(0, 30)) }),
    ).not.toBeChecked();
    await expect(dialog.getByRole('button', { name: 'Stay in the professionals’ meeting' })).toBeFocused();
    await expectNoAxeViolations(chair.page, 'the question on leaving the professionals’ meeting');
    await chair.page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(chair.stage(STAGES.partOne)).toHaveAttribute('aria-current', 'step');
    await chair.setStage(STAGES.sharing);
    await expect(chair.stage(STAGES.partOne)).not.toHaveAttribute('aria-current', 'step');
    await expect(chair.captureProfessionalsOnly('Worries')).not.toBeChecked();
    for (const [, board] of followers) {
      await board.expectReady();
      await expect(board.page.getByRole('banner')).toContainText(STAGES.sharing);
    }
    await expect(family.anyItem(BEFORE_FAMILY)).toHaveCount(0);
    await chair.expectProfessionalsOnly(BEFORE_FAMILY, true);
  });

  await test.step('everyone is on the board; only the chair can write', async () => {
    await expect(family.addBoxes).toHaveCount(0);
    await expect(professional.addBoxes).toHaveCount(0);
    await expect(family.followChair).toBeChecked();
    await expect(family.suggestForm).toHaveCount(0);
    await expect(professional.followChair).toBeChecked();
    await expect(professional.suggestForm).toBeVisible();
  });

  await test.step('Alt+1: worries, typed and added with Enter; the family sees the worries section brought forward', async () => {
    // Fact, observation, allegation or opinion can be set as an item is captured (for this item only).
    const options = chair.region('Worries').locator('form.capture');
    await options.getByRole('combobox', { name: 'Tag' }).selectOption({ label: 'Fact' });
    await options.getByRole('combobox', { name: 'Source' }).selectOption({ label: 'First-hand' });
    await chair.addItems('Worries', [CALL_OUTS, CONVICTION, DRINKING]);
    await expect(chair.item('Worries', CALL_OUTS)).toContainText('Fact');
    await expect(options.getByRole('combobox', { name: 'Tag' })).toHaveValue('');
    await expect(family.region('Worries')).toHaveClass(FOCUSED, ARRIVES);
    await expect(family.region('Grey areas')).not.toHaveClass(FOCUSED);
    for (const [who, board] of followers) {
      for (const text of [CALL_OUTS, CONVICTION, DRINKING]) {
        await expect(board.item('Worries', text), `${who}: ${text}`).toBeVisible(ARRIVES);
      }
      await expect(board.item('Worries', CALL_OUTS)).not.toContainText('Professionals only');
    }
  });

  await test.step('the chair edits an item in place: the caret at the end, Escape keeps the words, Enter saves', async () => {
    // Found by its id: while it is being edited, its words are in the box, not on the card.
    const id = await chair.item('Worries', DRINKING).getAttribute('data-item-id');
    const card = chair.region('Worries').locator(`li[data-item-id="${id}"]`);
    const box = card.getByRole('textbox', { name: 'Edit the words' });
    const caret = () =>
      box.evaluate((el: HTMLTextAreaElement) => [el.selectionStart, el.selectionEnd, el.value.length]);
    await card.focus();
    await chair.page.keyboard.press('Enter');
    await expect(box).toBeFocused();
    expect(await caret()).toEqual([DRINKING.length, DRINKING.length, DRINKING.length]);
    await chair.page.keyboard.type(' Not kept.');
    await chair.page.keyboard.press('Escape');
    await expect(box).toHaveCount(0);
    await expect(card).toBeFocused();
    await expect(card.locator('.item__text')).toHaveText(DRINKING);
    // Edited again from the words as they are: had Escape saved, "Not kept." would be in them now.
    await chair.page.keyboard.press('Enter');
    await chair.page.keyboard.type(' Twice a week.');
    await chair.page.keyboard.press('Enter');
    await expect(card).toBeFocused();
    for (const [who, board] of followers)
      await expect(board.item('Worries', DRINKING).locator('.item__text'), who).toHaveText(
        `${DRINKING} Twice a week.`,
        ARRIVES,
      );
  });

  await test.step('Alt+2: a strength; Alt+3: a grey area, and the family follows to grey areas', async () => {
    await chair.addItem("What's working well", NANA);
    await expect(family.region("What's working well")).toHaveClass(FOCUSED, ARRIVES);
    await chair.addItem('Grey areas', LIVES_THERE);
    await expect(family.region('Grey areas')).toHaveClass(FOCUSED, ARRIVES);
    await expect(family.region('Worries')).not.toHaveClass(FOCUSED);
    await expect(family.region("What's working well")).not.toHaveClass(FOCUSED);
    await expect(professional.region('Grey areas')).toHaveClass(FOCUSED, ARRIVES);
    for (const [who, board] of followers) {
      await expect(board.item("What's working well", NANA), who).toBeVisible(ARRIVES);
      await expect(board.item('Grey areas', LIVES_THERE), who).toBeVisible(ARRIVES);
    }
  });

  await test.step('Alt+5: the chair turns to the family tree, and the family is taken there', async () => {
    // At 1920×1080 the family tree is below the fold until the family's view follows the chair.
    await expect(family.region('Genogram')).not.toBeInViewport({ ratio: 0.9 });
    await chair.page.keyboard.press('Alt+5');
    await expect(chair.region('Genogram').getByRole('textbox', { name: /^Add person/ })).toBeFocused();
    await expect(family.region('Genogram')).toHaveClass(FOCUSED, ARRIVES);
    await expect(family.region('Genogram')).toBeInViewport({ ratio: 0.9 });
    await expect(family.region('Grey areas')).not.toHaveClass(FOCUSED);
  });

  await test.step("marked professionals-only, an item leaves the family screen and stays, marked, on the professional's", async () => {
    await chair.markProfessionalsOnly(CONVICTION);
    await chair.expectProfessionalsOnly(CALL_OUTS, false);
    await expect(family.anyItem(CONVICTION)).toHaveCount(0, ARRIVES);
    await expect(family.page.getByText(CONVICTION)).toHaveCount(0);
    await expect(family.page.getByText('Professionals only')).toHaveCount(0);
    const restricted = professional.item('Worries', CONVICTION);
    await expect(restricted).toContainText('Professionals only', ARRIVES);
    await expect(restricted).toBeVisible();
    // The others stay shared.
    await expect(family.item('Worries', CALL_OUTS)).toBeVisible();
    await expect(professional.item('Worries', CALL_OUTS)).not.toContainText('Professionals only');
  });

  await test.step('unticking professionals-only asks first: Escape keeps it hidden, "Show to the family" shows it, "Hide it again" hides it', async () => {
    const box = chair.professionalsOnlyBox(CONVICTION);
    await box.focus();
    await chair.page.keyboard.press('Space');
    const dialog = chair.showDialog;
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(CONVICTION);
    await expect(dialog).toContainText('the family’s screen and on the room’s screen');
    await expect(dialog.getByRole('button', { name: 'Keep it for professionals' })).toBeFocused();
    await expectNoAxeViolations(chair.page, 'the question before an item is shown to the family');
    await chair.page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(box).toBeFocused();
    await chair.expectProfessionalsOnly(CONVICTION, true);

    await chair.showToFamily(CONVICTION);
    await expect(family.item('Worries', CONVICTION)).toBeVisible(ARRIVES);
    const notice = chair.anyItem(CONVICTION).getByRole('status');
    await expect(notice).toContainText('Now shown to the family.');
    await notice.getByRole('button', { name: 'Hide it again' }).click();
    await chair.expectProfessionalsOnly(CONVICTION, true);
    await expect(family.anyItem(CONVICTION)).toHaveCount(0, ARRIVES);
    await expect(professional.item('Worries', CONVICTION)).toContainText('Professionals only', ARRIVES);
  });

  await test.step('a professional suggests an item; the chair accepts it and everyone sees who said it', async () => {
    await professional.suggest("What's working well?", GP);
    const suggestion = chair.suggestion(GP);
    await expect(suggestion).toContainText(
      `${PROFESSIONAL.name} suggests for “What's working well?”`,
      ARRIVES,
    );
    await expect(family.anyItem(GP)).toHaveCount(0);
    await chair.acceptSuggestion(GP);
    await expect(chair.item("What's working well", GP)).toContainText(`Said by ${PROFESSIONAL.name}`);
    await chair.expectProfessionalsOnly(GP, false);
    for (const [who, board] of followers) {
      const item = board.item("What's working well", GP);
      await expect(item, who).toBeVisible(ARRIVES);
      await expect(item, who).toContainText(`Said by ${PROFESSIONAL.name}`);
      await expect(item, who).not.toContainText('Professionals only');
    }
  });

  await test.step('"Move to" in an item\'s actions moves it to another section for everyone', async () => {
    await chair.moveTo(DRINKING, 'Grey areas');
    await expect(chair.item('Grey areas', DRINKING)).toBeVisible();
    await expect(chair.item('Worries', DRINKING)).toHaveCount(0);
    for (const [who, board] of followers) {
      await expect(board.item('Grey areas', DRINKING), who).toBeVisible(ARRIVES);
      await expect(board.item('Worries', DRINKING), who).toHaveCount(0);
    }
  });

  await test.step('undo brings a deleted item back on every screen', async () => {
    await chair.deleteItem(NANA);
    await expect(chair.rail.getByRole('status')).toContainText(`Deleted “${NANA.slice(0, 40)}…”`);
    for (const [who, board] of followers) {
      await expect(board.anyItem(NANA), who).toHaveCount(0, ARRIVES);
    }
    await chair.undoWithKeyboard();
    await expect(chair.item("What's working well", NANA)).toBeVisible();
    for (const [who, board] of followers) {
      await expect(board.item("What's working well", NANA), who).toBeVisible(ARRIVES);
    }
    // Undo took back only the deletion: the accepted suggestion is still there.
    await expect(family.item("What's working well", GP)).toBeVisible();
  });

  await test.step('the chair removes the professional, who is told so; the family stays', async () => {
    await chair.removePerson(PROFESSIONAL.name);
    await expect(chair.rail.getByRole('status')).toContainText(`${PROFESSIONAL.name} has been removed.`);
    await expect(
      professional.page.getByRole('heading', { level: 1, name: 'You are no longer in this conference' }),
    ).toBeVisible(ARRIVES);
    await professional.expectMessage(
      'You are no longer in this conference',
      'The chair has removed you from this conference.',
    );
    await expect(professional.page.getByText(CONVICTION)).toHaveCount(0);
    await expect(family.item('Worries', CALL_OUTS)).toBeVisible();
    await expect(chair.present(FAMILY.name)).toBeVisible();
  });
});
