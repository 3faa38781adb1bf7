import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TelegramChannel } from '../../src/channels/telegram/channel.js';
import { createHttpApp } from '../../src/http/app.js';
import { RedisStore } from '../../src/store/redis-store.js';
import { coreWith } from '../helpers/core.js';
import { ownRedisServer } from '../helpers/redis-server.js';
import { waitFor } from '../helpers/net.js';
import { listen } from '../helpers/server.js';
import { startFakeTelegram, updates } from '../fakes/telegram-api.js';

const TOKEN = '654321:RESILIENCE-token';
const SECRET = 'resilience-secret';

describe('Telegram when Redis stops and comes back', () => {
  let redisServer: Awaited<ReturnType<typeof ownRedisServer>>;
  let store: RedisStore;
  let fake: Awaited<ReturnType<typeof startFakeTelegram>>;
  let server: Awaited<ReturnType<typeof listen>>;

  beforeAll(async () => {
    redisServer = await ownRedisServer();
    store = new RedisStore(redisServer.url);
    await store.connected();
    fake = await startFakeTelegram(TOKEN);
    const core = coreWith(store, 'resilience:');
    const channel = new TelegramChannel(core, { token: TOKEN, apiRoot: fake.apiRoot, webhookSecret: SECRET, publicUrl: 'https://dvc.example.gov.vn' });
    await channel.start();
    server = await listen(createHttpApp(core, [channel.webhookRouter()]));
  });
  afterAll(async () => {
    await server?.close();
    await fake?.close();
    await store?.close();
    await redisServer?.stop();
  });

  const deliver = (update: unknown) =>
    fetch(`${server.url}/webhooks/telegram`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Telegram-Bot-Api-Secret-Token': SECRET }, body: JSON.stringify(update) });

  it('answers 503 while Redis is down, then replies exactly once to the redelivery', async () => {
    expect((await deliver(updates.text(3001, 'xin chào'))).status).toBe(200);

    await redisServer.stop();
    const update = updates.text(3002, 'dang ky tam tru');
    const down = await deliver(update);
    expect(down.status).toBe(503);
    expect(((await down.json()) as { error: { code: string } }).error.code).toBe('STORE_UNAVAILABLE');
    expect(fake.callsTo('sendMessage').filter((c) => c.body.chat_id === 3002)).toEqual([]);

    await redisServer.start();
    await waitFor(async () => store.ping().then(() => true, () => false));
    for (let i = 0; i < 3; i++) expect((await deliver(update)).status).toBe(200);
    const replies = fake.callsTo('sendMessage').filter((c) => c.body.chat_id === 3002);
    expect(replies.length).toBe(1);
    expect(replies[0]!.body.text).toContain('Đăng ký tạm trú');
  });
});

describe('Telegram long polling', () => {
  it('deletes any webhook, polls for updates and answers each once', async () => {
    const redisServer = await ownRedisServer();
    const store = new RedisStore(redisServer.url);
    await store.connected();
    const fake = await startFakeTelegram(TOKEN);
    const channel = new TelegramChannel(coreWith(store, 'polling:'), { token: TOKEN, apiRoot: fake.apiRoot, webhookSecret: '', publicUrl: '', pollTimeoutSeconds: 1 });
    try {
      await channel.start();
      expect(fake.callsTo('deleteWebhook').length).toBe(1);
      expect(fake.callsTo('setWebhook')).toEqual([]);
      fake.queueUpdate(updates.text(4001, 'dang ky khai tu'));
      fake.queueUpdate(updates.callback(4001, 'lang:en'));
      await waitFor(() => fake.callsTo('answerCallbackQuery').length === 1);
      const texts = fake.callsTo('sendMessage').map((c) => String(c.body.text));
      expect(texts[0]).toContain('Thủ tục đăng ký khai tử');
      expect(texts[1]).toContain('I will answer in English');
      // Redis down while polling: the update waits, then is answered once Redis is back.
      await redisServer.stop();
      fake.queueUpdate(updates.text(4001, 'dang ky tam tru'));
      await new Promise((r) => setTimeout(r, 600));
      expect(fake.callsTo('sendMessage').length).toBe(2);
      await redisServer.start();
      await waitFor(() => fake.callsTo('sendMessage').length === 3);
      // This Redis keeps nothing on disk, so the restarted one forgot the session: the answer is in Vietnamese again.
      expect(String(fake.callsTo('sendMessage')[2]!.body.text)).toContain('Đăng ký tạm trú');
      await new Promise((r) => setTimeout(r, 300));
      expect(fake.callsTo('sendMessage').length).toBe(3);
    } finally {
      await channel.stop();
      await fake.close();
      await store.close();
      await redisServer.stop();
    }
  });
});
