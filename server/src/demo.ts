/**
 * The demo conference created on first start: the project's one fictional conference (the Marlow
 * family of the handbook's DEMO-SCENARIO, shared/src/scenario), the same story the tests write,
 * so that a newcomer sees a board that looks like a real conference. Every name here is invented.
 */
import { randomUUID } from 'node:crypto';
import type { LinkRole } from '@cb/shared/protocol';
import { MARLOW } from '@cb/shared/scenario/marlow';
import { writeScenario } from '@cb/shared/scenario/writeScenario';
import { createConference } from './conferences.ts';
import { hashToken, newToken } from './crypto.ts';
import type { ConferenceRow, StaffUserRow, Store } from './store/Store.ts';
import { actorText, systemActor } from './actor.ts';
import { auditLog } from './audit.ts';

/** "Conference for Ada…" → "Demo: conference for Ada…". */
export const DEMO_TITLE = `Demo: ${MARLOW.conference.title.charAt(0).toLowerCase()}${MARLOW.conference.title.slice(1)}`;

/**
 * The story as it stands before the chair has shared anything: the outcomes are the chair's drafts
 * (writeScenario shares none) and no child's views are shown to the family yet.
 */
const DEMO_SCENARIO = {
  ...MARLOW,
  decisions: MARLOW.decisions.map((d) => ({ ...d, showViewsToFamily: false })),
};

export interface DemoLinks {
  conference: ConferenceRow;
  links: { role: LinkRole; label: string; path: string }[];
}

export async function createDemoConference(store: Store, chair: StaffUserRow): Promise<DemoLinks> {
  const { kind, scheduledAt, place } = MARLOW.conference;
  const conference = await createConference(
    store,
    {
      kind,
      scheduledAt,
      title: DEMO_TITLE,
      place,
      children: MARLOW.children.map(({ name, dateOfBirth }) => ({ name, dateOfBirth })),
    },
    chair,
    systemActor('demo'),
    ({ publicDoc, restrictedDoc, conference: row }) =>
      writeScenario({ publicDoc, restrictedDoc }, DEMO_SCENARIO, {
        children: row.children,
        newId: randomUUID,
      }),
  );
  const links: DemoLinks['links'] = [];
  const wanted: [LinkRole, string][] = [
    ['chair', 'Demo chair'],
    ['family', 'Chloe Marlow (mother, fictional)'],
    ['professional', 'Health visitor (fictional)'],
    ['display', 'Room screen'],
  ];
  for (const [role, label] of wanted) {
    const token = newToken();
    const now = new Date().toISOString();
    await store.createLink({
      id: randomUUID(),
      conferenceId: conference.id,
      role,
      label,
      tokenHash: hashToken(token),
      createdBy: actorText(systemActor('demo')),
      createdAt: now,
      expiresAt: null,
      revokedAt: null,
    });
    links.push({ role, label, path: `/join/${token}` });
  }
  await auditLog(store).record(systemActor('demo'), 'conference-created', conference.id, { demo: true });
  return { conference, links };
}
