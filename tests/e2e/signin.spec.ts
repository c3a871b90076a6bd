/** Staff sign-in: a wrong password, and signing in with the keyboard alone. */
import { AdminConferencesPage } from './pages/AdminConferencesPage.ts';
import { SignInPage } from './pages/SignInPage.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { E2E_ADMIN } from './support/env.ts';
import { expect, test } from './support/fixtures.ts';
import { saveScreen } from './support/screens.ts';

test('a wrong password shows a plain-English error and does not sign in', async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await expectNoAxeViolations(page, 'the sign-in page');
  await saveScreen(page, '01-sign-in');

  await signIn.signIn(E2E_ADMIN.email, 'not-the-right-password');

  await expect(signIn.error).toHaveText('That email and password do not match.');
  await expect(page).toHaveURL(/\/signin$/);
  await expect(signIn.heading).toBeVisible();
  // Still not signed in: the admin pages send us back here.
  await page.goto('/admin');
  await expect(signIn.heading).toBeVisible();
  await expect(page).toHaveURL(/\/signin\?next=%2Fadmin$/);
  await signIn.signIn(E2E_ADMIN.email, 'still-not-the-right-password');
  await expect(signIn.error).toHaveText('That email and password do not match.');
  await expectNoAxeViolations(page, 'the sign-in page showing an error');
  await saveScreen(page, '02-sign-in-error');
});

test('an admin signs in with the keyboard alone and sees the conferences', async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto();

  await signIn.signInWithKeyboard(E2E_ADMIN.email, E2E_ADMIN.password);

  const admin = new AdminConferencesPage(page);
  await admin.expectLoaded();
  await expect(page).toHaveURL(/\/admin$/);
  // The fictional demo conference is there from the first start.
  await expect(admin.row('Demo: conference for Ada and Ben Marlow (fictional)')).toContainText(
    'Ada Marlow, Ben Marlow',
  );
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expectNoAxeViolations(page, 'the admin conferences list');
  await saveScreen(page, '03-admin-conferences');
});
