import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addItem, findItem, readSection } from '@cb/shared/doc/board';
import { initConferenceDoc } from '@cb/shared/doc/schema';
import { createBoardActions } from '../pages/conference/board/commands/items.ts';
import { ChairUndo } from './undo.ts';

const CHILDREN = [{ id: 'c1', name: 'Robin Fictional', dateOfBirth: '2019-03-14' }];

/** The two documents of one conference, as the server makes them, plus the chair's tools. */
function setup() {
  const publicDoc = new Y.Doc();
  const restrictedDoc = new Y.Doc();
  initConferenceDoc(publicDoc, {
    conferenceId: 'conf-1',
    kind: 'initial',
    restricted: false,
    children: CHILDREN,
  });
  initConferenceDoc(restrictedDoc, {
    conferenceId: 'conf-1',
    kind: 'initial',
    restricted: true,
    children: CHILDREN,
  });
  const undo = new ChairUndo([publicDoc, restrictedDoc]);
  const actions = createBoardActions(publicDoc, restrictedDoc);
  return { publicDoc, restrictedDoc, undo, actions };
}

/** ChairUndo closes a step in a microtask; let it run, as the next user event would. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const texts = (publicDoc: Y.Doc, restrictedDoc: Y.Doc | null, section: 'worries' | 'workingWell') =>
  readSection(publicDoc, restrictedDoc, section).map((i) => i.text);

/** A second peer that starts from `doc`'s state and sends its own changes back as an update. */
function remotePeer(doc: Y.Doc) {
  const peer = new Y.Doc();
  Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
  const send = (change: (peer: Y.Doc) => void) => {
    const before = Y.encodeStateVector(peer);
    change(peer);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer, before), 'remote-provider');
  };
  return { peer, send };
}

describe('ChairUndo with the board actions', () => {
  it('undoes and redoes adding an item', async () => {
    const { publicDoc, restrictedDoc, undo, actions } = setup();
    expect(undo.canUndo).toBe(false);

    const id = actions.add('worries', { text: 'Missed two health visits' });
    await nextTask();
    expect(undo.canUndo).toBe(true);
    expect(texts(publicDoc, restrictedDoc, 'worries')).toEqual(['Missed two health visits']);

    expect(undo.undo()).toBe(true);
    expect(findItem([publicDoc, restrictedDoc], id)).toBeNull();
    expect(undo.canUndo).toBe(false);
    expect(undo.canRedo).toBe(true);

    expect(undo.redo()).toBe(true);
    const back = readSection(publicDoc, restrictedDoc, 'worries');
    expect(back).toHaveLength(1);
    expect(back[0]).toMatchObject({ id, text: 'Missed two health visits', professionalsOnly: false });
    expect(undo.canRedo).toBe(false);
  });

  it('returns false and changes nothing when there is nothing to undo or redo', () => {
    const { publicDoc, undo } = setup();
    const before = Y.encodeStateAsUpdate(publicDoc);
    expect(undo.undo()).toBe(false);
    expect(undo.redo()).toBe(false);
    expect(Y.encodeStateAsUpdate(publicDoc)).toEqual(before);
  });

  it('undoes one action at a time, newest first', async () => {
    const { publicDoc, restrictedDoc, undo, actions } = setup();
    actions.add('worries', { text: 'First worry' });
    await nextTask();
    const second = actions.add('worries', { text: 'Second worry' });
    await nextTask();
    actions.editText(second, 'Second worry, edited');
    await nextTask();

    undo.undo();
    expect(texts(publicDoc, restrictedDoc, 'worries')).toEqual(['First worry', 'Second worry']);
    undo.undo();
    expect(texts(publicDoc, restrictedDoc, 'worries')).toEqual(['First worry']);
    undo.undo();
    expect(texts(publicDoc, restrictedDoc, 'worries')).toEqual([]);
    expect(undo.canUndo).toBe(false);
  });

  it('undoes marking an item professionals-only as one step, back to the public document', async () => {
    const { publicDoc, restrictedDoc, undo, actions } = setup();
    const id = actions.add('worries', {
      text: 'Police log from March',
      kind: 'past-harm',
      saidBy: 'Sam Example',
    });
    await nextTask();
    const original = readSection(publicDoc, restrictedDoc, 'worries')[0];

    actions.setProfessionalsOnly(id, true);
    await nextTask();
    expect(findItem([publicDoc], id)).toBeNull();
    expect(findItem([restrictedDoc], id)?.section).toBe('worries');
    expect(readSection(publicDoc, null, 'worries')).toEqual([]);

    // Both documents changed, but that is one step: a single undo puts it back.
    expect(undo.undo()).toBe(true);
    expect(findItem([restrictedDoc], id)).toBeNull();
    expect(findItem([publicDoc], id)).not.toBeNull();
    expect(readSection(publicDoc, restrictedDoc, 'worries')).toEqual([original]);
    expect(readSection(publicDoc, null, 'worries')[0]).toMatchObject({
      id,
      text: 'Police log from March',
      saidBy: 'Sam Example',
      professionalsOnly: false,
    });

    // And the step before it (adding the item) is still there, separately.
    expect(undo.canUndo).toBe(true);
    expect(undo.redo()).toBe(true);
    expect(findItem([publicDoc], id)).toBeNull();
    expect(readSection(publicDoc, restrictedDoc, 'worries')[0]).toMatchObject({
      id,
      text: 'Police log from March',
      professionalsOnly: true,
    });
  });

  it('undoes taking an item out of professionals-only back into the restricted document', async () => {
    const { publicDoc, restrictedDoc, undo, actions } = setup();
    const id = actions.add('workingWell', { text: 'School attendance is good', professionalsOnly: true });
    await nextTask();
    expect(findItem([restrictedDoc], id)).not.toBeNull();

    actions.setProfessionalsOnly(id, false);
    await nextTask();
    expect(findItem([publicDoc], id)).not.toBeNull();

    undo.undo();
    expect(findItem([publicDoc], id)).toBeNull();
    expect(readSection(publicDoc, restrictedDoc, 'workingWell')).toEqual([
      expect.objectContaining({ id, text: 'School attendance is good', professionalsOnly: true }),
    ]);
  });

  it('keeps an item in its place among the others when undoing a move between documents', async () => {
    const { publicDoc, restrictedDoc, undo, actions } = setup();
    actions.add('worries', { text: 'A' });
    const b = actions.add('worries', { text: 'B' });
    actions.add('worries', { text: 'C' });
    await nextTask();
    actions.setProfessionalsOnly(b, true);
    await nextTask();
    expect(texts(publicDoc, restrictedDoc, 'worries')).toEqual(['A', 'B', 'C']);
    expect(texts(publicDoc, null, 'worries')).toEqual(['A', 'C']);
    undo.undo();
    expect(texts(publicDoc, null, 'worries')).toEqual(['A', 'B', 'C']);
  });

  it("does not undo another person's change that arrived from the network", async () => {
    const { publicDoc, restrictedDoc, undo, actions } = setup();
    const mine = actions.add('worries', { text: 'Chair wrote this' });
    await nextTask();

    const other = remotePeer(publicDoc);
    other.send((peer) =>
      addItem(peer, 'worries', {
        id: 'remote-1',
        text: 'A parent wrote this',
        createdAt: '2026-03-02T10:00:00Z',
      }),
    );
    await nextTask();
    expect(texts(publicDoc, restrictedDoc, 'worries')).toContain('A parent wrote this');

    // The chair's one step is the chair's own item; the remote item stays.
    expect(undo.undo()).toBe(true);
    expect(findItem([publicDoc], mine)).toBeNull();
    expect(texts(publicDoc, restrictedDoc, 'worries')).toEqual(['A parent wrote this']);
    expect(undo.canUndo).toBe(false);
    expect(undo.undo()).toBe(false);
    expect(texts(publicDoc, restrictedDoc, 'worries')).toEqual(['A parent wrote this']);
  });

  it('does not offer an undo step for a remote change alone', async () => {
    const { publicDoc, restrictedDoc, undo } = setup();
    remotePeer(restrictedDoc).send((peer) =>
      addItem(peer, 'greyAreas', {
        id: 'remote-2',
        text: 'Unclear who collects',
        createdAt: '2026-03-02T10:00:00Z',
      }),
    );
    await nextTask();
    expect(undo.canUndo).toBe(false);
    expect(findItem([restrictedDoc], 'remote-2')).not.toBeNull();
    expect(publicDoc.getArray('greyAreas').length).toBe(0);
  });

  it("keeps a remote edit to other text while undoing the chair's own edit", async () => {
    const { publicDoc, restrictedDoc, undo, actions } = setup();
    const id = actions.add('worries', { text: 'Needs a plan' });
    await nextTask();
    const other = remotePeer(publicDoc);

    actions.editText(id, 'Needs a plan now');
    await nextTask();
    other.send((peer) => {
      const text = findItem([peer], id)?.map.get('text');
      if (text instanceof Y.Text) text.insert(0, 'Family: ');
    });

    undo.undo();
    expect(texts(publicDoc, restrictedDoc, 'worries')).toEqual(['Family: Needs a plan']);
  });

  it('forgets the redo step once the chair makes a new change', async () => {
    const { publicDoc, restrictedDoc, undo, actions } = setup();
    actions.add('worries', { text: 'Old' });
    await nextTask();
    undo.undo();
    expect(undo.canRedo).toBe(true);
    actions.add('worries', { text: 'New' });
    await nextTask();
    expect(undo.canRedo).toBe(false);
    expect(undo.redo()).toBe(false);
    expect(texts(publicDoc, restrictedDoc, 'worries')).toEqual(['New']);
  });

  it('tells subscribers when the stacks change, until they unsubscribe', async () => {
    const { undo, actions } = setup();
    let calls = 0;
    const stop = undo.subscribe(() => calls++);
    actions.add('plan', { text: 'Weekly visits' });
    await nextTask();
    expect(calls).toBe(1);
    undo.undo();
    expect(calls).toBe(2);
    stop();
    undo.redo();
    expect(calls).toBe(2);
  });
});
