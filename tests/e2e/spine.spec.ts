/**
 * The platform spine, each person in their own browser context: an admin sets up a conference, a
 * chair account and a family link; a parent waits in the lobby; the chair lets them in (or not);
 * withdrawing the link or removing the person takes them out again. All names are fictional.
 */
import { AdminConferencesPage } from './pages/AdminConferencesPage.ts';
import { BoardPage } from './pages/BoardPage.ts';
import { ChairBoardPage, STAGES } from './pages/ChairBoardPage.ts';
import { ConferenceLinksPage } from './pages/ConferenceLinksPage.ts';
import { JoinPage } from './pages/JoinPage.ts';
import { LobbyPage } from './pages/LobbyPage.ts';
import { SignInPage } from './pages/SignInPage.ts';
import {
  createConferenceByApi,
  createLinkByApi,
  membershipByApi,
  removeParticipantByApi,
  signInByApi,
} from './support/api.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { joinAndWait } from './support/conference.ts';
import { dateTimeInDays, runTag, shownDate } from './support/dates.ts';
import { E2E_ADMIN, E2E_BASE_URL } from './support/env.ts';
import { expect, test } from './support/fixtures.ts';
import { saveScreen } from './support/screens.ts';

/** How long a withdrawal or removal may take to reach the other person's screen. */
const TAKEN_OUT_WITHIN = { timeout: 15_000 };

test('admin sets up a conference, the chair lets a parent in, and withdrawing the link takes them out', async ({
  newPerson,
}) => {
  const run = runTag();
  const chair = { name: 'Robin Fairweather', email: `robin.fairweather.${run}@example.test` };
  const title = `Conference for Ada Marlow (fictional ${run})`;
  const parent = { name: 'Chloe Marlow', linkLabel: `Chloe (mother) ${run}` };

  // --- The admin ---------------------------------------------------------------------------
  const adminPage = await newPerson('admin', { clipboard: true });
  const admin = new AdminConferencesPage(adminPage);
  const links = new ConferenceLinksPage(adminPage);
  let chairPassword = '';
  let familyUrl = '';

  await test.step('the admin signs in', async () => {
    const signIn = new SignInPage(adminPage);
    await signIn.goto();
    await signIn.signIn(E2E_ADMIN.email, E2E_ADMIN.password);
    await admin.expectLoaded();
  });

  await test.step('the admin adds a chair account', async () => {
    chairPassword = await admin.addChairAccount(chair.name, chair.email);
  });

  await test.step('the admin creates a conference about one child, chaired by that chair', async () => {
    await admin.createConference({
      title,
      scheduledAt: dateTimeInDays(14, '10:00'),
      place: 'Room 2, Fictional Family Centre',
      children: [{ name: 'Ada Marlow', dateOfBirth: '2019-04-12' }],
      chairEmail: chair.email,
    });
    await expect(admin.row(title)).toContainText('Ada Marlow');
    await expect(admin.row(title)).toContainText('Scheduled');
    await admin.openConference(title);
    await links.expectLoaded(title);
    await expect(links.details).toContainText(chair.name);
    await expect(links.details).toContainText('Ada Marlow');
  });

  await test.step('the admin issues a family link with a label and an expiry, and copies it', async () => {
    const stopsWorkingAt = dateTimeInDays(30, '17:00');
    familyUrl = await links.createLink({ role: 'family', label: parent.linkLabel, stopsWorkingAt });
    expect(familyUrl.startsWith(`${E2E_BASE_URL}/join/`)).toBe(true);
    await links.copyLinkButton.click();
    await expect(links.copyStatus).toHaveText('Copied.');
    expect(await adminPage.evaluate(() => navigator.clipboard.readText())).toBe(familyUrl);
    const row = links.linkRow(parent.linkLabel);
    await expect(row).toContainText('Family');
    // e.g. "Works until Wed, 23 Dec 2026, 17:00": the expiry as given, in UK time.
    await expect(row).toContainText(new RegExp(`Works until \\w+, ${shownDate(stopsWorkingAt)}, 17:00`));
    await expect(
      row.getByRole('button', { name: `Withdraw the link for ${parent.linkLabel}` }),
    ).toBeVisible();
    await expectNoAxeViolations(adminPage, 'the conference links page');
    await saveScreen(adminPage, '04-conference-links');
  });

  // --- The parent, on their own device -----------------------------------------------------
  const parentPage = await newPerson('parent');
  const lobby = new LobbyPage(parentPage);
  const parentBoard = new BoardPage(parentPage);

  await test.step('the parent opens the link, gives their name and waits', async () => {
    const join = new JoinPage(parentPage);
    await join.open(familyUrl);
    await expect(parentPage.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expectNoAxeViolations(parentPage, 'the join page');
    await saveScreen(parentPage, '05-join-form');
    await join.join(parent.name);
    await lobby.expectWaitingAs(parent.name);
    await expectNoAxeViolations(parentPage, 'the lobby');
    await saveScreen(parentPage, '06-lobby');
  });

  // --- The chair, on another device ---------------------------------------------------------
  const chairPage = await newPerson('chair');
  const chairBoard = new ChairBoardPage(chairPage);

  await test.step('the chair signs in with the one-time password and opens the board', async () => {
    const signIn = new SignInPage(chairPage);
    await signIn.goto();
    await signIn.signIn(chair.email, chairPassword);
    const chairList = new AdminConferencesPage(chairPage);
    await chairList.expectLoaded();
    // A chair sees only their own conferences, and cannot add accounts.
    await expect(chairList.conferences.getByRole('row')).toHaveCount(2);
    await expect(chairList.addStaffForm).toHaveCount(0);
    await chairList.openConference(title);
    const chairLinks = new ConferenceLinksPage(chairPage);
    await chairLinks.expectLoaded(title);
    await chairLinks.openBoard.click();
    await expect(chairPage).toHaveURL(new RegExp(`/c/${links.conferenceId()}$`));
  });

  await test.step("the chair sees the parent's name and link label waiting, and lets them in", async () => {
    const entry = chairBoard.waitingEntry(parent.name);
    await expect(entry).toBeVisible();
    await expect(entry).toContainText(parent.linkLabel);
    await expectNoAxeViolations(chairPage, "the chair's board with someone waiting");
    await saveScreen(chairPage, '07-chair-someone-waiting');

    await chairBoard.letIn(parent.name);

    await expect(chairBoard.waitingEntry(parent.name)).toHaveCount(0);
    await expect(chairBoard.waiting).toContainText('No one is waiting.');
  });

  await test.step('the parent waits on a calm holding screen while the professionals meet', async () => {
    await parentBoard.expectHolding();
    await expect(lobby.heading).toHaveCount(0);
    await expectNoAxeViolations(parentPage, "the family's holding screen");
    await saveScreen(parentPage, '08-family-holding');
    await chairBoard.setStage(STAGES.sharing);
  });

  await test.step('the parent now sees the board, with nothing to edit', async () => {
    await parentBoard.expectBoard();
    await expect(parentBoard.addBoxes).toHaveCount(0);
    await expect(parentBoard.closeConference).toHaveCount(0);
    await expect(parentPage.getByRole('main').getByRole('textbox')).toHaveCount(0);
    await expectNoAxeViolations(parentPage, "the family's board");
    await saveScreen(parentPage, '08-family-board');
    await chairBoard.expectBoard();
    await expectNoAxeViolations(chairPage, "the chair's board");
    await saveScreen(chairPage, '09-chair-board');
  });

  await test.step('withdrawing the link in the admin page takes the parent out', async () => {
    await links.withdraw(parent.linkLabel);
    await expect(links.linkRow(parent.linkLabel)).toContainText('Withdrawn');
    await expect(links.linkRow(parent.linkLabel).getByRole('button')).toHaveCount(0);

    await expect(
      parentPage.getByRole('heading', { level: 1, name: 'This link no longer works' }),
    ).toBeVisible(TAKEN_OUT_WITHIN);
    await parentBoard.expectMessage('This link no longer works', 'This link has been withdrawn');
    await saveScreen(parentPage, '10-family-link-withdrawn');

    // Not just the screen: the browser's access is gone, and the link cannot be used again.
    await parentPage.reload();
    await parentBoard.expectMessage(
      'Please open your link again',
      'Please open the link you were sent again.',
    );
    const again = await parentPage.goto(familyUrl);
    expect(again?.status()).toBe(410);
    await expect(
      parentPage.getByRole('heading', { level: 1, name: 'This link no longer works' }),
    ).toBeVisible();
  });
});

test('a parent the chair does not let in is told so calmly, and stays out', async ({ newPerson }) => {
  const run = runTag();
  const parent = { name: 'Dan Ashby', linkLabel: `Dan (father) ${run}` };
  // The admin chairs this one (no chair named), which the conference page allows.
  const chairPage = await newPerson('chair');
  await signInByApi(chairPage, E2E_ADMIN);
  const conference = await createConferenceByApi(chairPage, {
    title: `Conference for Ben Marlow (fictional ${run})`,
    children: [{ name: 'Ben Marlow', dateOfBirth: '2023-08-30' }],
  });
  const link = await createLinkByApi(chairPage, conference.id, { role: 'family', label: parent.linkLabel });

  const parentPage = await joinAndWait(newPerson, link.url, parent.name, { keyboard: true });

  const chairBoard = new ChairBoardPage(chairPage);
  await chairPage.goto(`/c/${conference.id}`);
  await expect(chairBoard.waitingEntry(parent.name)).toContainText(parent.linkLabel);
  // A family link is stopped with the decision unless the chair unticks it (shown ticked).
  await chairBoard.waiting.getByRole('button', { name: `Not now for ${parent.name}` }).click();
  await expect(
    chairBoard.waiting.getByRole('checkbox', { name: `Stop ${parent.name}’s link working` }),
  ).toBeChecked();
  await expectNoAxeViolations(chairPage, 'the "not now" confirmation');
  await chairBoard.waiting.getByRole('button', { name: 'Back' }).click();
  await chairBoard.notNow(parent.name);

  const parentView = new BoardPage(parentPage);
  await parentView.expectMessage(
    'Not let in this time',
    'The chair has not let you in this time. If you think this is a mistake, please contact the office.',
  );
  await expect(parentView.main).toContainText('The link you used no longer works.');
  await expectNoAxeViolations(parentPage, 'the "not let in" message');
  await saveScreen(parentPage, '11-family-not-let-in');
  await expect(chairBoard.waitingEntry(parent.name)).toHaveCount(0);

  // The decision holds: coming back to the page or the link does not put them back in the queue.
  await parentPage.reload();
  await parentView.expectMessage('Not let in this time', 'The chair has not let you in this time.');
  expect((await parentPage.goto(link.url))?.status()).toBe(410);
  await chairPage.reload();
  await expect(chairBoard.waiting).toContainText('No one is waiting.');
});

test("the chair removing someone ends that person's session at once", async ({ newPerson }) => {
  const run = runTag();
  const parent = { name: 'Fay Marlow', linkLabel: `Fay (grandmother) ${run}` };
  const chairPage = await newPerson('chair');
  await signInByApi(chairPage, E2E_ADMIN);
  const conference = await createConferenceByApi(chairPage, {
    title: `Conference for Ada Marlow (fictional ${run})`,
    children: [{ name: 'Ada Marlow', dateOfBirth: '2019-04-12' }],
  });
  const link = await createLinkByApi(chairPage, conference.id, { role: 'family', label: parent.linkLabel });

  const parentPage = await joinAndWait(newPerson, link.url, parent.name);

  const chairBoard = new ChairBoardPage(chairPage);
  await chairPage.goto(`/c/${conference.id}`);
  await chairBoard.letIn(parent.name);
  const parentBoard = new BoardPage(parentPage);
  await parentBoard.expectHolding();

  // The chair's screen has no "remove" control yet, so the chair uses the contract's route.
  const { participantId } = await membershipByApi(parentPage, conference.id);
  expect(participantId).toEqual(expect.any(String));
  await removeParticipantByApi(chairPage, conference.id, participantId ?? '');

  await expect(
    parentPage.getByRole('heading', { level: 1, name: 'You are no longer in this conference' }),
  ).toBeVisible(TAKEN_OUT_WITHIN);
  await parentBoard.expectMessage(
    'You are no longer in this conference',
    'The chair has removed you from this conference.',
  );
  await saveScreen(parentPage, '12-family-removed');
  await parentPage.reload();
  await parentBoard.expectMessage('You are no longer in this conference', 'The chair has removed you');
});
