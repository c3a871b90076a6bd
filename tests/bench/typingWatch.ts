/**
 * What `npm run bench:typing` runs inside each page (the chair's board and the plain reference),
 * installed before the page's own scripts:
 *  - every keydown (capture phase, on window) is noted with its event time, and the frame after
 *    it (one requestAnimationFrame and a task) as when its work was painted;
 *  - `armAdd(section, words)` watches for a card holding those words to be drawn in that
 *    section's list: the time it held, and the frame after.
 * Times are performance.now() in the page. A string, not a function (see boardWatch.ts: tsx
 * would wrap inner functions in a helper the page lacks).
 */

export interface KeyRecord {
  /** The keydown event's time stamp (when the browser took the key in). */
  start: number;
  /** The frame after its handlers ran, painted. */
  end: number | null;
}

export interface AddState {
  ready: number | null;
  drawn: number | null;
}

export interface TypingApi {
  keys: KeyRecord[];
  add: AddState | null;
  armAdd(section: string, words: string): boolean;
}

declare global {
  interface Window {
    __cbTyping?: TypingApi;
  }
}

export const TYPING_SCRIPT = `(() => {
  const afterPaint = (done) => requestAnimationFrame(() => setTimeout(() => done(performance.now()), 0));
  const api = { keys: [], add: null, armAdd: null };
  window.__cbTyping = api;
  window.addEventListener('keydown', (e) => {
    const record = { start: e.timeStamp, end: null };
    api.keys.push(record);
    afterPaint((t) => { record.end = t; });
  }, true);
  const shown = (section, words) => {
    for (const el of document.querySelectorAll('[data-section="' + section + '"] [data-item-id] .item__text')) {
      if (el.textContent === words) return true;
    }
    return false;
  };
  api.armAdd = (section, words) => {
    if (shown(section, words)) return false;
    const add = { ready: null, drawn: null };
    api.add = add;
    const observer = new MutationObserver(() => {
      if (!shown(section, words)) return;
      observer.disconnect();
      add.ready = performance.now();
      afterPaint((t) => { add.drawn = t; });
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true });
    return true;
  };
})();`;

/** The reference page: a plain `<textarea>`, nothing else, no scripts but the watcher. */
export const PLAIN_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Plain textarea</title></head>
<body><label>Words <textarea id="plain" rows="4" cols="60"></textarea></label></body></html>`;
