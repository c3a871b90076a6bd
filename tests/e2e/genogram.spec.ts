/**
 * The family tree, drawn with the family: the chair builds a two-parent, three-child family with
 * a separated father and his new partner using only the keyboard; the family's screen shows it
 * as it grows, as a picture (SVG) with no drawing canvas loaded. Then the demo family's tree on
 * the room's and the family's screens at 1920×1080: the words on it are 20 px or more. All names
 * are fictional.
 */
import type { Page } from '@playwright/test';
import { GenogramPanel } from './pages/GenogramPanel.ts';
import { BoardPage } from './pages/BoardPage.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { ChairBoardPage, STAGES } from './pages/ChairBoardPage.ts';
import { createLinkByApi, listConferencesByApi, signInByApi } from './support/api.ts';
import { joinAndWait, letInGuest, openConference } from './support/conference.ts';
import { runTag } from './support/dates.ts';
import { E2E_ADMIN } from './support/env.ts';
import { expect, test } from './support/fixtures.ts';
import { saveScreen } from './support/screens.ts';

const ARRIVES = { timeout: 15_000 };
const FAMILY = { role: 'family', name: 'Nell Archer', label: 'Nell (mother)' } as const;
const TREE = { name: 'Family tree (genogram)' };

/** Every script the page asks for whose name says it is the drawing canvas (tldraw). */
function canvasRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => {
    if (/GenogramCanvas|tldraw/i.test(r.url())) urls.push(r.url());
  });
  return urls;
}

/** The on-screen size, in CSS pixels, of the words under the symbols of the tree on this page. */
function labelPixels(page: Page): Promise<number> {
  return page.evaluate(() => {
    const labels = document.querySelector<SVGGElement>('.genogram-figure svg g.labels');
    const matrix = labels?.getScreenCTM();
    const size = Number(labels?.getAttribute('font-size') ?? 0);
    return matrix ? Math.round(size * Math.hypot(matrix.a, matrix.b) * 10) / 10 : 0;
  });
}

test('the chair draws the family tree with the keyboard; the family sees it', async ({ newPerson }) => {
  test.setTimeout(180_000);
  const open = await openConference(newPerson);
  const family = await letInGuest(newPerson, open, FAMILY);
  const chairTree = new GenogramPanel(open.chair.page);
  const familyTree = new GenogramPanel(family.page);
  const familyCanvas = canvasRequests(family.page);
  // The family's screen holds while the professionals meet on their own.
  await open.chair.setStage(STAGES.sharing);
  await family.expectReady();

  await test.step('the mother, then the father as her separated partner', async () => {
    await chairTree.addPersonByKeyboard({ name: 'Nell Archer', sex: 'Female', age: '34' });
    await chairTree.addPersonByKeyboard({
      name: 'Owen Archer',
      sex: 'Male',
      age: '36',
      relatedTo: 'Nell Archer',
      as: 'partner',
      relationship: 'Separated',
    });
  });

  await test.step('three children of both parents, the ones this conference is about', async () => {
    for (const [name, sex, age] of [
      ['Ruby Archer', 'Female', '11'],
      ['Seb Archer', 'Male', '8'],
      // A date of birth as people in England write it.
      ['Tom Archer', 'Male', '14/05/2021'],
    ] as const) {
      await chairTree.addPersonByKeyboard({
        name,
        sex,
        age,
        relatedTo: 'Nell Archer',
        as: 'child',
        otherParent: 'Owen Archer',
        subject: true,
      });
    }
  });

  await test.step("the father's new partner", async () => {
    await chairTree.addPersonByKeyboard({
      name: 'Pia Lund',
      sex: 'Female',
      relatedTo: 'Owen Archer',
      as: 'partner',
      relationship: 'Living together',
      subject: false,
      newHousehold: 'Pia’s flat',
    });
  });

  await test.step('the chair sees everyone and every link in words', async () => {
    await expect(chairTree.people).toHaveCount(6);
    const words = chairTree.region.locator('.genogram-people__relationship');
    await expect(words.filter({ hasText: 'Nell Archer and Owen Archer: separated' })).toHaveCount(1);
    await expect(words.filter({ hasText: 'Owen Archer and Pia Lund: living together' })).toHaveCount(1);
    await expect(words.filter({ hasText: /is a parent of (Ruby|Seb|Tom) Archer/ })).toHaveCount(6);
  });

  await test.step('the family screen shows the tree as a picture, read-only, with no drawing canvas', async () => {
    await expect(familyTree.words).toContainText('Nell Archer and Owen Archer are separated', ARRIVES);
    await expect(familyTree.words).toContainText('Tom Archer (born 14/05/2021');
    await expect(familyTree.region.getByRole('img', TREE)).toBeVisible();
    await expect(family.page.locator('.tl-container')).toHaveCount(0);
    expect(familyCanvas, 'the family never loads the drawing canvas').toEqual([]);
    await expect(familyTree.words).toContainText('Owen Archer and Pia Lund live together');
    await expect(familyTree.words).toContainText("Tom Archer's parents are");
    await expect(familyTree.words).toContainText('Living together in Pia’s flat: Pia Lund.');
    for (const name of [
      'Nell Archer',
      'Owen Archer',
      'Pia Lund',
      'Ruby Archer',
      'Seb Archer',
      'Tom Archer',
    ]) {
      await expect(familyTree.figureShows(name), name).toBeVisible(ARRIVES);
    }
    await expect(familyTree.addPersonForm).toHaveCount(0);
    await expect(familyTree.region.getByRole('button', { name: 'Remove' })).toHaveCount(0);
  });

  await test.step('the chair gives the separated couple their dates, by editing the relationship', async () => {
    const edit = chairTree.region.getByRole('button', {
      name: 'Edit: Nell Archer and Owen Archer: separated',
    });
    await edit.click();
    const form = chairTree.region.getByRole('form', { name: 'Edit relationship: partners' });
    await form.getByRole('textbox', { name: 'From' }).fill('14/05/2015');
    await form.getByRole('textbox', { name: 'Until' }).fill('2023');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form).toHaveCount(0);
    const words = chairTree.region.locator('.genogram-people__relationship');
    await expect(
      words.filter({
        hasText: 'Nell Archer and Owen Archer: separated (together from 14/05/2015, separated 2023)',
      }),
    ).toHaveCount(1);
    await expect(familyTree.words).toContainText(
      'Nell Archer and Owen Archer are separated (together from 14/05/2015, separated 2023).',
      ARRIVES,
    );
    // On the picture, in plain words (no "m." or "sep.").
    await expect(familyTree.figureShows('together from 2015')).toBeVisible(ARRIVES);
    await expect(familyTree.figureShows('separated 2023')).toBeVisible();
  });

  await test.step('a screen reader hears a selected person on the canvas by name, as a person', async () => {
    // The canvas is open only while the chair draws (it costs every keystroke a frame loop).
    await expect(open.chair.page.locator('.tl-container')).toHaveCount(0);
    await chairTree.region.getByRole('button', { name: 'Move people or draw' }).click();
    await expect(open.chair.page.locator('.tl-container')).toHaveCount(1, ARRIVES);
    await chairTree.person('Ruby Archer').getByRole('button').first().click();
    const said = open.chair.page.locator('.genogram-canvas [role="status"]');
    await expect(said).toContainText('Ruby Archer, Person.');
    await expect(said).not.toContainText('tool.');
    await chairTree.person('Ruby Archer').getByRole('button').first().click();
    await chairTree.region.getByRole('button', { name: 'Finish drawing' }).click();
    await expect(open.chair.page.locator('.tl-container')).toHaveCount(0);
  });

  await test.step('quick actions: a grandmother added above Nell, Pia marked as living with the children, then undone', async () => {
    await chairTree.person('Nell Archer').getByRole('button').first().click();
    await chairTree.region.getByRole('button', { name: 'Add parent' }).click();
    await expect(chairTree.addPerson).toBeFocused();
    await open.chair.page.keyboard.type('Rita Archer');
    await open.chair.page.keyboard.press('Enter');
    await expect(chairTree.person('Rita Archer')).toBeVisible();
    await expect(familyTree.words).toContainText("Nell Archer's parents are Rita Archer", ARRIVES);
    await open.chair.page.keyboard.press('Escape');
    await open.chair.undoButton.click();
    await expect(chairTree.person('Rita Archer')).toHaveCount(0);
    await expect(familyTree.words).not.toContainText('Rita Archer', ARRIVES);
  });

  await test.step('the minutes as data carry the family tree, with its picture', async () => {
    const res = await open.chair.page.request.get(
      `/api/conferences/${open.conference.id}/minutes?format=json`,
    );
    expect(res.status()).toBe(200);
    const minutes = (await res.json()) as {
      genogram: { people: { name: string }[]; relationships: { type: string; kind?: string }[] };
      genogramSvg: string;
    };
    expect(minutes.genogram.people.map((p) => p.name).sort()).toEqual(
      ['Nell Archer', 'Owen Archer', 'Pia Lund', 'Ruby Archer', 'Seb Archer', 'Tom Archer'].sort(),
    );
    expect(
      minutes.genogram.relationships
        .filter((r) => r.type === 'partnership')
        .map((r) => r.kind)
        .sort(),
    ).toEqual(['cohabiting', 'separated']);
    expect(minutes.genogramSvg).toContain('Ruby Archer');
  });

  await test.step('no accessibility violations; screenshots for people to look at', async () => {
    await familyTree.words.locator('summary').click();
    await expectNoAxeViolations(open.chair.page, "the chair's board with a family tree");
    await expectNoAxeViolations(family.page, "the family's board with a family tree");
    await chairTree.region.scrollIntoViewIfNeeded();
    await saveScreen(open.chair.page, '30-genogram-chair');
    await familyTree.region.scrollIntoViewIfNeeded();
    await saveScreen(family.page, '31-genogram-family');
    expect(familyCanvas).toEqual([]);
  });
});

test("the demo family's tree on the room's screen and the family's, at 1920×1080", async ({ newPerson }) => {
  test.setTimeout(120_000);
  const run = runTag();
  const chairPage = await newPerson('chair');
  await signInByApi(chairPage, E2E_ADMIN);
  const demo = (await listConferencesByApi(chairPage)).find((c) => c.title.startsWith('Demo:'));
  if (!demo) throw new Error('The demo conference is missing (is CB_DEMO on?)');
  const chair = new ChairBoardPage(chairPage);
  await chairPage.goto(`/c/${demo.id}`);
  await chair.expectReady();
  const letIn = async (role: 'display' | 'family', name: string, label: string) => {
    const link = await createLinkByApi(chairPage, demo.id, { role, label: `${label} ${run}` });
    const page = await joinAndWait(newPerson, link.url, name);
    const requests = canvasRequests(page);
    await chair.waitingEntry(name).waitFor();
    await chair.letIn(name);
    return { page, requests };
  };
  const room = await letIn('display', 'Room 3 screen', 'Room 3 screen');
  const family = await letIn('family', 'Chloe Marlow', 'Chloe (mother)');
  if ((await chair.stage(STAGES.partOne).getAttribute('aria-current')) === 'step') {
    await chair.setStage(STAGES.sharing);
  }

  await test.step("the room's screen shows the family tree on its own: a picture that fits the screen", async () => {
    await chair.rail
      .getByRole('combobox', { name: 'The room’s screen shows' })
      .selectOption({ label: 'The family tree' });
    const roomBoard = new BoardPage(room.page);
    const tree = roomBoard.region('Genogram').getByRole('img', TREE);
    await expect(tree).toBeVisible(ARRIVES);
    await expect(tree).toContainText('Chloe Marlow');
    expect(
      await room.page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1),
      'the room screen fits 1920×1080',
    ).toBe(true);
    const px = await labelPixels(room.page);
    test.info().annotations.push({ type: 'room screen label px', description: String(px) });
    expect(px, "the words under the symbols on the room's screen").toBeGreaterThanOrEqual(20);
    await expect(room.page.locator('.tl-container')).toHaveCount(0);
    expect(room.requests).toEqual([]);
    await expectNoAxeViolations(room.page, "the room's screen showing the family tree");
    await saveScreen(room.page, '32-genogram-room-screen');
  });

  await test.step("on the family's screen, taken to the tree, the words are as large", async () => {
    await chairPage.keyboard.press('Alt+5');
    const familyBoard = new BoardPage(family.page);
    await expect(familyBoard.region('Genogram')).toBeInViewport({ ratio: 0.9, ...ARRIVES });
    await expect(familyBoard.region('Genogram').getByRole('img', TREE)).toBeVisible();
    const px = await labelPixels(family.page);
    test.info().annotations.push({ type: 'family screen label px', description: String(px) });
    expect(px, "the words under the symbols on the family's screen").toBeGreaterThanOrEqual(20);
    expect(family.requests).toEqual([]);
    await saveScreen(family.page, '33-genogram-family-screen');
  });
});
