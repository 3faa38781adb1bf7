import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpApp } from '../../src/http/app.js';
import { RedisStore } from '../../src/store/redis-store.js';
import { coreWith } from '../helpers/core.js';
import { testRedis } from '../helpers/redis.js';
import { listen } from '../helpers/server.js';

let server: Awaited<ReturnType<typeof listen>>;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const redis = await testRedis();
  cleanup = redis.cleanup;
  server = await listen(createHttpApp(coreWith(redis.store, redis.prefix)));
});
afterAll(async () => {
  await server.close();
  await cleanup();
});

const post = (body: string, contentType = 'application/json') => fetch(`${server.url}/api/chat`, { method: 'POST', headers: { 'Content-Type': contentType }, body });

describe('POST /api/chat', () => {
  it('answers text with replies, buttons and links', async () => {
    const res = await post(JSON.stringify({ conversationId: 'api-1', text: 'dang ky khai tu' }));
    expect(res.status).toBe(200);
    const { replies } = (await res.json()) as { replies: { text: string; buttons: unknown[]; links: { url: string }[] }[] };
    expect(replies.at(-1)!.text).toContain('Thủ tục đăng ký khai tử');
    expect(replies.at(-1)!.links.map((l) => l.url)).toContain('https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1.000656');
  });

  it('answers a button payload', async () => {
    const res = await post(JSON.stringify({ conversationId: 'api-2', payload: 'pick:1.004194' }));
    expect(((await res.json()) as { replies: { text: string }[] }).replies[0]!.text).toContain('Đăng ký tạm trú');
  });

  it.each([
    ['missing conversationId', JSON.stringify({ text: 'hi' }), /conversationId/],
    ['neither text nor payload', JSON.stringify({ conversationId: 'x' }), /neither text nor payload/],
    ['text over 2000 characters', JSON.stringify({ conversationId: 'x', text: 'a'.repeat(2001) }), /2000/],
    ['a number as text', JSON.stringify({ conversationId: 'x', text: 5 }), /text must be a string/],
    ['malformed JSON', '{"conversationId":', /not valid JSON/],
    ['an array body', '[]', /JSON object/],
  ])('refuses %s with 400 and a message', async (_what, body, message) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as { error: { code: string; message: string; hint: string } };
    expect(error.code).toBe('INPUT_INVALID');
    expect(error.message).toMatch(message);
    expect(error.hint.length).toBeGreaterThan(0);
  });

  it('refuses a huge body with 413', async () => {
    const res = await post(JSON.stringify({ conversationId: 'x', text: 'a'.repeat(20_000) }));
    expect(res.status).toBe(413);
  });

  it('serves the web chat page and a health check', async () => {
    const page = await fetch(`${server.url}/?lang=en`);
    expect(await page.text()).toContain('Administrative procedures Q&amp;A');
    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ ok: true, demoMode: false });
  });
});

describe('when Redis is down', () => {
  it('answers 503 with STORE_UNAVAILABLE so that nothing is silently dropped', async () => {
    const down = new RedisStore('redis://127.0.0.1:1');
    const app = await listen(createHttpApp(coreWith(down, 'down:')));
    try {
      const res = await fetch(`${app.url}/api/chat`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ conversationId: 'x', text: 'hello' }) });
      expect(res.status).toBe(503);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('STORE_UNAVAILABLE');
      expect((await fetch(`${app.url}/healthz`)).status).toBe(503);
    } finally {
      await app.close();
      await down.close();
    }
  });
});
