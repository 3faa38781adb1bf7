import type { Locale } from '../catalogue/provinces.js';
import { AppError } from '../errors.js';
import type { Keys } from '../store/keys.js';
import type { KeyValueStore } from '../store/kv.js';

/** What the bot is waiting for from the user, if anything. */
export type Pending =
  | { kind: 'choice'; payloads: string[] }
  | { kind: 'staff-question' }
  | { kind: 'ticket-code' };

export interface Session {
  locale: Locale | null;
  /** Chosen explicitly (command or button): detection no longer changes it. */
  localePinned: boolean;
  /** The procedure the conversation is about, for follow-up questions. */
  current: string | null;
  candidates: string[];
  lastQuestion: string;
  pending: Pending | null;
}

export const newSession = (): Session => ({ locale: null, localePinned: false, current: null, candidates: [], lastQuestion: '', pending: null });

export class SessionRepository {
  constructor(
    private readonly store: KeyValueStore,
    private readonly keys: Keys,
    private readonly ttlSeconds: number,
  ) {}

  async load(conversationId: string): Promise<Session> {
    const raw = await this.store.get(this.keys.session(conversationId));
    if (!raw) return newSession();
    try {
      return { ...newSession(), ...(JSON.parse(raw) as Partial<Session>) };
    } catch {
      // A session we cannot read is worth less than the conversation: start it afresh.
      return newSession();
    }
  }

  async save(conversationId: string, session: Session): Promise<void> {
    await this.store.set(this.keys.session(conversationId), JSON.stringify(session), this.ttlSeconds);
  }
}

const LOCK_TTL_MS = 15_000;
const LOCK_WAIT_MS = 10_000;
const LOCK_POLL_MS = 20;

/**
 * Runs `work` while holding the conversation's lock, so two quick messages from one user are handled
 * one after the other even on different instances. The lock expires by itself if an instance dies.
 */
export async function withConversationLock<T>(store: KeyValueStore, keys: Keys, conversationId: string, work: () => Promise<T>): Promise<T> {
  const key = keys.conversationLock(conversationId);
  const token = `${process.pid}:${Math.random().toString(36).slice(2)}`;
  const deadline = Date.now() + LOCK_WAIT_MS;
  while (!(await store.setIfAbsent(key, token, LOCK_TTL_MS))) {
    if (Date.now() > deadline) {
      throw new AppError('STORE_UNAVAILABLE', `conversation ${conversationId} stayed locked for ${LOCK_WAIT_MS} ms`, 'Another instance may be stuck; the lock expires by itself. Retry the delivery.');
    }
    await new Promise((resolve) => setTimeout(resolve, LOCK_POLL_MS));
  }
  try {
    return await work();
  } finally {
    await store.deleteIfEquals(key, token).catch(() => {});
  }
}
