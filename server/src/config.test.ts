import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('uses the contract defaults', () => {
    const result = loadConfig({}, '/repo');
    expect(result.ok && result.config.port).toBe(8080);
    expect(result.ok && result.config.dataDir).toBe('/repo/data');
  });

  it('explains every bad value in plain words', () => {
    const result = loadConfig(
      { PORT: 'eighty', CB_ADMIN_PASSWORD: 'short', CB_DATA_KEY: 'xyz', CB_PUBLIC_URL: 'not a url' },
      '/repo',
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.join('\n')).toMatch(/PORT/);
      expect(result.problems.join('\n')).toMatch(/CB_ADMIN_PASSWORD must be at least 12 characters/);
      expect(result.problems.join('\n')).toMatch(/CB_DATA_KEY must be 32 bytes/);
      expect(result.problems.join('\n')).toMatch(/CB_PUBLIC_URL must be a URL/);
    }
  });

  it('reads the local procedures file, or says what is wrong with it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cb-procedures-'));
    try {
      expect(loadConfig({}, dir)).toMatchObject({ ok: true, config: { proceduresFrom: 'defaults' } });
      fs.writeFileSync(path.join(dir, 'good.json'), '{"planSentWithinWorkingDays": 2}');
      const good = loadConfig({ CB_PROCEDURES_FILE: 'good.json' }, dir);
      expect(good.ok && good.config.procedures.planSentWithinWorkingDays).toBe(2);
      expect(good.ok && good.config.proceduresFrom).toBe('file');
      fs.writeFileSync(path.join(dir, 'bad.json'), '{"planSentWithinWorkingDays": "two"}');
      const bad = loadConfig({ CB_PROCEDURES_FILE: 'bad.json' }, dir);
      expect(!bad.ok && bad.problems[0]).toMatch(
        /^CB_PROCEDURES_FILE \(bad.json\): planSentWithinWorkingDays: /,
      );
      const missing = loadConfig({ CB_PROCEDURES_FILE: 'missing.json' }, dir);
      expect(!missing.ok && missing.problems).toEqual(['CB_PROCEDURES_FILE: cannot read missing.json']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('treats empty values as unset', () => {
    const result = loadConfig({ CB_ADMIN_PASSWORD: '', CB_DATA_KEY: '', CB_PUBLIC_URL: '' }, '/repo');
    expect(result.ok).toBe(true);
  });

  it('purges nothing unless CB_RETENTION_DAYS is a whole number of days', () => {
    const unset = loadConfig({ CB_RETENTION_DAYS: '' }, '/repo');
    expect(unset.ok && unset.config.retentionDays).toBeUndefined();
    const set = loadConfig({ CB_RETENTION_DAYS: '2555' }, '/repo');
    expect(set.ok && set.config.retentionDays).toBe(2555);
    for (const bad of ['0', '-3', '1.5', 'seven']) {
      const result = loadConfig({ CB_RETENTION_DAYS: bad }, '/repo');
      expect(!result.ok && result.problems.join('\n')).toMatch(/CB_RETENTION_DAYS must be a whole number/);
    }
  });

  it('renders exports on at least one worker, and takes CB_EXPORT_WORKERS from 1 to 16', () => {
    const unset = loadConfig({}, '/repo');
    expect(unset.ok && unset.config.exportWorkers).toBeGreaterThanOrEqual(1);
    const set = loadConfig({ CB_EXPORT_WORKERS: '3' }, '/repo');
    expect(set.ok && set.config.exportWorkers).toBe(3);
    for (const bad of ['0', '17', '2.5', 'many']) {
      const result = loadConfig({ CB_EXPORT_WORKERS: bad }, '/repo');
      expect(!result.ok && result.problems.join('\n')).toMatch(
        /CB_EXPORT_WORKERS must be a whole number from 1 to 16/,
      );
    }
  });

  it('reads CB_TRUST_PROXY as Express accepts it, and refuses anything else', () => {
    const trust = (v: string) => {
      const r = loadConfig({ CB_TRUST_PROXY: v }, '/repo');
      return r.ok ? r.config.trustProxy : r.problems.join('\n');
    };
    const unset = loadConfig({}, '/repo');
    expect(unset.ok && unset.config.trustProxy).toBe(false);
    expect(trust('')).toBe(false);
    expect(trust('false')).toBe(false);
    expect(trust('true')).toBe(true);
    expect(trust('2')).toBe(2);
    expect(trust('127.0.0.0/8')).toEqual(['127.0.0.0/8']);
    expect(trust(' 10.0.0.1, fd00::/8 ,loopback')).toEqual(['10.0.0.1', 'fd00::/8', 'loopback']);
    for (const bad of ['yes', '10.0.0.0/33', '300.1.1.1', '10.0.0.1,', 'proxy.example.org', '1/2/3']) {
      expect(trust(bad)).toMatch(/CB_TRUST_PROXY must be true, false, a number of proxies/);
    }
  });

  it('accepts REDIS_URL alone (for the limits) with a key prefix, and still refuses DATABASE_URL', () => {
    const redis = loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379' }, '/repo');
    expect(redis.ok && redis.config.redisUrl).toBe('redis://127.0.0.1:6379');
    expect(redis.ok && redis.config.redisPrefix).toBe('cb:');
    const prefixed = loadConfig(
      { REDIS_URL: 'rediss://cache.example.test:6380', CB_REDIS_PREFIX: 'council-a:' },
      '/repo',
    );
    expect(prefixed.ok && prefixed.config.redisPrefix).toBe('council-a:');
    const bad = loadConfig({ REDIS_URL: 'http://127.0.0.1:6379', CB_REDIS_PREFIX: 'has space' }, '/repo');
    expect(!bad.ok && bad.problems.join('\n')).toMatch(/REDIS_URL must be a URL such as redis:/);
    expect(!bad.ok && bad.problems.join('\n')).toMatch(/CB_REDIS_PREFIX must be/);
    const db = loadConfig(
      { DATABASE_URL: 'postgres://127.0.0.1/cb', REDIS_URL: 'redis://127.0.0.1:6379' },
      '/repo',
    );
    expect(!db.ok && db.problems.join('\n')).toMatch(/DATABASE_URL: scale-out mode is not available/);
  });

  it('refuses production on https without CB_DATA_KEY, and says so without the key', () => {
    const production = { NODE_ENV: 'production', CB_PUBLIC_URL: 'https://board.example.test' };
    const refused = loadConfig(production, '/repo');
    expect(!refused.ok && refused.problems.join('\n')).toMatch(/CB_DATA_KEY: a production server/);
    const key = Buffer.alloc(32, 7).toString('base64');
    const withKey = loadConfig({ ...production, CB_DATA_KEY: key }, '/repo');
    expect(withKey.ok).toBe(true);
    expect(JSON.stringify(refused)).not.toContain(key);
    expect(loadConfig({ ...production, CB_PUBLIC_URL: 'http://localhost:8080' }, '/repo').ok).toBe(true);
    expect(loadConfig({ CB_PUBLIC_URL: 'https://board.example.test' }, '/repo').ok).toBe(true);
  });

  it('takes the broadcast-first benchmark switch only outside production', () => {
    const off = loadConfig({}, '/repo');
    expect(off.ok && off.config.benchBroadcastFirst).toBe(false);
    const on = loadConfig({ CB_BENCH_BROADCAST_FIRST: '1' }, '/repo');
    expect(on.ok && on.config.benchBroadcastFirst).toBe(true);
    const production = loadConfig({ CB_BENCH_BROADCAST_FIRST: '1', NODE_ENV: 'production' }, '/repo');
    expect(!production.ok && production.problems.join('\n')).toMatch(/CB_BENCH_BROADCAST_FIRST: .*refused/);
    expect(loadConfig({ CB_BENCH_BROADCAST_FIRST: 'yes' }, '/repo').ok).toBe(false);
  });
});
