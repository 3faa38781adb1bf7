import type { KeyValueStore } from './kv.js';

/** In-process store for demo mode and the terminal chat: same contract as Redis, nothing persisted. */
export class MemoryStore implements KeyValueStore {
  private readonly values = new Map<string, { value: string; expiresAt: number }>();
  private readonly lists = new Map<string, string[]>();

  async get(key: string): Promise<string | null> {
    const entry = this.values.get(key);
    if (!entry) return null;
    if (entry.expiresAt && entry.expiresAt <= Date.now()) {
      this.values.delete(key);
      return null;
    }
    return entry.value;
  }

  async set(key: string, value: string, ttlSeconds = 0): Promise<void> {
    this.values.set(key, { value, expiresAt: ttlSeconds ? Date.now() + ttlSeconds * 1000 : 0 });
  }

  async setIfAbsent(key: string, value: string, ttlMs = 0): Promise<boolean> {
    if ((await this.get(key)) !== null) return false;
    this.values.set(key, { value, expiresAt: ttlMs ? Date.now() + ttlMs : 0 });
    return true;
  }

  async deleteIfEquals(key: string, value: string): Promise<boolean> {
    if ((await this.get(key)) !== value) return false;
    this.values.delete(key);
    return true;
  }

  async delete(key: string): Promise<void> {
    this.values.delete(key);
    this.lists.delete(key);
  }

  async createAndEnqueue(key: string, value: string, listKey: string, item: string): Promise<boolean> {
    if (!(await this.setIfAbsent(key, value))) return false;
    await this.pushToList(listKey, item);
    return true;
  }

  async pushToList(key: string, value: string): Promise<void> {
    const list = this.lists.get(key) ?? [];
    list.push(value);
    this.lists.set(key, list);
  }

  async listRange(key: string, start: number, stop: number): Promise<string[]> {
    const list = this.lists.get(key) ?? [];
    return list.slice(start, stop === -1 ? undefined : stop + 1);
  }

  async ping(): Promise<void> {}

  async close(): Promise<void> {}
}
