import { Redis } from 'ioredis';
import { AppError } from '../errors.js';
import type { KeyValueStore } from './kv.js';

const DELETE_IF_EQUALS = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;
const CREATE_AND_ENQUEUE = `if redis.call('SET', KEYS[1], ARGV[1], 'NX') then redis.call('RPUSH', KEYS[2], ARGV[2]) return 1 else return 0 end`;

/**
 * Redis through ioredis. Commands fail fast while the connection is down (no offline queue, one retry)
 * so that a webhook can answer 5xx and let the platform redeliver, instead of hanging until it times out.
 */
export class RedisStore implements KeyValueStore {
  readonly client: Redis;

  constructor(url: string) {
    this.client = new Redis(url, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: 2000,
      retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
    });
    // Errors reach callers through rejected commands; this listener only keeps them off the process.
    this.client.on('error', () => {});
  }

  /** Resolves once connected, or throws STORE_UNAVAILABLE after `timeoutMs`. */
  async connected(timeoutMs = 5000): Promise<void> {
    if (this.client.status === 'ready') return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.client.off('ready', onReady);
        reject(unavailable(new Error(`no connection after ${timeoutMs} ms`)));
      }, timeoutMs);
      const onReady = () => {
        clearTimeout(timer);
        resolve();
      };
      this.client.once('ready', onReady);
    });
  }

  get(key: string) {
    return this.run(() => this.client.get(key));
  }

  async set(key: string, value: string, ttlSeconds = 0) {
    await this.run(() => (ttlSeconds ? this.client.set(key, value, 'EX', ttlSeconds) : this.client.set(key, value)));
  }

  async setIfAbsent(key: string, value: string, ttlMs = 0) {
    const result = await this.run(() => (ttlMs ? this.client.set(key, value, 'PX', ttlMs, 'NX') : this.client.set(key, value, 'NX')));
    return result === 'OK';
  }

  async deleteIfEquals(key: string, value: string) {
    return (await this.run(() => this.client.eval(DELETE_IF_EQUALS, 1, key, value))) === 1;
  }

  async delete(key: string) {
    await this.run(() => this.client.del(key));
  }

  async createAndEnqueue(key: string, value: string, listKey: string, item: string) {
    return (await this.run(() => this.client.eval(CREATE_AND_ENQUEUE, 2, key, listKey, value, item))) === 1;
  }

  async pushToList(key: string, value: string) {
    await this.run(() => this.client.rpush(key, value));
  }

  listRange(key: string, start: number, stop: number) {
    return this.run(() => this.client.lrange(key, start, stop));
  }

  async ping() {
    await this.run(() => this.client.ping());
  }

  async close() {
    this.client.disconnect();
  }

  private async run<T>(command: () => Promise<T>): Promise<T> {
    try {
      return await command();
    } catch (cause) {
      throw unavailable(cause);
    }
  }
}

function unavailable(cause: unknown): AppError {
  return new AppError(
    'STORE_UNAVAILABLE',
    `Redis is unavailable: ${(cause as Error)?.message ?? String(cause)}`,
    'Check that Redis runs and REDIS_URL points at it; the platform will redeliver the message.',
    { cause },
  );
}
