import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import { AwarenessViolation, filterAwarenessUpdate } from './awarenessFilter.ts';

const identity = { name: 'Chloe Fictional', role: 'family', participantId: 'p1' };

function updateFrom(state: Record<string, unknown>): { update: Uint8Array; clientId: number } {
  const doc = new Y.Doc();
  const awareness = new awarenessProtocol.Awareness(doc);
  awareness.setLocalState(state);
  return {
    update: awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID]),
    clientId: doc.clientID,
  };
}

function statesOf(update: Uint8Array): Map<number, unknown> {
  const awareness = new awarenessProtocol.Awareness(new Y.Doc());
  awarenessProtocol.applyAwarenessUpdate(awareness, update, null);
  return awareness.getStates();
}

describe('filterAwarenessUpdate', () => {
  it('keeps presence only for read-only roles, named by the server', () => {
    const { update, clientId } = updateFrom({ user: { name: 'The Chair' }, cursor: { x: 3 } });
    const out = filterAwarenessUpdate(update, identity, true, new Set(), () => false);
    expect(statesOf(out as Uint8Array).get(clientId)).toEqual({ user: identity });
  });

  it('keeps a writer’s other fields but not a forged name', () => {
    const { update, clientId } = updateFrom({ user: { name: 'Forged' }, focus: 'worries' });
    const out = filterAwarenessUpdate(update, { ...identity, role: 'chair' }, false, new Set(), () => false);
    expect(statesOf(out as Uint8Array).get(clientId)).toEqual({
      focus: 'worries',
      user: { ...identity, role: 'chair' },
    });
  });

  it('drops entries for client ids that another connection speaks for', () => {
    const { update } = updateFrom({ user: {} });
    expect(filterAwarenessUpdate(update, identity, true, new Set(), () => true)).toBeNull();
  });

  it('refuses garbage', () => {
    expect(() =>
      filterAwarenessUpdate(new Uint8Array([1, 5, 1, 3, 91]), identity, true, new Set(), () => false),
    ).toThrow();
    const bad = new Uint8Array([1, 7, 1, 2, 49, 50]); // state "12": not an object
    expect(() => filterAwarenessUpdate(bad, identity, true, new Set(), () => false)).toThrow(
      AwarenessViolation,
    );
  });
});
