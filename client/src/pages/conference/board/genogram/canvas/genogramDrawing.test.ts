import { describe, expect, it } from 'vitest';
import { MAX_NUDGE_Y } from '@cb/shared/genogram/layout';
import { nextNudge } from './genogramDrawing.ts';

describe('nextNudge', () => {
  it('adds a drag to the stored nudge, starting from none', () => {
    expect(nextNudge(null, 12, -3)).toEqual({ dx: 12, dy: -3 });
    expect(nextNudge({ dx: 5, dy: 2 }, -20, 4)).toEqual({ dx: -15, dy: 6 });
  });

  it('keeps dy within what the layout shows, and dx free', () => {
    expect(nextNudge(null, 500, 500)).toEqual({ dx: 500, dy: MAX_NUDGE_Y });
    expect(nextNudge(null, 0, -500)).toEqual({ dx: 0, dy: -MAX_NUDGE_Y });
  });

  it('clamps the stored dy first, so a small drag back from the limit moves the person', () => {
    expect(nextNudge({ dx: 0, dy: MAX_NUDGE_Y + 100 }, 0, -4)).toEqual({ dx: 0, dy: MAX_NUDGE_Y - 4 });
  });

  it('rounds to a tenth of a unit', () => {
    expect(nextNudge({ dx: 0.1, dy: 0 }, 0.2, 1.234)).toEqual({ dx: 0.3, dy: 1.2 });
  });
});
