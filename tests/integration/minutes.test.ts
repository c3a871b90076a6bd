/**
 * A whole conference through a real server: the chair's synced documents are written the way the
 * board writes them (the scripted Marlow conference, with professionals-only items and views),
 * the chair closes it, and the minutes and the plan come out in every format. The PDF is read with
 * pdftotext, the Word file opened by LibreOffice; the family's copies hold no professionals-only
 * words in any format; the snapshot chain verifies, and fails once a row is altered.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Conference } from '@cb/shared/api';
import { readChildren } from '@cb/shared/doc/board';
import { readPlan } from '@cb/shared/doc/plan';
import { LETTER_HEADINGS, LETTER_TITLE } from '@cb/shared/minutes/letter';
import { MINUTES_HEADINGS } from '@cb/shared/minutes/words';
import { docNameFor } from '@cb/shared/protocol';
import { pdfText, soffice, squash, tempDir } from '../fixtures/minutes/fileTools.ts';
import { verifySnapshotChains } from '../../server/src/snapshots/verify.ts';
import { connectControl, hello } from '../support/control.ts';
import { joinAsChair, signInAdmin } from '../support/factories.ts';
import type { Client } from '../support/http.ts';
import {
  CHAIR_RATIONALES,
  scriptConference,
  type ScriptedConference,
} from '../support/scriptedConference.ts';
import { startTestServer, type TestServer } from '../support/startServer.ts';
import { connectDoc, waitFor, whenSynced } from '../support/yclient.ts';

let t: TestServer;
let admin: Client;
let conference: Conference;
let script: ScriptedConference;
/** When the chair moved past the professionals' meeting: the conference began in between. */
let began: { after: number; before: number };
const dir = tempDir();

async function get(pathname: string): Promise<Buffer> {
  const res = await admin.request('GET', pathname);
  if (res.status !== 200) throw new Error(`${pathname} → ${res.status}: ${await res.text()}`);
  return Buffer.from(await res.arrayBuffer());
}

beforeAll(async () => {
  t = await startTestServer({ snapshotIntervalMs: 60_000 });
  admin = await signInAdmin(t.url);
  conference = await admin.json<Conference>('POST', '/api/conferences', {
    kind: 'initial',
    scheduledAt: '2026-12-03T10:00:00Z',
    title: 'Conference for Ada and Ben Marlow (fictional)',
    children: [
      { name: 'Ada Marlow', dateOfBirth: '2019-04-12' },
      { name: 'Ben Marlow', dateOfBirth: '2023-08-30' },
    ],
  });
  const chair = await joinAsChair(t.url, admin, conference.id, 'Priya Fictional');
  const control = connectControl(t.url, conference.id, chair.cookie);
  await hello(control);
  const after = Date.now();
  expect(await control.emitWithAck('stage:set', { stage: 'sharing' })).toEqual({ ok: true });
  began = { after, before: Date.now() };
  control.disconnect();
  expect(await admin.json<Conference>('GET', `/api/conferences/${conference.id}`)).toMatchObject({
    status: 'live',
    startedAt: expect.any(String),
  });
  const pub = connectDoc(t.url, docNameFor(conference.id, false), chair.cookie);
  const res = connectDoc(t.url, docNameFor(conference.id, true), chair.cookie);
  await Promise.all([whenSynced(pub), whenSynced(res)]);
  const [ada, ben] = readChildren(pub.doc);
  if (!ada || !ben) throw new Error('The conference has no children');
  script = scriptConference({ publicDoc: pub.doc, restrictedDoc: res.doc, children: [ada, ben] });
  // Stored before broadcast: once a second reader has the whole plan, the store has everything.
  const reader = connectDoc(t.url, docNameFor(conference.id, false), chair.cookie);
  await waitFor(() => readPlan(reader.doc).length === readPlan(pub.doc).length, 'the board to be stored');
  reader.destroy();
  pub.destroy();
  res.destroy();
  const closed = await chair.client.request('POST', `/api/conferences/${conference.id}/close`, {});
  expect(closed.status).toBe(200);
}, 60_000);

afterAll(async () => {
  await t.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const minutesUrl = (format: string, audience: string) =>
  `/api/conferences/${conference.id}/minutes?format=${format}&audience=${audience}`;

describe('minutes from a closed conference', () => {
  it('JSON carries every section, the genogram and the decision per child', async () => {
    const minutes = JSON.parse((await get(minutesUrl('json', 'full'))).toString('utf8')) as Record<
      string,
      unknown
    >;
    for (const key of [
      'conference',
      'children',
      'attendees',
      'worries',
      'workingWell',
      'greyAreas',
      'plan',
    ]) {
      expect(minutes).toHaveProperty(key);
    }
    const about = minutes.conference as { closedAt: string | null; startedAt: string | null; chair: string };
    expect(about.closedAt).not.toBeNull();
    // The person who chaired, as they joined (not the account that made the conference), and when it began.
    expect(about.chair).toBe('Priya Fictional');
    const startedAt = Date.parse(about.startedAt ?? '');
    expect(startedAt).toBeGreaterThanOrEqual(began.after - 1);
    expect(startedAt).toBeLessThanOrEqual(began.before + 1);
    expect(String(minutes.genogramSvg)).toMatch(/^<svg/);
    expect((minutes.genogram as { people: unknown[] }).people.length).toBeGreaterThan(5);
    expect(minutes.decisions).toHaveLength(2);
  });

  it('the PDF holds every section heading and every item', async () => {
    const text = squash(pdfText(dir, 'full', await get(minutesUrl('pdf', 'full'))));
    // "Who was sent what" comes once something has been sent (bookingAndDistribution.test.ts).
    const { distribution: _sent, ...headings } = MINUTES_HEADINGS;
    for (const heading of Object.values(headings)) expect(text).toContain(heading);
    const full = JSON.parse((await get(minutesUrl('json', 'full'))).toString('utf8')) as {
      worries: { text: string }[];
      workingWell: { text: string }[];
      greyAreas: { text: string }[];
    };
    for (const item of [...full.worries, ...full.workingWell, ...full.greyAreas]) {
      expect(text).toContain(squash(item.text));
    }
  });

  it('the Word file opens in LibreOffice and holds the plan rows', async () => {
    const file = path.join(dir, 'minutes.docx');
    fs.writeFileSync(file, await get(minutesUrl('docx', 'full')));
    const [txt] = soffice(dir, [file], 'txt:Text', 'txt');
    const text = squash(fs.readFileSync(txt ?? '', 'utf8'));
    const plan = readPlan(script.publicDoc);
    expect(plan.length).toBeGreaterThan(0);
    for (const row of plan) {
      expect(text).toContain(squash(row.risk));
      expect(text).toContain(squash(row.task));
    }
  });

  it('the family copy holds no professionals-only words in any format', async () => {
    const docx = path.join(dir, 'family.docx');
    fs.writeFileSync(docx, await get(minutesUrl('docx', 'family')));
    const [docxText] = soffice(dir, [docx], 'txt:Text', 'txt');
    const planDocx = path.join(dir, 'family-plan.docx');
    fs.writeFileSync(
      planDocx,
      await get(`/api/conferences/${conference.id}/plan?format=docx&audience=family`),
    );
    const [planText] = soffice(dir, [planDocx], 'txt:Text', 'txt');
    const outputs: Record<string, string> = {
      json: (await get(minutesUrl('json', 'family'))).toString('utf8'),
      html: (await get(minutesUrl('html', 'family'))).toString('utf8'),
      pdf: squash(pdfText(dir, 'family', await get(minutesUrl('pdf', 'family')))),
      docx: squash(fs.readFileSync(docxText ?? '', 'utf8')),
      planDocx: squash(fs.readFileSync(planText ?? '', 'utf8')),
    };
    expect(script.professionalsOnlyStrings.length).toBeGreaterThan(2);
    // Who disagreed and the chair's reasons stay with the professionals too.
    const secrets = [
      ...script.professionalsOnlyStrings,
      ...CHAIR_RATIONALES,
      ...(script.meetingRecordStrings ?? []),
    ];
    for (const [format, text] of Object.entries(outputs)) {
      expect(text.length, format).toBeGreaterThan(500);
      for (const secret of secrets) {
        expect(text, `${format} must not contain “${secret}”`).not.toContain(squash(secret));
      }
    }
    // …while the full copy has them.
    const full = (await get(minutesUrl('json', 'full'))).toString('utf8');
    for (const secret of secrets) expect(full).toContain(secret);
  });

  it('the family’s letter comes in PDF, Word and HTML, with the decision and the plan, and nothing professionals-only', async () => {
    const letterUrl = (format: string) => `/api/conferences/${conference.id}/letter?format=${format}`;
    const docx = path.join(dir, 'letter.docx');
    fs.writeFileSync(docx, await get(letterUrl('docx')));
    const [docxText] = soffice(dir, [docx], 'txt:Text', 'txt');
    const outputs: Record<string, string> = {
      html: squash((await get(letterUrl('html'))).toString('utf8')),
      pdf: squash(pdfText(dir, 'letter', await get(letterUrl('pdf')))),
      docx: squash(fs.readFileSync(docxText ?? '', 'utf8')),
    };
    const family = JSON.parse((await get(minutesUrl('json', 'family'))).toString('utf8')) as {
      decisions: { outcomeWords: string }[];
      plan: { task: string }[];
    };
    const secrets = [
      ...script.professionalsOnlyStrings,
      ...CHAIR_RATIONALES,
      ...(script.meetingRecordStrings ?? []),
    ];
    for (const [format, text] of Object.entries(outputs)) {
      expect(text, format).toContain(squash(LETTER_TITLE));
      for (const heading of Object.values(LETTER_HEADINGS)) expect(text, format).toContain(squash(heading));
      for (const d of family.decisions) expect(text, format).toContain(squash(d.outcomeWords));
      for (const row of family.plan) expect(text, format).toContain(squash(row.task));
      for (const secret of secrets) {
        expect(text, `${format} must not contain “${secret}”`).not.toContain(squash(secret));
      }
    }
    // There is no professionals' letter to ask for.
    expect((await admin.request('GET', `${letterUrl('pdf')}&audience=full`)).status).toBe(400);
  });

  it('the snapshot chain verifies, and names the row once one is altered', async () => {
    expect((await verifySnapshotChains(t.server.deps.store)).problems).toEqual([]);
    const db = new Database(path.join(t.dataDir, 'conference-board.sqlite'));
    try {
      // The table refuses UPDATE by trigger (append-only): tampering means going around it.
      db.exec('DROP TRIGGER snapshots_append_only_update');
      db.prepare('UPDATE snapshots SET taken_at = ? WHERE conference_id = ? AND seq = 1').run(
        '2020-01-01T00:00:00.000Z',
        conference.id,
      );
    } finally {
      db.close();
    }
    const report = await verifySnapshotChains(t.server.deps.store);
    expect(report.problems.map((p) => [p.conferenceId, p.seq])).toEqual([[conference.id, 1]]);
  });
});
