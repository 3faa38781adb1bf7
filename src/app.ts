import { fallbackIntent, intents } from '../intents/index.js';
import { loadAdminUnits } from './catalogue/admin-units.js';
import { loadProvince } from './catalogue/provinces.js';
import type { Config } from './config.js';
import type { Services } from './core/context.js';
import { Conversation } from './core/pipeline.js';
import { SessionRepository } from './core/session.js';
import { TicketRepository } from './escalation/tickets.js';
import { createTranslator } from './i18n.js';
import { createMatcher } from './nlu/create-matcher.js';
import { Keys } from './store/keys.js';
import type { KeyValueStore } from './store/kv.js';
import { MemoryStore } from './store/memory-store.js';
import { RedisStore } from './store/redis-store.js';

export interface Core {
  conversation: Conversation;
  services: Services;
  demoMode: boolean;
}

/** The store the settings ask for: Redis with REDIS_URL, otherwise the in-memory demo store. */
export function createStore(config: Pick<Config, 'redisUrl'>): KeyValueStore {
  return config.redisUrl ? new RedisStore(config.redisUrl) : new MemoryStore();
}

/** Builds the platform-independent core: data, matcher, store, repositories and the conversation. */
export function createCore(config: Config, store: KeyValueStore = createStore(config)): Core {
  const keys = new Keys(config.redisPrefix);
  const province = loadProvince(config.province);
  const services: Services = {
    matcher: createMatcher(),
    province,
    adminUnits: loadAdminUnits(),
    tickets: new TicketRepository(store, keys, province.code),
    store,
    keys,
    translator: createTranslator(),
  };
  const sessions = new SessionRepository(store, keys, config.sessionTtlSeconds);
  return { conversation: new Conversation(services, sessions, intents, fallbackIntent), services, demoMode: !config.redisUrl };
}
