/**
 * The room's screen fits the board to the screen: a section with more items than fit shows its
 * newest ones and hides the oldest (each hidden with the `hidden` attribute, which React does not
 * manage on these cards), saying how many are not shown. Worked out after every draw and whenever
 * the section's size changes, by a binary search over how many to hide (a few layouts, not one per
 * item).
 */
import { useLayoutEffect, useRef, useState } from 'react';

/** `order`: the section's item ids, oldest first (the cards may be grouped otherwise on screen). */
export function useFitNewest(enabled: boolean, order: string[]) {
  const ref = useRef<HTMLDivElement>(null);
  const [hidden, setHidden] = useState(0);

  useLayoutEffect(() => {
    const box = ref.current;
    if (!enabled || !box) return;
    const fit = () => {
      const rank = new Map(order.map((id, i) => [id, i]));
      const cards = [...box.querySelectorAll<HTMLElement>('li[data-item-id]')].sort(
        (a, b) => (rank.get(a.dataset.itemId ?? '') ?? 0) - (rank.get(b.dataset.itemId ?? '') ?? 0),
      );
      const groups = [...box.querySelectorAll<HTMLElement>('.section__group')];
      const hide = (k: number) => {
        cards.forEach((card, i) => (card.hidden = i < k));
        // A kind of worry whose items are all hidden takes its heading with it.
        for (const group of groups) {
          const inGroup = [...group.querySelectorAll<HTMLElement>('li[data-item-id]')];
          group.hidden = inGroup.length > 0 && inGroup.every((card) => card.hidden);
        }
      };
      const fits = () => box.scrollHeight <= box.clientHeight + 1;
      // The newest item always stays (cut at the foot if even it is too tall).
      let lo = 0;
      let hi = Math.max(0, cards.length - 1);
      hide(0);
      if (!fits()) {
        // The fewest to hide so that the rest fit.
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          hide(mid);
          if (fits()) hi = mid;
          else lo = mid + 1;
        }
      } else hi = 0;
      hide(hi);
      setHidden(hi);
    };
    fit();
    // The box keeps its size as cards change theirs (a new card's highlight fading): watch both.
    const observer = new ResizeObserver(fit);
    observer.observe(box);
    box.querySelectorAll('ul').forEach((list) => observer.observe(list));
    return () => observer.disconnect();
  });

  return { ref, hidden: enabled ? Math.min(hidden, order.length) : 0 };
}
