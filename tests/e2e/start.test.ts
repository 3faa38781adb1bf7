import { spawn, type ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeTelegram, updates } from '../fakes/telegram-api.js';
import { freePort, waitFor } from '../helpers/net.js';
import { REDIS_URL, testRedis } from '../helpers/redis.js';

/** The service as `npm start` runs it (from source, to skip the build), with only the given settings. */
function startService(env: Record<string, string>): { child: ChildProcess; output: () => string } {
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

let running: ChildProcess | null = null;
afterEach(() => {
  running?.kill('SIGTERM');
  running = null;
});

describe('starting the service', () => {
  it('runs with no settings in demo mode, saying so, and serves the web chat', async () => {
    const port = await freePort();
    const service = startService({ PORT: String(port) });
    running = service.child;
    await waitFor(() => service.output().includes('listening'), 20_000, service.output);
    expect(service.output()).toMatch(/DEMO MODE/);
    const page = await fetch(`http://127.0.0.1:${port}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Hỏi đáp thủ tục hành chính');
  });

  it('stops with a clear message on a bad setting', async () => {
    const service = startService({ PROVINCE: 'atlantis' });
    const code = await new Promise<number | null>((resolve) => service.child.once('exit', resolve));
    expect(code).toBe(1);
    expect(service.output()).toMatch(/CONFIG_INVALID: PROVINCE="atlantis" has no profile[\s\S]*hint: Use one of: cao-bang, ha-tinh, vinh-long/);
  });

  it('answers Telegram by long polling with Redis when configured', async () => {
    const token = '42:E2E-token';
    const fake = await startFakeTelegram(token);
    const redis = await testRedis();
    try {
      const update = updates.text(9001, 'dang ky khai tu');
      fake.queueUpdate(update);
      const service = startService({ PORT: String(await freePort()), REDIS_URL, REDIS_PREFIX: redis.prefix, TELEGRAM_BOT_TOKEN: token, TELEGRAM_API_ROOT: fake.apiRoot });
      running = service.child;
      await waitFor(() => fake.callsTo('sendMessage').length > 0, 20_000, service.output);
      expect(String(fake.callsTo('sendMessage')[0]!.body.text)).toContain('Thủ tục đăng ký khai tử');
      expect(service.output()).not.toMatch(/DEMO MODE/);
      const key = `${redis.prefix}delivery:telegram:${update.update_id}`;
      await waitFor(async () => (await redis.store.get(key)) === 'done', 5000);
      expect(await redis.store.get(key)).toBe('done');
    } finally {
      running?.kill('SIGTERM');
      await fake.close();
      await redis.cleanup();
    }
  });
});
