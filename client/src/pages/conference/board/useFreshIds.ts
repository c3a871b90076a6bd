/** Items that arrived in the last few seconds, for a gentle highlight (never on first load). */
import { useEffect, useRef, useState } from 'react';
import type { BoardView } from '@cb/shared/doc/board';

const FRESH_MS = 3000;

export function useFreshIds(view: BoardView | null): Set<string> {
  const known = useRef<Set<string> | null>(null);
  const [fresh, setFresh] = useState<Set<string>>(new Set());
  useEffect(() => {
    if (!view) return;
    const ids = new Set(Object.values(view.sections).flatMap((items) => items.map((i) => i.id)));
    const previous = known.current;
    known.current = ids;
    if (!previous) return;
    const added = [...ids].filter((id) => !previous.has(id));
    if (added.length === 0) return;
    setFresh((f) => new Set([...f, ...added]));
    const timer = window.setTimeout(
      () => setFresh((f) => new Set([...f].filter((id) => !added.includes(id)))),
      FRESH_MS,
    );
    return () => window.clearTimeout(timer);
  }, [view]);
  return fresh;
}
