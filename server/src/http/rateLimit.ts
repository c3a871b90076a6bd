/**
 * Failure limits for staff sign-in and for opening links. Only failures count, and always against
 * the SOURCE that made them (an address, or an address with an email), never against an account
 * alone, so nobody can lock someone else out. A ceiling across all sources tightens the per-source
 * limits and slows sign-in; it never refuses a source that has not failed. The counts live behind
 * the CounterStore port: in this process by default, or shared through Redis (limitStores.ts).
 */
import { isIP } from 'node:net';
import { sha256Hex } from '../crypto.ts';

export interface Count {
  /** Failures in the current window. */
  count: number;
  /** Milliseconds until the window ends (0 when nothing is counted). */
  resetInMs: number;
}

/** Failures per key in a fixed window that starts with the key's first failure. */
export interface FailureCounter {
  get(key: string): Promise<Count>;
  add(key: string): Promise<Count>;
  reset(key: string): Promise<void>;
}

/** Where counts are kept. `name` keeps counters apart; it is part of every stored key. */
export interface CounterStore {
  counter(name: string, windowSeconds: number): FailureCounter;
  close(): Promise<void>;
}

export const SIGN_IN_LIMITS = {
  windowSeconds: 15 * 60,
  /** Failures per address and email (one person guessing one account). */
  perPair: 8,
  /** Failures per address, whatever the email (spraying many accounts). */
  perAddress: 40,
  /** Failures from all sources at which the limits below apply and every attempt is slowed. */
  strainedFrom: 500,
  strainedPerPair: 3,
  strainedPerAddress: 20,
  /** While strained, each attempt waits this long per `strainedFrom` failures, at most maxDelayMs. */
  delayStepMs: 500,
  maxDelayMs: 3000,
};

export const JOIN_LIMITS = {
  windowSeconds: 10 * 60,
  /** Unknown link tokens per address. Valid links never count, so a family can join together. */
  perAddress: 20,
  /** Unknown tokens from all sources at which each address is allowed only strainedPerAddress. */
  strainedFrom: 600,
  strainedPerAddress: 3,
};

/**
 * The source an address stands for: IPv4 as is (also when IPv4-mapped), IPv6 by its /64, since
 * one home or office line is usually given a whole /64.
 */
export function sourceOf(ip: string | undefined): string {
  if (!ip) return 'unknown';
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip);
  if (mapped?.[1]) return mapped[1];
  if (isIP(ip) !== 6) return ip;
  const halves = (ip.split('%')[0] ?? ip).toLowerCase().split('::');
  const left = halves[0] ? halves[0].split(':') : [];
  const right = halves.length > 1 && halves[1] ? halves[1].split(':') : [];
  const groups =
    halves.length > 1
      ? [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right]
      : left;
  return `${groups
    .slice(0, 4)
    .map((g) => parseInt(g, 16).toString(16))
    .join(':')}::/64`;
}

/** Stored keys are hashes: no address or email is written to a shared store in the clear. */
const keyOf = (...parts: string[]): string => sha256Hex(parts.join('\n')).slice(0, 32);

export interface SignInVerdict {
  /** Above 0: refuse (429) and say when to try again. */
  waitMs: number;
  /** Above 0: hold the attempt this long before checking the password. */
  delayMs: number;
}

export class SignInLimiter {
  private readonly pair: FailureCounter;
  private readonly address: FailureCounter;
  private readonly all: FailureCounter;

  constructor(
    store: CounterStore,
    private readonly limits: typeof SIGN_IN_LIMITS = SIGN_IN_LIMITS,
  ) {
    this.pair = store.counter('signin-pair', limits.windowSeconds);
    this.address = store.counter('signin-address', limits.windowSeconds);
    this.all = store.counter('signin-all', limits.windowSeconds);
  }

  async check(ip: string | undefined, email: string): Promise<SignInVerdict> {
    const source = sourceOf(ip);
    const [pair, address, all] = await Promise.all([
      this.pair.get(keyOf(source, email)),
      this.address.get(keyOf(source)),
      this.all.get('all'),
    ]);
    const l = this.limits;
    const strained = all.count >= l.strainedFrom;
    let waitMs = 0;
    if (pair.count >= (strained ? l.strainedPerPair : l.perPair)) waitMs = pair.resetInMs;
    if (address.count >= (strained ? l.strainedPerAddress : l.perAddress))
      waitMs = Math.max(waitMs, address.resetInMs);
    const delayMs = strained
      ? Math.min(l.maxDelayMs, l.delayStepMs * Math.floor(all.count / l.strainedFrom))
      : 0;
    return { waitMs: waitMs > 0 ? Math.max(1000, waitMs) : 0, delayMs };
  }

  async failed(ip: string | undefined, email: string): Promise<void> {
    const source = sourceOf(ip);
    await Promise.all([
      this.pair.add(keyOf(source, email)),
      this.address.add(keyOf(source)),
      this.all.add('all'),
    ]);
  }

  /** The right password forgives that address and email; the address's count stays. */
  async succeeded(ip: string | undefined, email: string): Promise<void> {
    await this.pair.reset(keyOf(sourceOf(ip), email));
  }
}

export class JoinLimiter {
  private readonly address: FailureCounter;
  private readonly all: FailureCounter;

  constructor(
    store: CounterStore,
    private readonly limits: typeof JOIN_LIMITS = JOIN_LIMITS,
  ) {
    this.address = store.counter('join-address', limits.windowSeconds);
    this.all = store.counter('join-all', limits.windowSeconds);
  }

  /** Milliseconds until this address may open links again; 0: now. */
  async check(ip: string | undefined): Promise<number> {
    const [address, all] = await Promise.all([this.address.get(keyOf(sourceOf(ip))), this.all.get('all')]);
    const max =
      all.count >= this.limits.strainedFrom ? this.limits.strainedPerAddress : this.limits.perAddress;
    return address.count >= max ? Math.max(1000, address.resetInMs) : 0;
  }

  /** A token that matched no link was tried. */
  async unknown(ip: string | undefined): Promise<void> {
    await Promise.all([this.address.add(keyOf(sourceOf(ip))), this.all.add('all')]);
  }
}
