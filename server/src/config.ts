/**
 * Environment, validated once at boot. A bad value stops the process with a plain message
 * (see main.ts); nothing else reads process.env.
 */
import fs from 'node:fs';
import os from 'node:os';
import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_PROCEDURES, readProcedures, type Procedures } from '@cb/shared/procedures';

const optionalString = z
  .string()
  .trim()
  .transform((s) => (s === '' ? undefined : s))
  .optional();

const envSchema = z.object({
  PORT: z.coerce
    .number()
    .int()
    .min(0, 'PORT must be 0–65535')
    .max(65535, 'PORT must be 0–65535')
    .default(8080),
  HOST: z.string().trim().min(1).default('0.0.0.0'),
  CB_DATA_DIR: z.string().trim().min(1).default('./data'),
  CB_ADMIN_EMAIL: z
    .email('CB_ADMIN_EMAIL must be an email address')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  CB_ADMIN_PASSWORD: optionalString.pipe(
    z.string().min(12, 'CB_ADMIN_PASSWORD must be at least 12 characters').optional(),
  ),
  CB_DATA_KEY: optionalString.pipe(
    z
      .string()
      .refine(
        (s) => /^[0-9a-fA-F]{64}$/.test(s) || Buffer.from(s, 'base64').length === 32,
        'CB_DATA_KEY must be 32 bytes, as 64 hex digits or base64',
      )
      .optional(),
  ),
  CB_PUBLIC_URL: optionalString.pipe(
    z.url('CB_PUBLIC_URL must be a URL such as https://board.example.org').optional(),
  ),
  CB_TLDRAW_LICENSE_KEY: optionalString,
  CB_DEMO: z.enum(['on', 'off']).default('on'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CB_RETENTION_DAYS: optionalString.pipe(
    z
      .string()
      .regex(/^[1-9][0-9]{0,5}$/, 'CB_RETENTION_DAYS must be a whole number of days, at least 1')
      .transform(Number)
      .optional(),
  ),
  CB_EXPORT_WORKERS: optionalString.pipe(
    z
      .string()
      .regex(/^([1-9]|1[0-6])$/, 'CB_EXPORT_WORKERS must be a whole number from 1 to 16')
      .transform(Number)
      .optional(),
  ),
  DATABASE_URL: optionalString,
  REDIS_URL: optionalString.pipe(
    z
      .string()
      .regex(/^rediss?:\/\/\S+$/, 'REDIS_URL must be a URL such as redis://127.0.0.1:6379')
      .optional(),
  ),
  CB_REDIS_PREFIX: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9:_.-]{1,64}$/, 'CB_REDIS_PREFIX must be 1–64 letters, digits or : _ . -, such as cb:')
    .default('cb:'),
  CB_TRUST_PROXY: optionalString.pipe(
    z
      .string()
      .transform((s, ctx) => {
        const value = parseTrustProxy(s);
        if (value === null) {
          ctx.addIssue({
            code: 'custom',
            message:
              'CB_TRUST_PROXY must be true, false, a number of proxies, or a comma list of proxy addresses or subnets such as 10.0.0.0/8',
          });
          return z.NEVER;
        }
        return value;
      })
      .optional(),
  ),
  NODE_ENV: optionalString,
  /** The authority's local procedures (timescales), a JSON file: docs/procedures.md. */
  CB_PROCEDURES_FILE: optionalString,
  /** Benchmark reference only (gives up durability): see Config.benchBroadcastFirst. */
  CB_BENCH_BROADCAST_FIRST: z.enum(['0', '1']).optional(),
});

/** What Express's 'trust proxy' setting is given: false uses the socket address. */
export type TrustProxy = boolean | number | string[];

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isAddressOrSubnet(entry: string): boolean {
  if (PROXY_NAMES.has(entry)) return true;
  const [address = '', bits, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  const max = family === 4 ? 32 : 128;
  return /^[0-9]{1,3}$/.test(bits) && Number(bits) <= max;
}

/** CB_TRUST_PROXY as Express accepts it, or null when it is not a value we understand. */
export function parseTrustProxy(raw: string): TrustProxy | null {
  const s = raw.trim().toLowerCase();
  if (s === '' || s === 'false') return false;
  if (s === 'true') return true;
  if (/^[0-9]{1,2}$/.test(s)) return Number(s);
  const entries = s.split(',').map((e) => e.trim());
  return entries.every(isAddressOrSubnet) ? entries : null;
}

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  dataKey: string | undefined;
  publicUrl: string | undefined;
  tldrawLicenseKey: string | undefined;
  demo: boolean;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  /** Which proxies may say who the client is (X-Forwarded-For); false: nobody. */
  trustProxy: TrustProxy;
  /** Shared store for the sign-in and link limits only; undefined: counted in this process. */
  redisUrl: string | undefined;
  /** Prefix of every key written to Redis. */
  redisPrefix: string;
  /** Where the built client lives; served when present. */
  clientDist: string;
  /** How long a document nobody holds stays in memory before it is unloaded (ms). */
  docIdleMs: number;
  /** Stored updates per document before it is compacted into one (count). */
  compactAfterUpdates: number;
  /** How often sync sockets are pinged; a socket that missed the last pong is dropped (ms). */
  pingIntervalMs: number;
  /** The shortest time between two periodic snapshots of one conference's changing board (ms). */
  snapshotIntervalMs: number;
  /** Closed conferences' records are purged this many days after closing; undefined: never. */
  retentionDays: number | undefined;
  /** Worker threads that render exports (PDF, Word, HTML, JSON) off the event loop. */
  exportWorkers: number;
  /**
   * BENCHMARK REFERENCE ONLY, never for real use: broadcast an accepted update before it is stored
   * (CB_BENCH_BROADCAST_FIRST=1), which gives up "nothing unstored is broadcast". `npm run
   * bench:sync` runs it beside the normal server to show what waiting for the disk costs. Refused
   * when NODE_ENV=production.
   */
  benchBroadcastFirst: boolean;
  /** The authority's timescales (CB_PROCEDURES_FILE), or the guidance's. */
  procedures: Procedures;
  proceduresFrom: 'file' | 'defaults';
}

/** CB_PROCEDURES_FILE read and checked; the problems name the file and the setting. */
function proceduresFrom(
  file: string | undefined,
  repoRoot: string,
): { ok: true; procedures: Procedures } | { ok: false; problems: string[] } {
  if (!file) return { ok: true, procedures: DEFAULT_PROCEDURES };
  let text: string;
  try {
    text = fs.readFileSync(path.resolve(repoRoot, file), 'utf8');
  } catch {
    return { ok: false, problems: [`CB_PROCEDURES_FILE: cannot read ${file}`] };
  }
  const read = readProcedures(text);
  return read.ok
    ? read
    : { ok: false, problems: read.problems.map((p) => `CB_PROCEDURES_FILE (${file}): ${p}`) };
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: string[] };

export function loadConfig(env: NodeJS.ProcessEnv, repoRoot: string): ConfigResult {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
  }
  const e = parsed.data;
  if (e.DATABASE_URL) {
    return {
      ok: false,
      problems: [
        'DATABASE_URL: scale-out mode is not available in this version; unset it to use the embedded store',
      ],
    };
  }
  if (e.CB_BENCH_BROADCAST_FIRST === '1' && e.NODE_ENV === 'production') {
    return {
      ok: false,
      problems: [
        'CB_BENCH_BROADCAST_FIRST: this benchmark switch gives up durability and is refused when NODE_ENV=production; unset it',
      ],
    };
  }
  const procedures = proceduresFrom(e.CB_PROCEDURES_FILE, repoRoot);
  if (!procedures.ok) return procedures;
  const publicUrl = e.CB_PUBLIC_URL?.replace(/\/+$/, '');
  if (e.NODE_ENV === 'production' && publicUrl?.startsWith('https://') && !e.CB_DATA_KEY) {
    return {
      ok: false,
      problems: [
        "CB_DATA_KEY: a production server (NODE_ENV=production with an https CB_PUBLIC_URL) needs its data key from the environment, kept apart from the data folder. Set CB_DATA_KEY to 32 random bytes in base64 (e.g. from `openssl rand -base64 32`); if this install already has a data.key file in its data folder, use that file's contents instead, or the existing data cannot be read",
      ],
    };
  }
  return {
    ok: true,
    config: {
      port: e.PORT,
      host: e.HOST,
      dataDir: path.resolve(repoRoot, e.CB_DATA_DIR),
      adminEmail: e.CB_ADMIN_EMAIL?.toLowerCase(),
      adminPassword: e.CB_ADMIN_PASSWORD,
      dataKey: e.CB_DATA_KEY,
      publicUrl,
      tldrawLicenseKey: e.CB_TLDRAW_LICENSE_KEY,
      demo: e.CB_DEMO === 'on',
      logLevel: e.LOG_LEVEL,
      trustProxy: e.CB_TRUST_PROXY ?? false,
      redisUrl: e.REDIS_URL,
      redisPrefix: e.CB_REDIS_PREFIX,
      clientDist: path.resolve(repoRoot, 'client/dist'),
      docIdleMs: 10_000,
      compactAfterUpdates: 500,
      pingIntervalMs: 30_000,
      snapshotIntervalMs: 30_000,
      retentionDays: e.CB_RETENTION_DAYS,
      // One core is left for the event loop (sync, control, the API).
      exportWorkers: e.CB_EXPORT_WORKERS ?? Math.min(4, Math.max(1, os.availableParallelism() - 1)),
      benchBroadcastFirst: e.CB_BENCH_BROADCAST_FIRST === '1',
      procedures: procedures.procedures,
      proceduresFrom: e.CB_PROCEDURES_FILE ? 'file' : 'defaults',
    },
  };
}
