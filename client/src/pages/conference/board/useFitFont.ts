/**
 * The room's screen showing one part of the board (the plan) on its own: its words are made as
 * large as they can be while the page still fits the screen, down to a floor that stays readable
 * across a room (24 px at 1080 lines, scaled with the screen's height). Past the floor the page
 * scrolls rather than shrink the words further. Worked out after every draw and on resize, by a
 * binary search over whole pixels (a few layouts, not one per pixel).
 */
import { useLayoutEffect, useRef } from 'react';

/** The smallest type on the room's screen: 24 px on a 1080-line screen. */
export function roomFloorPx(height: number): number {
  return Math.round((24 * height) / 1080);
}

export function useFitFont<T extends HTMLElement>(enabled: boolean) {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!enabled || !box) return;
    const fit = () => {
      box.style.fontSize = '';
      const natural = parseFloat(getComputedStyle(box).fontSize);
      const floor = Math.min(natural, roomFloorPx(window.innerHeight));
      const page = document.documentElement;
      const fits = (px: number) => {
        box.style.fontSize = `${px}px`;
        return page.scrollHeight <= window.innerHeight + 1;
      };
      if (fits(natural)) return;
      let lo = Math.floor(floor);
      let hi = Math.floor(natural);
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (fits(mid)) lo = mid;
        else hi = mid - 1;
      }
      box.style.fontSize = `${lo}px`;
    };
    fit();
    const observer = new ResizeObserver(() => requestAnimationFrame(fit));
    observer.observe(document.body);
    return () => {
      observer.disconnect();
      box.style.fontSize = '';
    };
  });
  return ref;
}
