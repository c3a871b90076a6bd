/**
 * The family tree, drawn with the family: the chair builds a two-parent, three-child family with
 * a separated father and his new partner using only the keyboard; the family's screen shows it
 * as it grows. All names are fictional.
 */
import { GenogramPanel } from './pages/GenogramPanel.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { STAGES } from './pages/ChairBoardPage.ts';
import { letInGuest, openConference } from './support/conference.ts';
import { expect, test } from './support/fixtures.ts';
import { saveScreen } from './support/screens.ts';

const ARRIVES = { timeout: 15_000 };
const FAMILY = { role: 'family', name: 'Nell Archer', label: 'Nell (mother)' } as const;

test('the chair draws the family tree with the keyboard; the family sees it', async ({ newPerson }) => {
  test.setTimeout(180_000);
  const open = await openConference(newPerson);
  const family = await letInGuest(newPerson, open, FAMILY);
  const chairTree = new GenogramPanel(open.chair.page);
  const familyTree = new GenogramPanel(family.page);
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
      ['Tom Archer', 'Male', '4'],
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

  await test.step('the family screen shows the tree, read-only', async () => {
    await expect(familyTree.words).toContainText('Nell Archer and Owen Archer are separated', ARRIVES);
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
  });
});
