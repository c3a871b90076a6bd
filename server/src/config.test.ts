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
});
