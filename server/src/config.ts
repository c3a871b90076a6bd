/**
 * Environment, validated once at boot. A bad value stops the process with a plain message
 * (see main.ts); nothing else reads process.env.
 */
import path from 'node:path';
import { z } from 'zod';

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
  DATABASE_URL: optionalString,
  REDIS_URL: optionalString,
});

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
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: string[] };

export function loadConfig(env: NodeJS.ProcessEnv, repoRoot: string): ConfigResult {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
  }
  const e = parsed.data;
  if (e.DATABASE_URL || e.REDIS_URL) {
    return {
      ok: false,
      problems: [
        'DATABASE_URL / REDIS_URL: scale-out mode is not available in this version; unset them to use the embedded store',
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
      publicUrl: e.CB_PUBLIC_URL?.replace(/\/+$/, ''),
      tldrawLicenseKey: e.CB_TLDRAW_LICENSE_KEY,
      demo: e.CB_DEMO === 'on',
      logLevel: e.LOG_LEVEL,
      clientDist: path.resolve(repoRoot, 'client/dist'),
      docIdleMs: 10_000,
      compactAfterUpdates: 500,
      pingIntervalMs: 30_000,
      snapshotIntervalMs: 30_000,
      retentionDays: e.CB_RETENTION_DAYS,
    },
  };
}
