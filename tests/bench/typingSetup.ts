/**
 * The board `npm run bench:typing` types on: a conference filled as a long one would be
 * (boardSeed.ts: 300 live cards from 5,000 edits, a forty-person family tree, plan rows,
 * decisions) by a co-chair's stock y-websocket client, which stays connected; and the chair's
 * own board in Chromium, signed in with a chair link of its own (as boardChair.ts does for the
 * stock client), open once every card is drawn.
 */
import type { Browser } from 'playwright-core';
import { MARLOW } from '@cb/shared/scenario/marlow';
import { forty } from '../fixtures/genogram.ts';
import { joinAsChair, signInAdmin } from '../support/factories.ts';
import type { TestServer } from '../support/startServer.ts';
import { openChair, type ChairDocs } from './boardChair.ts';
import { countItems, seedFullBoard } from './boardSeed.ts';
import { fmt } from './stats.ts';
import type { Options } from './typingArgs.ts';
import { openTarget, type Target, type TimeDomain } from './typingPage.ts';

export interface ChairBoard {
  conferenceId: string;
  /** The co-chair's stock client that wrote the board; it also clears away what the bench adds. */
  seeder: ChairDocs;
  /** The cookie the browser's chair signs in with (a chair link of their own). */
  chairCookie: string;
  cards: number;
}

export async function setUpBoard(t: TestServer, options: Options): Promise<ChairBoard> {
  const admin = await signInAdmin(t.url);
  const subjects = forty()
    .people.filter((p) => p.subject)
    .slice(0, 3);
  const conference = await admin.call(
    'createConference',
    {},
    {
      kind: 'initial',
      scheduledAt: MARLOW.conference.scheduledAt,
      title: 'A long fictional conference (typing bench)',
      children: subjects.map((p) => ({ name: p.name, dateOfBirth: '2019-05-01' })),
    },
  );
  const seeding = await joinAsChair(t.url, admin, conference.id, 'Co-chair Fictional');
  const seeder = await openChair(t.url, t.server.deps.store, conference.id, seeding.cookie);
  const started = performance.now();
  await seedFullBoard(seeder.publicDoc, seeder.restrictedDoc, options);
  await seeder.stored();
  const cards = countItems(seeder.publicDoc, seeder.restrictedDoc);
  console.log(`  seeded the board in ${fmt((performance.now() - started) / 1000, 1)} s: ${cards} cards`);
  const chair = await joinAsChair(t.url, admin, conference.id, 'Chair Fictional');
  return { conferenceId: conference.id, seeder, chairCookie: chair.cookie, cards };
}

/** Opens the chair's board and waits until every card is drawn. */
export async function openChairBoard(
  browser: Browser,
  url: string,
  board: ChairBoard,
  time: TimeDomain,
): Promise<Target> {
  const target = await openTarget(browser, `${url}/c/${board.conferenceId}`, board.chairCookie, time);
  try {
    await target.page.waitForFunction(
      (n) =>
        document.querySelector('main#main[data-board-ready="true"]') !== null &&
        document.querySelectorAll('main#main [data-item-id]').length >= n &&
        document.querySelector('section[data-section="worries"] input.capture__input') !== null,
      board.cards,
      { timeout: 60_000, polling: 100 },
    );
  } catch (err) {
    const seen = await target.page.evaluate(
      () =>
        `${document.querySelectorAll('main#main [data-item-id]').length} cards at ${location.href}: ` +
        (document.body.innerText ?? '').slice(0, 300).replace(/\s+/g, ' '),
    );
    await target.close();
    throw new Error(`the chair's board did not show ${board.cards} cards: ${seen}`, { cause: err });
  }
  // A new worry's kind is chosen, not assumed; chosen once, it stays for the chair's next ones.
  await target.page.selectOption('section[data-section="worries"] form.capture select', 'past-harm');
  return target;
}
