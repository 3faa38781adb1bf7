import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TelegramChannel } from '../../src/channels/telegram/channel.js';
import { createHttpApp } from '../../src/http/app.js';
import type { Core } from '../../src/app.js';
import { coreWith } from '../helpers/core.js';
import { testRedis } from '../helpers/redis.js';
import { listen } from '../helpers/server.js';
import { startFakeTelegram, updates } from '../fakes/telegram-api.js';

const TOKEN = '123456:TEST-token_for_fake';
const SECRET = 'test-webhook-secret_42';

let fake: Awaited<ReturnType<typeof startFakeTelegram>>;
let redis: Awaited<ReturnType<typeof testRedis>>;
let core: Core;
let channel: TelegramChannel;
let server: Awaited<ReturnType<typeof listen>>;

beforeAll(async () => {
  fake = await startFakeTelegram(TOKEN);
  redis = await testRedis();
  core = coreWith(redis.store, redis.prefix);
  channel = new TelegramChannel(core, { token: TOKEN, apiRoot: fake.apiRoot, webhookSecret: SECRET, publicUrl: 'https://dvc.example.gov.vn' });
  await channel.start();
  server = await listen(createHttpApp(core, [channel.webhookRouter()]));
});
afterAll(async () => {
  await server?.close();
  await fake?.close();
  await redis?.cleanup();
});

const deliver = (update: unknown, secret: string | null = SECRET) =>
  fetch(`${server.url}/webhooks/telegram`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(secret === null ? {} : { 'X-Telegram-Bot-Api-Secret-Token': secret }) },
    body: JSON.stringify(update),
  });
const sentTo = (chatId: number) => fake.callsTo('sendMessage').filter((c) => c.body.chat_id === chatId);
const keyboardOf = (call: { body: Record<string, unknown> }) => ((call.body.reply_markup as { inline_keyboard?: { text: string; callback_data: string }[][] } | undefined)?.inline_keyboard ?? []).flat();

describe('start-up in webhook mode', () => {
  it('identifies itself, registers vi and en commands, and sets the webhook with the secret', () => {
    expect(fake.callsTo('getMe').length).toBe(1);
    const commands = fake.callsTo('setMyCommands');
    expect(commands.map((c) => c.body.language_code)).toEqual(['vi', undefined, 'en']);
    expect((commands[2]!.body.commands as { command: string }[]).map((c) => c.command)).toEqual(['start', 'help', 'lang']);
    expect(fake.callsTo('setWebhook')[0]!.body).toMatchObject({ url: 'https://dvc.example.gov.vn/webhooks/telegram', secret_token: SECRET });
  });
});

describe('webhook', () => {
  beforeEach(() => fake.reset());

  it('answers a text message with HTML, an inline keyboard and links', async () => {
    const res = await deliver(updates.text(1001, 'dang ky khai tu'));
    expect(res.status).toBe(200);
    const [call] = sentTo(1001);
    expect(call!.body).toMatchObject({ parse_mode: 'HTML' });
    expect(call!.body.text).toContain('Thủ tục đăng ký khai tử');
    expect(call!.body.text).toContain('<a href="https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1.000656">');
    const buttons = keyboardOf(call!);
    expect(buttons.map((b) => b.callback_data)).toContain('fb:up:1.000656');
    expect(buttons.every((b) => Buffer.byteLength(b.callback_data) <= 64)).toBe(true);
  });

  it('handles a callback query and always answers it', async () => {
    await deliver(updates.text(1002, 'lam cccd'));
    const pick = keyboardOf(sentTo(1002)[0]!).find((b) => b.callback_data.startsWith('pick:'))!;
    const update = updates.callback(1002, pick.callback_data);
    expect((await deliver(update)).status).toBe(200);
    expect(sentTo(1002).at(-1)!.body.text).toContain(pick.callback_data.slice(5));
    expect(fake.callsTo('answerCallbackQuery').map((c) => c.body.callback_query_id)).toEqual([update.callback_query.id]);
  });

  it('answers /start with what the bot can do', async () => {
    await deliver(updates.text(1003, '/start'));
    expect(sentTo(1003)[0]!.body.text).toContain('Tôi có thể');
  });

  it('in a group, answers only when addressed', async () => {
    await deliver(updates.group(-5001, 2001, 'dang ky tam tru'));
    expect(sentTo(-5001)).toEqual([]);
    await deliver(updates.group(-5001, 2001, '@dvc_test_bot dang ky tam tru'));
    expect(sentTo(-5001)[0]!.body.text).toContain('Đăng ký tạm trú');
    await deliver(updates.group(-5001, 2001, '/help@dvc_test_bot'));
    expect(sentTo(-5001)[1]!.body.text).toContain('Tôi có thể');
  });

  it('acknowledges an edited message without answering it', async () => {
    expect((await deliver(updates.edited(1004, 'dang ky tam tru'))).status).toBe(200);
    expect(sentTo(1004)).toEqual([]);
  });

  it('asks for text when sent a sticker', async () => {
    await deliver(updates.sticker(1005));
    expect(sentTo(1005)[0]!.body.text).toMatch(/chỉ đọc được tin nhắn chữ/);
  });

  it('refuses a missing or wrong secret with 401 and processes nothing', async () => {
    expect((await deliver(updates.text(1006, 'xin chào'), null)).status).toBe(401);
    expect((await deliver(updates.text(1006, 'xin chào'), 'wrong')).status).toBe(401);
    expect(sentTo(1006)).toEqual([]);
  });

  it('asks to shorten a message over 2,000 characters instead of failing the delivery', async () => {
    expect((await deliver(updates.text(1012, 'khai sinh '.repeat(300)))).status).toBe(200);
    expect(sentTo(1012)[0]!.body.text).toMatch(/dài quá/);
  });

  it('refuses a body that is not an update with 400', async () => {
    expect((await deliver({ hello: 'world' })).status).toBe(400);
  });

  it('replies once to an update delivered three times', async () => {
    const update = updates.text(1007, 'dang ky thuong tru');
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await deliver(update)).status);
    expect(statuses).toEqual([200, 200, 200]);
    expect(sentTo(1007).length).toBe(1);
  });

  it('escapes HTML from the user and splits a long answer under 4,096 characters', async () => {
    const question = `<b>hack</b> ${'<i>'.repeat(600)}`;
    await deliver(updates.text(1008, 'gặp cán bộ'));
    await deliver(updates.text(1008, question));
    const code = /42-[A-Z2-9]{6}/.exec(String(sentTo(1008).at(-1)!.body.text))![0];
    fake.reset();
    await deliver(updates.text(1008, `kiểm tra phiếu ${code}`));
    const parts = sentTo(1008).map((c) => String(c.body.text));
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.every((p) => p.length <= 4096)).toBe(true);
    const whole = parts.join('');
    expect(whole).toContain('&lt;b&gt;hack&lt;/b&gt;');
    expect(whole).not.toMatch(/<[bi]>/);
  });

  it('honours 429 retry_after and still replies once', async () => {
    fake.failNext('sendMessage', 429, { ok: false, error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } });
    const started = Date.now();
    expect((await deliver(updates.text(1009, 'dang ky tam tru'))).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(sentTo(1009).length).toBe(2); // the refused attempt and the one after the wait
  });

  it('records a chat that blocked the bot and does not retry', async () => {
    fake.failNext('sendMessage', 403, { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' });
    const update = updates.text(1010, 'dang ky tam tru');
    expect((await deliver(update)).status).toBe(200);
    expect((await deliver(update)).status).toBe(200);
    expect(sentTo(1010).length).toBe(1);
    const blocked = await redis.store.get(core.services.keys.blockedChat('telegram', '1010'));
    expect(JSON.parse(blocked!)).toMatchObject({ description: 'Forbidden: bot was blocked by the user' });
  });

  it('answers 502 when Telegram fails, and replies once when redelivered', async () => {
    fake.failNext('sendMessage', 500, { ok: false, error_code: 500, description: 'Internal Server Error' });
    const update = updates.text(1011, 'dang ky tam tru');
    expect((await deliver(update)).status).toBe(502);
    expect((await deliver(update)).status).toBe(200);
    expect((await deliver(update)).status).toBe(200);
    expect(sentTo(1011).length).toBe(2); // the failed attempt, then exactly one reply
  });
});
