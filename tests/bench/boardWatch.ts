/**
 * What `npm run bench:board` runs inside the page, installed before any of the app's scripts:
 *  - for the first render: each region's count (cards, plan rows, people in the family tree and
 *    on its drawing surface: the chair's tldraw canvas, or the drawn figure followers get
 *    instead; who is here, decided children, contingency plans) checked on every DOM change
 *    until it equals what the board holds; the time each region got there, then the frame after
 *    the last one (one requestAnimationFrame and a task) as "drawn";
 *  - for an edit: `arm(conditions)` before the chair's change is sent; the arrival of the first
 *    Yjs update on any of the page's sockets after that, the moment every condition holds (an
 *    element matching a selector, with some words in it, or gone), and the frame after that.
 * Times are performance.now() in the page. A string, not a function: tsx (esbuild, keepNames)
 * would wrap a serialised function's inner functions in a `__name` helper the page lacks.
 */

export const REGIONS = [
  'cards',
  'plan',
  'genogram',
  'canvas',
  'attendance',
  'decision',
  'contingency',
] as const;
export type Region = (typeof REGIONS)[number];

/** How many of each the family's board shows once it is complete. */
export type Expected = Record<Region, number>;

export interface Condition {
  selector: string;
  /** Words the element's text must include (whitespace squashed). */
  text?: string;
  /** The condition is that nothing matches the selector (or, with `text`, that it lacks those words). */
  gone?: boolean;
}

export interface LoadState {
  at: Partial<Record<Region, number>>;
  seen: Partial<Record<Region, number>>;
  ready: number | null;
  drawn: number | null;
}

export interface EditState {
  armedAt: number;
  arrived: number | null;
  ready: number | null;
  drawn: number | null;
}

export interface BenchApi {
  load: LoadState;
  edit: EditState | null;
  /** Starts watching for an edit; false if the conditions already hold (they would prove nothing). */
  arm(conditions: Condition[]): boolean;
}

declare global {
  interface Window {
    __cbBench?: BenchApi;
  }
}

export function pageScript(expected: Expected): string {
  return `(() => {
    const expected = ${JSON.stringify(expected)};
    const squash = (s) => (s || '').replace(/\\s+/g, ' ').trim();
    const q = (selector) => document.querySelector(selector);
    const inSection = (label, count) => {
      const section = q('section[aria-label="' + label + '"]');
      return section ? count(section) : -1;
    };
    const people = (within) => inSection('Genogram', (section) => {
      const root = section.querySelector(within);
      if (!root) return 0;
      const ids = new Set();
      for (const el of root.querySelectorAll('[data-person]')) {
        const id = el.getAttribute('data-person');
        if (id !== 'key' && !el.closest('details')) ids.add(id);
      }
      return ids.size;
    });
    const counts = {
      cards: () => {
        const main = q('main#main');
        return main && main.getAttribute('data-board-ready') === 'true'
          ? main.querySelectorAll('[data-item-id]').length : -1;
      },
      plan: () => inSection('Plan', (s) => s.querySelectorAll('tbody tr').length),
      genogram: () => people('.genogram__figure'),
      // The chair's tldraw canvas, or the drawn figure followers see instead of it.
      canvas: () => people('.genogram-canvas__inner, .genogram-figure__svg'),
      attendance: () => inSection('Attendance', (s) => s.querySelectorAll('.people-here__person').length),
      decision: () => inSection('Decision', (s) => [...s.querySelectorAll('.decision-child .decision-outcome')]
        .filter((p) => !p.textContent.includes('has not been made yet') && !p.textContent.includes('The conference is deciding')).length),
      contingency: () => inSection('Contingency plan', (s) => s.querySelectorAll('.contingency__words').length),
    };
    const afterPaint = (done) => requestAnimationFrame(() => setTimeout(() => done(performance.now()), 0));
    const watch = (check) => {
      const observer = new MutationObserver(() => { if (check()) observer.disconnect(); });
      observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
      return observer;
    };
    const load = { at: {}, seen: {}, ready: null, drawn: null };
    const api = { load, edit: null, arm: null };
    window.__cbBench = api;
    watch(() => {
      const t = performance.now();
      for (const [region, count] of Object.entries(counts)) {
        if (load.at[region] !== undefined) continue;
        const n = count();
        load.seen[region] = n;
        if (n === expected[region]) load.at[region] = t;
      }
      if (Object.keys(load.at).length < Object.keys(counts).length) return false;
      load.ready = t;
      afterPaint((at) => { load.drawn = at; });
      return true;
    });
    const holds = (conditions) => conditions.every((c) => {
      const el = q(c.selector);
      if (c.gone) return el === null || (c.text !== undefined && !squash(el.textContent).includes(squash(c.text)));
      return el !== null && (c.text === undefined || squash(el.textContent).includes(squash(c.text)));
    });
    api.arm = (conditions) => {
      if (holds(conditions)) return false;
      const edit = { armedAt: performance.now(), arrived: null, ready: null, drawn: null };
      api.edit = edit;
      watch(() => {
        if (!holds(conditions)) return false;
        edit.ready = performance.now();
        afterPaint((at) => { edit.drawn = at; });
        return true;
      });
      return true;
    };
    // The first Yjs update (sync message 0, update 2) any socket brings after arm().
    const Native = window.WebSocket;
    window.WebSocket = class extends Native {
      constructor(...args) {
        super(...args);
        this.addEventListener('message', (e) => {
          const edit = api.edit;
          if (!edit || edit.arrived !== null || !(e.data instanceof ArrayBuffer) || e.data.byteLength < 2) return;
          const head = new Uint8Array(e.data, 0, 2);
          if (head[0] === 0 && head[1] === 2) edit.arrived = performance.now();
        });
      }
    };
  })();`;
}
