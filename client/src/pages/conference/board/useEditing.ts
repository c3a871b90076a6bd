/**
 * Who else is editing which item, so two people with the chair's link (a chair and a co-chair, or
 * the chair's laptop and tablet) see each other at work on the same words. Each editor sets
 * `editing: <item id>` in the awareness of the professionals' document, which the family's and the
 * room's screens never receive; the name is the one the server writes into each presence.
 */
import { createContext, useEffect, useMemo, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { presenceUserSchema } from '@cb/shared/protocol';

export interface Editing {
  /** Names of the other people editing this item now. */
  others(itemId: string): string[];
  /** This device begins (an id) or stops (null) editing. */
  set(itemId: string | null): void;
}

export const EditingContext = createContext<Editing | null>(null);

export function useEditing(awareness: Awareness | null): Editing | null {
  const [byItem, setByItem] = useState<Map<string, string[]>>(new Map());
  useEffect(() => {
    if (!awareness) return;
    const read = () => {
      const next = new Map<string, string[]>();
      for (const [clientId, state] of awareness.getStates()) {
        if (clientId === awareness.clientID) continue;
        const { editing, user } = state as { editing?: unknown; user?: unknown };
        const who = presenceUserSchema.safeParse(user);
        if (typeof editing !== 'string' || !who.success) continue;
        next.set(editing, [...(next.get(editing) ?? []), who.data.name]);
      }
      setByItem((now) => (JSON.stringify([...now]) === JSON.stringify([...next]) ? now : next));
    };
    read();
    awareness.on('change', read);
    return () => {
      awareness.off('change', read);
      awareness.setLocalStateField('editing', null);
    };
  }, [awareness]);
  return useMemo(
    () =>
      awareness
        ? {
            others: (itemId: string) => byItem.get(itemId) ?? [],
            set: (itemId: string | null) => awareness.setLocalStateField('editing', itemId),
          }
        : null,
    [awareness, byItem],
  );
}
