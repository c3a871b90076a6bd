/**
 * Runs `flush` when the chair's gesture is over: at pointer-up if a pointer is down (so a stroke or
 * a drag reaches Yjs as one update, not one per pointer move), otherwise after a short pause (typing
 * in a text shape, keyboard nudges, undo).
 */
import type { Editor, TLEventInfo } from 'tldraw';

/** Pause before writing changes not made with a pointer, in ms. */
const IDLE_MS = 150;
/** While a pointer is down, how often to look again in case its pointer-up was lost, in ms. */
const POINTING_RECHECK_MS = 1000;

export interface Settle {
  schedule(): void;
  dispose(): void;
}

export function createSettle(editor: Editor, flush: () => void): Settle {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let waitingForUp = false;
  const clear = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  const tick = () => {
    timer = undefined;
    if (editor.inputs.isPointing) {
      waitingForUp = true;
      timer = setTimeout(tick, POINTING_RECHECK_MS);
      return;
    }
    waitingForUp = false;
    flush();
  };
  // 'event' is emitted after the tools have handled it, so the stroke is complete in the store.
  const onEvent = (info: TLEventInfo) => {
    if (!waitingForUp || info.type !== 'pointer' || info.name !== 'pointer_up') return;
    waitingForUp = false;
    clear();
    flush();
  };
  editor.on('event', onEvent);
  return {
    schedule() {
      if (timer === undefined) timer = setTimeout(tick, IDLE_MS);
    },
    dispose() {
      editor.off('event', onEvent);
      clear();
    },
  };
}
