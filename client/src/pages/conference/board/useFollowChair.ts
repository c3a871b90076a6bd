/**
 * Followers' screens (and the room's) go where the chair is: the chair's section when it changes
 * (and once the board is drawn), not on every edit, so someone reading ahead is not pulled back
 * while the chair types; and on the large screens, the plan or the decision once the conference
 * gets there, since the page may be scrolled far down, at the family tree; and whatever part the
 * chair puts on the room's screen.
 */
import { useEffect } from 'react';
import type { BoardContext } from './useBoard.ts';
import { findRegion } from './useBoard.ts';
import { FOCUS_REGIONS } from './sections.ts';

const scrollBehaviour = (): ScrollBehavior =>
  window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';

export function useFollowChair(board: BoardContext, following: boolean): void {
  const { focus, stage, large } = board;
  const boardDrawn = board.view !== null;
  useEffect(() => {
    if (!focus || !following) return;
    findRegion(FOCUS_REGIONS[focus])?.scrollIntoView({ behavior: scrollBehaviour(), block: 'nearest' });
  }, [focus, following, boardDrawn]);

  useEffect(() => {
    if (!large || !following) return;
    if (stage !== 'plan' && stage !== 'decision') return;
    const region = findRegion(stage === 'plan' ? 'Plan' : 'Decision');
    region?.scrollIntoView({ behavior: scrollBehaviour(), block: 'start' });
  }, [stage, following, large, boardDrawn]);

  // What the chair puts on the room's screen: those following on their own screens are taken to it
  // (the room's screen itself shows it alone).
  const screen = board.control.state.room?.screen ?? 'board';
  const role = board.role;
  useEffect(() => {
    if (!following || screen === 'board' || role === 'display') return;
    findRegion(FOCUS_REGIONS[screen])?.scrollIntoView({ behavior: scrollBehaviour(), block: 'start' });
  }, [screen, following, role, boardDrawn]);
}
