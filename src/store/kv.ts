/**
 * The small storage interface the service needs. Redis implements it for production and for tests;
 * the in-memory store implements it for demo mode and `npm run chat`. Failures of the backing store
 * throw AppError("STORE_UNAVAILABLE"), never a silent null.
 */
export interface KeyValueStore {
  get(key: string): Promise<string | null>;
  /** ttlSeconds = 0 keeps the value until deleted. */
  set(key: string, value: string, ttlSeconds?: number): Promise<void>;
  /** Sets only if the key does not exist; true when set. */
  setIfAbsent(key: string, value: string, ttlMs?: number): Promise<boolean>;
  /** Deletes only if the value still equals `value` (releasing a lock we own); true when deleted. */
  deleteIfEquals(key: string, value: string): Promise<boolean>;
  delete(key: string): Promise<void>;
  /** In one step: create `key` if absent and, only then, append `item` to `listKey`. */
  createAndEnqueue(key: string, value: string, listKey: string, item: string): Promise<boolean>;
  pushToList(key: string, value: string): Promise<void>;
  listRange(key: string, start: number, stop: number): Promise<string[]>;
  ping(): Promise<void>;
  close(): Promise<void>;
}
