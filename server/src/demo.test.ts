/**
 * The demo conference a first start creates is the project's one fictional scenario, the same
 * story the tests' scripted conference writes: read back from a real SQLite store, its minutes
 * hold the scenario's items, people, plan and decisions, and its public document holds none of
 * the professionals-only items.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { docNameFor } from '@cb/shared/protocol';
import { readDecisions } from '@cb/shared/doc/decisions';
import { minutesFromDoc } from '@cb/shared/minutes/minutesFromDoc';
import type { Minutes } from '@cb/shared/minutes/types';
import { MARLOW } from '@cb/shared/scenario/marlow';
import { MARKUP_PROBE, scriptConference } from '../../tests/support/scriptedConference.ts';
import { loadDoc } from './conferences.ts';
import { createCipher } from './crypto.ts';
import { createDemoConference, DEMO_TITLE } from './demo.ts';
import { SqliteStore } from './store/SqliteStore.ts';
import { systemActor } from './actor.ts';
import { createStaffAccount } from './users.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cb-demo-'));
const store = new SqliteStore(path.join(dir, 'db.sqlite'), createCipher(randomBytes(32)));
afterAll(async () => {
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The story in a set of minutes, without ids or anything only the tests add. */
function story(m: Minutes) {
  const texts = (list: { text: string }[]) => list.map((i) => i.text).filter((t) => t !== MARKUP_PROBE.text);
  return {
    worries: texts(m.worries),
    workingWell: texts(m.workingWell),
    greyAreas: texts(m.greyAreas),
    childsVoice: texts(m.childsVoice),
    parentsView: texts(m.parentsView),
    safetyScales: m.safetyScales.map((s) => [s.who, s.score]),
    attendees: m.attendees,
    children: m.children.map((c) => [c.name, c.dateOfBirth]),
    people: m.genogram.people.map((p) => p.name).sort(),
    relationships: m.genogram.relationships.length,
    households: m.genogram.households.map((h) => h.name).sort(),
    plan: m.plan.map(({ childIds: _, ...row }) => row),
    contingency: m.contingencyPlans.map((c) => c.text),
    decisions: m.decisions.map(({ childId: _, ...d }) => d),
    coreGroup: m.coreGroup,
  };
}

describe('the demo conference', () => {
  it('is the scenario, as the tests write it', async () => {
    const { user: admin } = await createStaffAccount(store, systemActor('demo'), {
      email: 'admin.fictional@example.invalid',
      name: 'Avery Fictional',
      role: 'admin',
    });
    const { conference, links } = await createDemoConference(store, admin);
    expect(conference.title).toBe(DEMO_TITLE);
    expect(conference.children.map((c) => c.name)).toEqual(MARLOW.children.map((c) => c.name));
    expect(links.map((l) => l.role)).toEqual(['chair', 'family', 'professional', 'display']);

    const publicDoc = await loadDoc(store, docNameFor(conference.id, false));
    const restrictedDoc = await loadDoc(store, docNameFor(conference.id, true));
    const scripted = scriptConference();
    const context = {
      ...scripted.context,
      conference: { ...scripted.context.conference, id: conference.id },
      children: conference.children,
    };
    for (const audience of ['full', 'family'] as const) {
      const demo = story(minutesFromDoc({ publicDoc, restrictedDoc }, context, audience));
      const tests = story(minutesFromDoc(scripted, scripted.context, audience));
      // The one difference: the demo is live, so nothing of the decision is shared with the family
      // yet, where the scripted conference has closed (and closing shared it).
      const unshown = (ds: typeof demo.decisions) =>
        ds.map((d) =>
          audience === 'family'
            ? {
                ...d,
                viewsSharedWithFamily: false,
                views: [],
                outcome: null,
                category: null,
                outcomeWords: '',
              }
            : { ...d, viewsSharedWithFamily: false },
        );
      expect({ ...demo, decisions: unshown(demo.decisions) }, audience).toEqual({
        ...tests,
        decisions: unshown(tests.decisions),
      });
    }
    // Nothing of the decision is on the family's screen until the chair shares it.
    expect(readDecisions(publicDoc).map((d) => [d.shared, d.showViewsToFamily, d.sharedViews])).toEqual(
      MARLOW.children.map(() => [null, false, []]),
    );
    const full = story(minutesFromDoc({ publicDoc, restrictedDoc }, context, 'full'));
    expect(full.worries).toHaveLength(MARLOW.items.filter((i) => i.section === 'worries').length);
    expect(full.people).toHaveLength(MARLOW.family.people.length);
    expect(full.plan).toHaveLength(MARLOW.plan.length);

    // Nothing professionals-only is in the public document, whatever reads it.
    const alone = JSON.stringify(minutesFromDoc({ publicDoc, restrictedDoc: null }, context, 'full'));
    expect(scripted.professionalsOnlyStrings.length).toBeGreaterThan(5);
    for (const secret of scripted.professionalsOnlyStrings) expect(alone).not.toContain(secret);
  });
});
