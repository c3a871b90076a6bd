/**
 * The two CounterStores behind the sign-in and link limits (rateLimit.ts), on rate-limiter-flexible:
 * in this process (RateLimiterMemory, the default), or in Redis when REDIS_URL is set, so that
 * restarts and several processes share one count (RateLimiterRedis on ioredis).
 *
 * Redis must answer at start, or the server does not start (a plain message). If it stops
 * answering later, each counter falls back to an in-process count (rate-limiter-flexible's
 * insuranceLimiter) until it is back, so sign-in keeps working and stays limited.
 */
import { Redis } from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  type RateLimiterAbstract,
  type RateLimiterRes,
} from 'rate-limiter-flexible';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import {
  JoinLimiter,
  SignInLimiter,
  type Count,
  type CounterStore,
  type FailureCounter,
} from './rateLimit.ts';

/** A problem at start that the person running the server can fix; its message is plain words. */
export class StartupProblem extends Error {}

const toCount = (res: RateLimiterRes | null): Count => ({
  count: res?.consumedPoints ?? 0,
  resetInMs: Math.max(0, res?.msBeforeNext ?? 0),
});

/** Limits are decided by the policies in rateLimit.ts from the count; `points` is not used. */
class FlexibleCounter implements FailureCounter {
  constructor(private readonly limiter: RateLimiterAbstract) {}
  async get(key: string): Promise<Count> {
    return toCount(await this.limiter.get(key));
  }
  async add(key: string): Promise<Count> {
    return toCount(await this.limiter.penalty(key, 1));
  }
  async reset(key: string): Promise<void> {
    await this.limiter.delete(key);
  }
}

const memoryLimiter = (keyPrefix: string, duration: number) =>
  new RateLimiterMemory({ keyPrefix, points: 1, duration });

export function memoryCounterStore(): CounterStore {
  return {
    counter: (name, windowSeconds) => new FlexibleCounter(memoryLimiter(name, windowSeconds)),
    close: async () => {},
  };
}

/** Connects to Redis and checks that it answers; throws StartupProblem when it does not. */
export async function redisCounterStore(url: string, prefix: string, log: Logger): Promise<CounterStore> {
  const client = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    connectTimeout: 3000,
    commandTimeout: 1000,
    maxRetriesPerRequest: 1,
  });
  let answering = true;
  // The URL may hold a password: only the error's code is logged.
  client.on('error', (err: NodeJS.ErrnoException) => {
    if (!answering) return;
    answering = false;
    log.warn({ code: err.code ?? 'unknown' }, 'Redis is not answering; limits are counted in this process');
  });
  client.on('ready', () => {
    if (answering) return;
    answering = true;
    log.info('Redis is answering again; limits are shared');
  });
  try {
    await client.connect();
    await client.ping();
  } catch {
    client.disconnect();
    throw new StartupProblem(
      'REDIS_URL: Redis did not answer. Check that it is running and that the address is right, or unset REDIS_URL to count sign-in and link limits in this process only.',
    );
  }
  return {
    counter: (name, windowSeconds) =>
      new FlexibleCounter(
        new RateLimiterRedis({
          storeClient: client,
          keyPrefix: `${prefix}${name}`,
          points: 1,
          duration: windowSeconds,
          rejectIfRedisNotReady: true,
          insuranceLimiter: memoryLimiter(`${prefix}${name}`, windowSeconds),
        }),
      ),
    close: async () => {
      await client.quit().catch(() => client.disconnect());
    },
  };
}

/** The limits every route shares, built once in app.ts. */
export interface Limits {
  signIn: SignInLimiter;
  join: JoinLimiter;
  close(): Promise<void>;
}

export async function openLimits(config: Config, log: Logger): Promise<Limits> {
  const store = config.redisUrl
    ? await redisCounterStore(config.redisUrl, config.redisPrefix, log)
    : memoryCounterStore();
  return { signIn: new SignInLimiter(store), join: new JoinLimiter(store), close: () => store.close() };
}
