/**
 * The JSON rendering stored beside each snapshot's Yjs states: every top-level type of each
 * document as plain JSON, so that a snapshot can be read (and checked against its hash) without
 * Yjs. Types the schema names get their schema type; any other top-level type (e.g. the drawing
 * surface's records) is typed from its content, so nothing in the document is left out.
 */
import * as Y from 'yjs';
import { topLevelTypes } from '@cb/shared/doc/schema';

/** Text when its first live item is text content; otherwise an array. */
function looksLikeText(type: { _start: Y.Item | null }): boolean {
  for (let item = type._start; item !== null; item = item.right) {
    if (item.deleted) continue;
    const c = item.content;
    return c instanceof Y.ContentString || c instanceof Y.ContentFormat || c instanceof Y.ContentEmbed;
  }
  return false;
}

/** One document's state as `{ [topLevelName]: json }`, names sorted. */
export function docToJson(state: Uint8Array): Record<string, unknown> {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    topLevelTypes(doc);
    for (const [name, type] of [...doc.share]) {
      // A top-level type nobody has asked for yet is untyped; give it the type its content has.
      if (Object.getPrototypeOf(type) !== Y.AbstractType.prototype) continue;
      if (type._start !== null) {
        if (looksLikeText(type)) doc.getText(name);
        else doc.getArray(name);
      } else doc.getMap(name);
    }
    const out: Record<string, unknown> = {};
    for (const name of [...doc.share.keys()].sort()) out[name] = doc.share.get(name)?.toJSON();
    return out;
  } finally {
    doc.destroy();
  }
}

/** `{"public": …, "restricted": …}` for a snapshot. */
export function renderSnapshotJson(publicState: Uint8Array, restrictedState: Uint8Array): string {
  return JSON.stringify({ public: docToJson(publicState), restricted: docToJson(restrictedState) });
}
