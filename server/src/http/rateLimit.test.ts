import { describe, expect, it } from 'vitest';
import { FailureLimiter } from './rateLimit.ts';

describe('FailureLimiter', () => {
  it('blocks after the limit until the window ends, and forgives on success', () => {
    let now = 0;
    const limiter = new FailureLimiter(3, 1000, () => now);
    for (let i = 0; i < 3; i++) {
      expect(limiter.blockedFor('k')).toBe(0);
      limiter.fail('k');
    }
    expect(limiter.blockedFor('k')).toBe(1000);
    now = 400;
    expect(limiter.blockedFor('k')).toBe(600);
    expect(limiter.blockedFor('other')).toBe(0);
    now = 1000;
    expect(limiter.blockedFor('k')).toBe(0);
    limiter.fail('k');
    limiter.succeed('k');
    expect(limiter.blockedFor('k')).toBe(0);
  });
});
