/**
 * The chair's side of `npm run bench:board`: a stock y-websocket client with the chair's cookie on
 * both of a conference's documents, through which the boards are written and, later, the measured
 * edits made; and a check, read back from the store itself, that the server holds all of it.
 */
import * as Y from 'yjs';
import { docNameFor } from '@cb/shared/protocol';
import type { Store } from '@cb/server/src/store/Store.ts';
import { connectDoc, whenSynced, type TestProvider } from '../support/yclient.ts';

export interface ChairDocs {
  publicDoc: Y.Doc;
  restrictedDoc: Y.Doc;
  /** Resolves once the store holds every change of both documents; the stored update rows. */
  stored(): Promise<number>;
  close(): void;
}

function sameState(a: Y.Doc, b: Y.Doc): boolean {
  return Buffer.from(Y.encodeStateVector(a)).equals(Buffer.from(Y.encodeStateVector(b)));
}

async function waitStored(store: Store, conferenceId: string, docs: [Y.Doc, Y.Doc]): Promise<number> {
  const started = Date.now();
  for (;;) {
    let rows = 0;
    let complete = true;
    for (const [i, doc] of docs.entries()) {
      const stored = await store.loadUpdates(docNameFor(conferenceId, i === 1));
      const copy = new Y.Doc();
      for (const update of stored.updates) Y.applyUpdate(copy, update);
      complete &&= sameState(copy, doc);
      copy.destroy();
      rows += stored.updates.length;
    }
    if (complete) return rows;
    if (Date.now() - started > 60_000) throw new Error('the server had not stored the board after 60 s');
    await new Promise((r) => setTimeout(r, 200));
  }
}

export async function openChair(
  url: string,
  store: Store,
  conferenceId: string,
  chairCookie: string,
): Promise<ChairDocs> {
  const providers: TestProvider[] = [false, true].map((restricted) =>
    connectDoc(url, docNameFor(conferenceId, restricted), chairCookie),
  );
  const close = () => providers.forEach((p) => p.destroy());
  try {
    await Promise.all(providers.map(whenSynced));
  } catch (err) {
    close();
    throw err;
  }
  const [publicDoc, restrictedDoc] = providers.map((p) => p.doc) as [Y.Doc, Y.Doc];
  return {
    publicDoc,
    restrictedDoc,
    stored: () => waitStored(store, conferenceId, [publicDoc, restrictedDoc]),
    close,
  };
}
