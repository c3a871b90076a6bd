/**
 * The chair carries on without a connection: items added offline are kept on the chair's device,
 * survive a reload while still offline (the service worker serves the page, IndexedDB the board),
 * and reach the family once the connection returns. Runs against the production build, where the
 * service worker is registered. All names and words are fictional.
 */
import { STAGES } from './pages/ChairBoardPage.ts';
import { letInGuest, openConference } from './support/conference.ts';
import { expect, test } from './support/fixtures.ts';

/** Reconnecting waits for y-websocket's back-off (at most 5 s here) and then a sync. */
const AFTER_RECONNECT = { timeout: 20_000 };

const BEFORE_RELOAD = [
  'Ben missed his two-year health check and has dropped two centiles.',
  'Ada is withdrawn at school and has asked to stay late.',
];
const AFTER_RELOAD = 'Chloe called the police herself the second time.';
const ONLINE_FIRST = 'Fay collects the children from school and nursery every day.';

test('the chair adds items offline, reloads while offline, and everything reaches the family later', async ({
  newPerson,
}) => {
  const open = await openConference(newPerson);
  const { chair } = open;
  const chairContext = chair.page.context();
  const family = await letInGuest(newPerson, open, {
    role: 'family',
    name: 'Dan Ashby',
    label: 'Dan (father)',
  });

  await test.step('online: the stage is "Sharing information" and an item reaches the family', async () => {
    await chair.setStage(STAGES.sharing);
    await expect(family.page.getByRole('banner')).toContainText(STAGES.sharing);
    await chair.addItem("What's working well", ONLINE_FIRST);
    await expect(family.item("What's working well", ONLINE_FIRST)).toBeVisible();
    await expect(chair.connection).toHaveText('Connected');
    // The page's service worker is in place (registered on this first load, as for any chair),
    // and it has kept what an offline reload needs: the chair's "who am I" answer.
    const scope = await chair.page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(new URL('/', chair.page.url()).href);
    const me = `/api/conferences/${open.conference.id}/me`;
    await expect
      .poll(() => chair.page.evaluate(async (url) => (await caches.match(url)) !== undefined, me))
      .toBe(true);
  });

  await test.step('offline, the chair adds items; the board says they are kept on this device', async () => {
    await chairContext.setOffline(true);
    await expect(chair.connection).toContainText('Offline');
    await expect(chair.captureProfessionalsOnly('Worries')).not.toBeChecked();
    await chair.addItems('Worries', BEFORE_RELOAD);
    await expect(chair.connection).toContainText('your changes are kept on this device');
    await expect(family.anyItem(BEFORE_RELOAD[0] as string)).toHaveCount(0);
  });

  await test.step('the chair reloads while still offline: the page and the board come back', async () => {
    await chair.page.reload();
    await chair.expectReady(AFTER_RECONNECT.timeout);
    for (const text of [ONLINE_FIRST, ...BEFORE_RELOAD]) await expect(chair.anyItem(text)).toBeVisible();
    await expect(chair.connection).toContainText('Offline');
    // The stage is remembered, so new items are still not professionals-only by default.
    await expect(chair.stage(STAGES.sharing)).toHaveAttribute('aria-current', 'step');
    await expect(chair.captureProfessionalsOnly("What's working well")).not.toBeChecked();
  });

  await test.step('still offline, the chair adds another; it has not reached the family', async () => {
    await chair.addItem("What's working well", AFTER_RELOAD);
    await expect(chair.connection).toContainText(
      'Offline — your changes are kept on this device and will be sent when the connection returns',
    );
    for (const text of BEFORE_RELOAD) await chair.expectProfessionalsOnly(text, false);
    await expect(family.anyItem(AFTER_RELOAD)).toHaveCount(0);
  });

  await test.step('back online: everything the chair wrote reaches the family', async () => {
    await chairContext.setOffline(false);
    await expect(chair.connection).toHaveText('Connected', AFTER_RECONNECT);
    for (const text of BEFORE_RELOAD) await expect(family.item('Worries', text)).toBeVisible(AFTER_RECONNECT);
    await expect(family.item("What's working well", AFTER_RELOAD)).toBeVisible(AFTER_RECONNECT);
    await expect(family.item("What's working well", ONLINE_FIRST)).toBeVisible();
    await expect(family.page.getByText('Professionals only')).toHaveCount(0);
    // And it is on the server, not only passed along: a fresh page for the family shows it all.
    await family.page.reload();
    await family.expectReady();
    for (const text of [ONLINE_FIRST, ...BEFORE_RELOAD, AFTER_RELOAD]) {
      await expect(family.anyItem(text)).toBeVisible();
    }
  });
});
