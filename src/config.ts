import { AppError } from './errors.js';

/** Every setting, read once from the environment and validated with a message that says how to fix it. */
export interface Config {
  port: number;
  host: string;
  province: string;
  /** Empty: demo mode with the in-memory store. */
  redisUrl: string;
  redisPrefix: string;
  sessionTtlSeconds: number;
  telegram: {
    token: string;
    webhookSecret: string;
    apiRoot: string;
    publicUrl: string;
  };
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new AppError('CONFIG_INVALID', `${name}="${raw}" is not a whole number from ${min} to ${max}`, `Set ${name} to a number such as ${fallback}, or unset it.`);
  }
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const redisUrl = env.REDIS_URL ?? '';
  if (redisUrl && !/^rediss?:\/\//.test(redisUrl)) {
    throw new AppError('CONFIG_INVALID', `REDIS_URL="${redisUrl}" is not a redis:// or rediss:// URL`, 'Example: REDIS_URL=redis://127.0.0.1:6379/0');
  }
  const publicUrl = (env.PUBLIC_URL ?? '').replace(/\/+$/, '');
  if (publicUrl && !/^https:\/\//.test(publicUrl)) {
    throw new AppError('CONFIG_INVALID', `PUBLIC_URL="${publicUrl}" must start with https://`, 'Telegram only delivers webhooks over HTTPS; leave PUBLIC_URL unset to use long polling.');
  }
  const webhookSecret = env.TELEGRAM_WEBHOOK_SECRET ?? '';
  if (webhookSecret && !/^[A-Za-z0-9_-]{1,256}$/.test(webhookSecret)) {
    throw new AppError('CONFIG_INVALID', 'TELEGRAM_WEBHOOK_SECRET may only contain A-Z, a-z, 0-9, _ and - (1 to 256 characters)', 'Generate one with: openssl rand -hex 32');
  }
  if (env.TELEGRAM_BOT_TOKEN && publicUrl && !webhookSecret) {
    throw new AppError('CONFIG_INVALID', 'TELEGRAM_WEBHOOK_SECRET is required with PUBLIC_URL', 'Without it anyone could post fake updates to the webhook. Generate one with: openssl rand -hex 32');
  }
  return {
    port: integer(env, 'PORT', 3000, 0, 65535),
    host: env.HOST || '127.0.0.1',
    province: env.PROVINCE || 'ha-tinh',
    redisUrl,
    redisPrefix: env.REDIS_PREFIX || 'dvc:',
    sessionTtlSeconds: integer(env, 'SESSION_TTL_SECONDS', 86_400, 60, 2_592_000),
    telegram: {
      token: env.TELEGRAM_BOT_TOKEN ?? '',
      webhookSecret,
      apiRoot: (env.TELEGRAM_API_ROOT || 'https://api.telegram.org').replace(/\/+$/, ''),
      publicUrl,
    },
  };
}
