/**
 * The chair's keyboard shortcuts: Alt+1…8 jump to a section's capture box (worries, working
 * well, grey areas, the child's voice, the family tree, the plan, the contingency plan, the
 * decision); Ctrl+Z / Ctrl+Shift+Z (or
 * Ctrl+Y) undo and redo the chair's own changes when not typing in a box.
 */
import { useEffect, useRef } from 'react';

const JUMPS: Record<string, string> = {
  '1': 'worries',
  '2': 'workingWell',
  '3': 'greyAreas',
  '4': 'childsVoice',
  '5': 'Genogram',
  '6': 'Plan',
  '7': 'Contingency plan',
  '8': 'Decision',
};

interface Handlers {
  focusSection: (key: string) => void;
  undo: () => void;
  redo: () => void;
}

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return (
    !!el &&
    (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable)
  );
}

export function useChairShortcuts(enabled: boolean, handlers: Handlers): void {
  const ref = useRef(handlers);
  useEffect(() => {
    ref.current = handlers;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      const digit = e.code.startsWith('Digit') ? e.code.slice(5) : null;
      if (e.altKey && !e.ctrlKey && !e.metaKey && digit && JUMPS[digit]) {
        e.preventDefault();
        ref.current.focusSection(JUMPS[digit]);
        return;
      }
      const mod = e.ctrlKey || e.metaKey;
      if (!mod || typing(e.target)) return;
      if (e.key.toLowerCase() === 'z' && !e.shiftKey) {
        e.preventDefault();
        ref.current.undo();
      } else if ((e.key.toLowerCase() === 'z' && e.shiftKey) || e.key.toLowerCase() === 'y') {
        e.preventDefault();
        ref.current.redo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
