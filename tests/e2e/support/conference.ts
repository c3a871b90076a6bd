/**
 * A new conference with people on the board, set up through the API where the set-up is not what
 * the test is about: the admin chairs it (no chair named), and each guest opens their own link on
 * their own device, gives their name, waits, and is let in by the chair.
 */
import type { Page } from '@playwright/test';
import type { Conference } from '@cb/shared/api';
import type { LinkRole } from '@cb/shared/protocol';
import { BoardPage } from '../pages/BoardPage.ts';
import { ChairBoardPage, STAGES } from '../pages/ChairBoardPage.ts';
import { JoinPage } from '../pages/JoinPage.ts';
import { LobbyPage } from '../pages/LobbyPage.ts';
import { createConferenceByApi, createLinkByApi, signInByApi } from './api.ts';
import { runTag } from './dates.ts';
import { E2E_ADMIN } from './env.ts';
import type { NewPerson, PersonOptions } from './fixtures.ts';

export interface Guest {
  role: Exclude<LinkRole, 'chair'>;
  /** The name they give on the join page. */
  name: string;
  /** The link's label, as the chair sees it in the lobby. */
  label: string;
  device?: PersonOptions;
}

export interface OpenConference {
  conference: Conference;
  chair: ChairBoardPage;
  run: string;
}

/** The chair (the e2e admin) creates a conference about Ada and Ben and opens its board. */
export async function openConference(newPerson: NewPerson): Promise<OpenConference> {
  const run = runTag();
  const chairPage = await newPerson('chair');
  await signInByApi(chairPage, E2E_ADMIN);
  const conference = await createConferenceByApi(chairPage, {
    title: `Conference for Ada and Ben Marlow (fictional ${run})`,
    children: [
      { name: 'Ada Marlow', dateOfBirth: '2019-04-12' },
      { name: 'Ben Marlow', dateOfBirth: '2023-08-30' },
    ],
  });
  const chair = new ChairBoardPage(chairPage);
  await chairPage.goto(`/c/${conference.id}`);
  await chair.expectReady();
  return { conference, chair, run };
}

/** Someone opens a link on a device of their own, gives their name, and waits in the lobby. */
export async function joinAndWait(
  newPerson: NewPerson,
  url: string,
  name: string,
  options: { device?: PersonOptions; keyboard?: boolean } = {},
): Promise<Page> {
  const page = await newPerson(name, options.device);
  const join = new JoinPage(page);
  await join.open(url);
  if (options.keyboard) await join.joinWithKeyboard(name);
  else await join.join(name);
  await new LobbyPage(page).expectWaitingAs(name);
  return page;
}

/**
 * A guest opens a fresh link on a device of their own and the chair lets them in. A family member
 * or the room's screen let in during the professionals' meeting sees the holding screen until the
 * chair moves on.
 */
export async function letInGuest(
  newPerson: NewPerson,
  { conference, chair, run }: OpenConference,
  guest: Guest,
): Promise<BoardPage> {
  const label = `${guest.label} ${run}`;
  const link = await createLinkByApi(chair.page, conference.id, { role: guest.role, label });
  const page = await joinAndWait(newPerson, link.url, guest.name, { device: guest.device });
  await chair.waitingEntry(guest.name).waitFor();
  await chair.letIn(guest.name);
  const board = new BoardPage(page);
  // While the professionals meet on their own, the family's and the room's screens hold.
  const holding =
    (guest.role === 'family' || guest.role === 'display') &&
    (await chair.stage(STAGES.partOne).getAttribute('aria-current')) === 'step';
  if (holding) await board.expectHolding();
  else await board.expectReady();
  return board;
}
