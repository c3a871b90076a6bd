/** Stage, presenter focus, hands and suggestions over /control, kept server-side. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoomState } from '@cb/shared/protocol';
import { connectControl, hello, type Control } from '../support/control.ts';
import {
  createConference,
  createLink,
  join,
  joinAdmitted,
  joinAsChair,
  signInAdmin,
} from '../support/factories.ts';
import type { Client } from '../support/http.ts';
import { startTestServer, type TestServer } from '../support/startServer.ts';
import { waitFor } from '../support/yclient.ts';

let t: TestServer;
let admin: Client;
const sockets: Control[] = [];
function control(conferenceId: string, cookie: string): Control {
  const s = connectControl(t.url, conferenceId, cookie);
  sockets.push(s);
  return s;
}
function track(s: Control): { last: () => RoomState | undefined } {
  let last: RoomState | undefined;
  s.on('room:state', (x) => (last = x));
  return { last: () => last };
}

beforeAll(async () => {
  t = await startTestServer();
  admin = await signInAdmin(t.url);
});
afterAll(async () => {
  sockets.forEach((s) => s.disconnect());
  await t.stop();
});

describe('room state', () => {
  it('lets the chair set the stage and focus; everyone follows, including after reconnecting', async () => {
    const conf = await createConference(admin);
    const chair = await joinAsChair(t.url, admin, conf.id);
    const family = await joinAdmitted(t.url, admin, conf.id, 'family', 'Chloe Fictional');
    const waiting = await join(t.url, await createLink(admin, conf.id, 'family'), 'Dan Fictional');
    const c = control(conf.id, chair.cookie);
    const f = control(conf.id, family.cookie);
    const w = control(conf.id, waiting.cookie);
    const fState = track(f);
    const wStages: string[] = [];
    w.on('stage', (x) => wStages.push(x.stage));
    expect((await hello(w)).stage).toBe('part-one');
    await waitFor(() => fState.last() !== undefined, 'family room state');
    expect(await c.emitWithAck('stage:set', { stage: 'sharing' })).toEqual({ ok: true });
    expect(await c.emitWithAck('focus:set', { section: 'greyAreas' })).toEqual({ ok: true });
    await waitFor(
      () => fState.last()?.focus === 'greyAreas' && fState.last()?.stage === 'sharing',
      'family to follow',
    );
    await waitFor(() => wStages.includes('sharing'), 'the lobby to hear of the stage');
    // The family may not steer.
    const refused = await f
      .timeout(300)
      .emitWithAck('focus:set', { section: 'plan' })
      .catch(() => 'no answer');
    expect(refused).toBe('no answer');
    // What the room's screen shows: the chair's choice, reset to the stage's own part on a new stage.
    expect(fState.last()?.screen).toBe('board');
    expect(await c.emitWithAck('screen:set', { view: 'genogram' })).toEqual({ ok: true });
    await waitFor(() => fState.last()?.screen === 'genogram', 'the room screen view to reach everyone');
    expect(await c.emitWithAck('screen:set', { view: 'slides' as never })).toMatchObject({ ok: false });
    expect(
      await f
        .timeout(300)
        .emitWithAck('screen:set', { view: 'plan' })
        .catch(() => 'no answer'),
    ).toBe('no answer');
    expect(await c.emitWithAck('stage:set', { stage: 'plan' })).toEqual({ ok: true });
    await waitFor(
      () => fState.last()?.screen === 'plan',
      'the plan stage to put the plan on the room screen',
    );
    expect(await c.emitWithAck('stage:set', { stage: 'sharing' })).toEqual({ ok: true });
    await waitFor(() => fState.last()?.screen === 'board', 'sharing to put the whole board back');
    expect(await c.emitWithAck('stage:set', { stage: 'closed' })).toMatchObject({
      ok: false,
      error: { code: 'USE_CLOSE' },
    });
    f.disconnect();
    const again = control(conf.id, family.cookie);
    const againState = track(again);
    await waitFor(() => againState.last()?.focus === 'greyAreas', 'the reconnecting family to catch up');
  });

  it('carries a professional’s suggestion to the chair only, and hands to everyone', async () => {
    const conf = await createConference(admin);
    const chair = await joinAsChair(t.url, admin, conf.id);
    const pro = await joinAdmitted(t.url, admin, conf.id, 'professional', 'Health Visitor Fictional');
    const other = await joinAdmitted(t.url, admin, conf.id, 'professional', 'Teacher Fictional');
    const family = await joinAdmitted(t.url, admin, conf.id, 'family', 'Chloe Fictional');
    const [c, p, o, f] = [chair, pro, other, family].map((x) => control(conf.id, x.cookie)) as [
      Control,
      Control,
      Control,
      Control,
    ];
    const [cs, ps, os, fs] = [c, p, o, f].map(track) as [
      ReturnType<typeof track>,
      ReturnType<typeof track>,
      ReturnType<typeof track>,
      ReturnType<typeof track>,
    ];
    await waitFor(() => [cs, ps, os, fs].every((x) => x.last()), 'everyone to have the state');
    expect(
      await p.emitWithAck('suggestion:create', {
        section: 'workingWell',
        text: 'Grandmother does the school run',
      }),
    ).toEqual({
      ok: true,
    });
    expect(await p.emitWithAck('suggestion:create', { section: 'workingWell', text: '   ' })).toMatchObject({
      ok: false,
    });
    expect(
      await f.emitWithAck('suggestion:create', { section: 'worries', text: 'From family' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    await waitFor(() => cs.last()?.suggestions.length === 1, 'the chair to see the suggestion');
    expect(cs.last()?.suggestions[0]).toMatchObject({
      text: 'Grandmother does the school run',
      by: { name: 'Health Visitor Fictional' },
    });
    expect(ps.last()?.suggestions.length).toBe(1);
    expect(os.last()?.suggestions).toEqual([]);
    expect(fs.last()?.suggestions).toEqual([]);
    const id = cs.last()?.suggestions[0]?.id ?? '';
    expect(await c.emitWithAck('suggestion:resolve', { suggestionId: id, outcome: 'accepted' })).toEqual({
      ok: true,
    });
    expect(
      await c.emitWithAck('suggestion:resolve', { suggestionId: id, outcome: 'dismissed' }),
    ).toMatchObject({ ok: false });
    await waitFor(
      () => cs.last()?.suggestions.length === 0 && ps.last()?.suggestions.length === 0,
      'the queue to empty',
    );

    expect(await f.emitWithAck('hand:set', { raised: true })).toEqual({ ok: true });
    await waitFor(() => cs.last()?.hands.length === 1, 'the chair to see the hand');
    expect(cs.last()?.hands[0]).toMatchObject({ name: 'Chloe Fictional', role: 'family' });
    const key = cs.last()?.hands[0]?.key ?? '';
    expect(await o.emitWithAck('hand:lower', { key })).toMatchObject({ ok: false });
    expect(await c.emitWithAck('hand:lower', { key })).toEqual({ ok: true });
    await waitFor(() => fs.last()?.hands.length === 0, 'the hand to go down everywhere');
  });
});
