import { randomUUID } from 'node:crypto';
import { Keys } from '../../src/store/keys.js';
import { RedisStore } from '../../src/store/redis-store.js';

export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/0';

/** A real Redis connection and a key prefix of its own; `cleanup` deletes every key under the prefix. */
export async function testRedis(): Promise<{ store: RedisStore; prefix: string; cleanup: () => Promise<void> }> {
  const store = new RedisStore(REDIS_URL);
  await store.connected();
  const prefix = `test:${randomUUID()}:`;
  return {
    store,
    prefix,
    async cleanup() {
      let cursor = '0';
      do {
        const [next, keys] = await store.client.scan(cursor, 'MATCH', new Keys(prefix).pattern(), 'COUNT', 500);
        if (keys.length) await store.client.del(...keys);
        cursor = next;
      } while (cursor !== '0');
      await store.close();
    },
  };
}
