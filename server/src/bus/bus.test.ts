import { describe, expect, it } from 'vitest';
import { CloseCode } from '@cb/shared/protocol';
import { Hub } from '../hub.ts';
import { LocalBus } from './LocalBus.ts';

const tagged = (conferenceId: string, participantId: string | null, linkId: string | null) => ({
  conferenceId,
  participantId,
  linkId,
  sessionTokenHash: null,
  expiresAt: null,
});

describe('the bus and the hub', () => {
  it('passes messages as data: a subscriber never shares the publisher’s object', () => {
    const bus = new LocalBus();
    const participant = {
      id: 'p1',
      conferenceId: 'c1',
      linkId: 'l1',
      role: 'family' as const,
      name: 'Fictional Parent',
      tokenHash: 'x',
      status: 'admitted' as const,
      createdAt: '2026-01-01T10:00:00.000Z',
      decidedAt: null,
      coolOffUntil: null,
    };
    const seen: unknown[] = [];
    const stop = bus.subscribe('participantStatus', (m) => seen.push(m.participant));
    bus.publish({ type: 'participantStatus', participant, linkEnded: false });
    stop();
    bus.publish({ type: 'participantStatus', participant, linkEnded: true });
    expect(seen).toEqual([participant]);
    expect(seen[0]).not.toBe(participant);
  });

  it('ends matching connections in every hub on the bus, once each, and nothing else', () => {
    const bus = new LocalBus();
    const here = new Hub(bus, 'process-a');
    const there = new Hub(bus, 'process-b');
    const ended: string[] = [];
    const add = (hub: Hub, name: string, participantId: string | null, linkId: string | null) =>
      hub.add({ ...tagged('c1', participantId, linkId), end: (code) => ended.push(`${name}:${code}`) });
    add(here, 'a-p1', 'p1', 'l1');
    add(there, 'b-p1', 'p1', 'l1');
    add(there, 'b-p2', 'p2', 'l2');
    expect(here.end({ participantId: 'p1' }, CloseCode.removed)).toBe(1);
    expect(ended.sort()).toEqual([`a-p1:${CloseCode.removed}`, `b-p1:${CloseCode.removed}`]);
    expect(there.count()).toBe(1);
    expect(here.end({}, CloseCode.removed)).toBe(0);
    expect(there.count()).toBe(1);
  });
});
