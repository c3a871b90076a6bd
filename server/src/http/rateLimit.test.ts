import { describe, expect, it } from 'vitest';
import { memoryCounterStore } from './limitStores.ts';
import { JOIN_LIMITS, JoinLimiter, SIGN_IN_LIMITS, SignInLimiter, sourceOf } from './rateLimit.ts';

const ADMIN = 'admin@example.test';

async function fail(limiter: SignInLimiter, ip: string, email: string, times: number): Promise<void> {
  for (let i = 0; i < times; i++) await limiter.failed(ip, email);
}

describe('SignInLimiter', () => {
  it('limits the address and email pair, never the account alone', async () => {
    const limiter = new SignInLimiter(memoryCounterStore());
    await fail(limiter, '198.51.100.7', ADMIN, SIGN_IN_LIMITS.perPair - 1);
    expect((await limiter.check('198.51.100.7', ADMIN)).waitMs).toBe(0);
    await fail(limiter, '198.51.100.7', ADMIN, 1);
    const blocked = await limiter.check('198.51.100.7', ADMIN);
    expect(blocked.waitMs).toBeGreaterThan(14 * 60_000);
    expect(blocked.waitMs).toBeLessThanOrEqual(15 * 60_000);
    expect((await limiter.check('198.51.100.7', 'someone@example.test')).waitMs).toBe(0);
    await fail(limiter, '198.51.100.7', ADMIN, 100);
    expect(await limiter.check('198.51.100.8', ADMIN)).toEqual({ waitMs: 0, delayMs: 0 });
  });

  it('limits an address that sprays many accounts', async () => {
    const limiter = new SignInLimiter(memoryCounterStore());
    for (let i = 0; i < SIGN_IN_LIMITS.perAddress; i++)
      await limiter.failed('203.0.113.9', `u${i}@example.test`);
    expect((await limiter.check('203.0.113.9', 'fresh@example.test')).waitMs).toBeGreaterThan(0);
    expect((await limiter.check('203.0.113.10', 'fresh@example.test')).waitMs).toBe(0);
  });

  it('forgives the pair on success, but not the address', async () => {
    const limiter = new SignInLimiter(memoryCounterStore());
    await fail(limiter, '192.0.2.1', ADMIN, 7);
    await limiter.succeeded('192.0.2.1', ADMIN);
    await fail(limiter, '192.0.2.1', ADMIN, 7);
    expect((await limiter.check('192.0.2.1', ADMIN)).waitMs).toBe(0);
    await fail(limiter, '192.0.2.1', ADMIN, 1);
    expect((await limiter.check('192.0.2.1', ADMIN)).waitMs).toBeGreaterThan(0);

    const strict = new SignInLimiter(memoryCounterStore(), { ...SIGN_IN_LIMITS, perAddress: 10 });
    await fail(strict, '192.0.2.2', ADMIN, 7);
    await strict.succeeded('192.0.2.2', ADMIN);
    await fail(strict, '192.0.2.2', ADMIN, 3);
    expect((await strict.check('192.0.2.2', ADMIN)).waitMs).toBeGreaterThan(0);
  });

  it('above the ceiling across all sources, tightens and slows but never refuses a clean source', async () => {
    const limits = { ...SIGN_IN_LIMITS, strainedFrom: 20 };
    const limiter = new SignInLimiter(memoryCounterStore(), limits);
    for (let i = 0; i < 20; i++) await limiter.failed(`10.0.0.${i}`, ADMIN);
    expect(await limiter.check('10.0.1.1', ADMIN)).toEqual({ waitMs: 0, delayMs: limits.delayStepMs });
    await fail(limiter, '10.0.1.2', ADMIN, limits.strainedPerPair);
    expect((await limiter.check('10.0.1.2', ADMIN)).waitMs).toBeGreaterThan(0);
    for (let i = 0; i < 200; i++) await limiter.failed(`10.0.2.${i}`, ADMIN);
    expect((await limiter.check('10.0.1.1', ADMIN)).delayMs).toBe(limits.maxDelayMs);
    expect((await limiter.check('10.0.1.1', ADMIN)).waitMs).toBe(0);
  });
});

describe('JoinLimiter', () => {
  it('counts unknown tokens per address, tightening above the ceiling across all', async () => {
    const limiter = new JoinLimiter(memoryCounterStore(), { ...JOIN_LIMITS, strainedFrom: 40 });
    for (let i = 0; i < JOIN_LIMITS.perAddress; i++) await limiter.unknown('198.51.100.1');
    expect(await limiter.check('198.51.100.1')).toBeGreaterThan(9 * 60_000);
    expect(await limiter.check('198.51.100.2')).toBe(0);
    for (let i = 0; i < 20; i++) await limiter.unknown(`198.51.100.${10 + i}`);
    expect(await limiter.check('198.51.100.3')).toBe(0);
    for (let i = 0; i < JOIN_LIMITS.strainedPerAddress; i++) await limiter.unknown('198.51.100.3');
    expect(await limiter.check('198.51.100.3')).toBeGreaterThan(0);
  });
});

describe('sourceOf', () => {
  it('takes IPv4 as is, IPv4-mapped as IPv4, and IPv6 by its /64', () => {
    expect(sourceOf('192.0.2.4')).toBe('192.0.2.4');
    expect(sourceOf('::ffff:192.0.2.4')).toBe('192.0.2.4');
    expect(sourceOf('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(sourceOf('2001:db8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
    expect(sourceOf('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(sourceOf('::1')).toBe('0:0:0:0::/64');
    expect(sourceOf(undefined)).toBe('unknown');
  });
});
