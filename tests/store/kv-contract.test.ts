import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Keys } from '../../src/store/keys.js';
import type { KeyValueStore } from '../../src/store/kv.js';
import { MemoryStore } from '../../src/store/memory-store.js';
import { RedisStore } from '../../src/store/redis-store.js';
import { testRedis } from '../helpers/redis.js';

/** The same contract for both stores: demo mode must behave like production. */
describe.each([
  ['memory', async () => ({ store: new MemoryStore() as KeyValueStore, prefix: 'm:', cleanup: async () => {} })],
  ['redis', testRedis],
])('%s store', (_name, open) => {
  let store: KeyValueStore;
  let keys: Keys;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    const opened = await open();
    store = opened.store;
    keys = new Keys(opened.prefix);
    cleanup = opened.cleanup;
  });
  afterAll(async () => cleanup());

  it('gets what it set, and nothing after the TTL', async () => {
    await store.set(keys.session('a'), 'v1');
    expect(await store.get(keys.session('a'))).toBe('v1');
    await store.setIfAbsent(keys.session('short'), 'x', 50);
    await new Promise((r) => setTimeout(r, 120));
    expect(await store.get(keys.session('short'))).toBeNull();
  });

  it('sets only when absent and deletes only its own value', async () => {
    expect(await store.setIfAbsent(keys.conversationLock('c'), 'mine', 5000)).toBe(true);
    expect(await store.setIfAbsent(keys.conversationLock('c'), 'theirs', 5000)).toBe(false);
    expect(await store.deleteIfEquals(keys.conversationLock('c'), 'theirs')).toBe(false);
    expect(await store.deleteIfEquals(keys.conversationLock('c'), 'mine')).toBe(true);
    expect(await store.get(keys.conversationLock('c'))).toBeNull();
  });

  it('creates a record and enqueues it in one step, once', async () => {
    expect(await store.createAndEnqueue(keys.ticket('T1'), '{}', keys.escalationOutbox(), 'T1')).toBe(true);
    expect(await store.createAndEnqueue(keys.ticket('T1'), '{}', keys.escalationOutbox(), 'T1')).toBe(false);
    expect(await store.listRange(keys.escalationOutbox(), 0, -1)).toEqual(['T1']);
  });
});

describe('Redis outage', () => {
  it('fails fast with STORE_UNAVAILABLE and a hint, instead of hanging', async () => {
    const store = new RedisStore('redis://127.0.0.1:1');
    const started = Date.now();
    await expect(store.get('k')).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE', hint: /REDIS_URL/ });
    expect(Date.now() - started).toBeLessThan(3000);
    await store.close();
  });
});
