import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';

describe('loadConfig', () => {
  it('works with no settings at all (demo mode)', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, host: '127.0.0.1', province: 'ha-tinh', redisUrl: '', redisPrefix: 'dvc:' });
    expect(config.telegram).toEqual({ token: '', webhookSecret: '', apiRoot: 'https://api.telegram.org', publicUrl: '' });
  });
  it.each([
    [{ PORT: 'abc' }, /PORT="abc"/],
    [{ REDIS_URL: 'localhost:6379' }, /REDIS_URL/],
    [{ PUBLIC_URL: 'http://bot.example.gov.vn' }, /https/],
    [{ TELEGRAM_WEBHOOK_SECRET: 'has spaces' }, /TELEGRAM_WEBHOOK_SECRET/],
    [{ TELEGRAM_BOT_TOKEN: '1:x', PUBLIC_URL: 'https://bot.example.gov.vn' }, /TELEGRAM_WEBHOOK_SECRET is required/],
  ])('refuses %o with a message and a hint', (env, message) => {
    expect(() => loadConfig(env)).toThrowError(message);
    try {
      loadConfig(env);
    } catch (error) {
      expect((error as { code: string; hint: string }).code).toBe('CONFIG_INVALID');
      expect((error as { hint: string }).hint.length).toBeGreaterThan(0);
    }
  });
  it('trims a trailing slash from URLs', () => {
    expect(loadConfig({ TELEGRAM_API_ROOT: 'http://127.0.0.1:9/', PUBLIC_URL: 'https://a.gov.vn/' }).telegram).toMatchObject({ apiRoot: 'http://127.0.0.1:9', publicUrl: 'https://a.gov.vn' });
  });
});
