import { createCore, type Core } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { KeyValueStore } from '../../src/store/kv.js';

/** The real core (catalogue, matcher, intents, locales) over the given store and key prefix. */
export function coreWith(store: KeyValueStore, prefix: string, env: NodeJS.ProcessEnv = {}): Core {
  return createCore(loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379', REDIS_PREFIX: prefix, ...env }), store);
}
