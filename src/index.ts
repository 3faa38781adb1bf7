import { createCore, createStore } from './app.js';
import { loadConfig } from './config.js';
import { AppError } from './errors.js';
import { createHttpApp } from './http/app.js';
import { RedisStore } from './store/redis-store.js';
import { createTelegram } from './channels/telegram.js';

/** Start-up: settings, data, store, channels, HTTP server. Any bad setting or data file stops here with a hint. */
async function main(): Promise<void> {
  const config = loadConfig();
  const store = createStore(config);
  if (store instanceof RedisStore) await store.connected();
  const started = performance.now();
  const core = createCore(config, store);
  console.log(`catalogue of ${core.services.matcher.size} procedures indexed in ${(performance.now() - started).toFixed(0)} ms; province: ${core.services.province.name}`);
  if (core.demoMode) {
    console.warn('DEMO MODE: REDIS_URL is not set, so sessions and tickets live in memory and are lost on restart. Set REDIS_URL for production.');
  }
  const telegram = createTelegram(config, core);
  const app = createHttpApp(core, telegram ? [telegram.router] : []);
  const server = app.listen(config.port, config.host, () => {
    console.log(`dvc-assistant listening on http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${config.port}/ (web chat)`);
  });
  if (telegram) {
    // After listen: the web chat works while grammY waits for Telegram; webhook deliveries that come
    // before it is ready get a 5xx and are delivered again.
    console.log('telegram: connecting to the Bot API …');
    telegram.start().catch((error: unknown) => {
      console.error(String(error));
      process.exit(1);
    });
  }
  const stop = async () => {
    server.close();
    await telegram?.stop();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof AppError ? String(error) : error);
  process.exit(1);
});
