import type { Router } from 'express';
import type { Core } from '../app.js';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';
import { TelegramChannel } from './telegram/channel.js';

export interface TelegramHandle {
  router: Router;
  /** Identifies the bot and sets the webhook or starts polling; grammY keeps retrying while Telegram is unreachable. */
  start: () => Promise<void>;
  stop: () => Promise<void>;
}

/** The Telegram channel when TELEGRAM_BOT_TOKEN is set: webhook with PUBLIC_URL, long polling without. */
export function createTelegram(config: Config, core: Core): TelegramHandle | null {
  const { token, apiRoot, webhookSecret, publicUrl } = config.telegram;
  if (!token) return null;
  const channel = new TelegramChannel(core, { token, apiRoot, webhookSecret, publicUrl });
  return {
    router: channel.webhookRouter(),
    async start() {
      try {
        await channel.start();
      } catch (cause) {
        throw new AppError('CHANNEL_API', `Telegram start-up failed: ${(cause as Error).message}`, 'Check TELEGRAM_BOT_TOKEN (from BotFather) and TELEGRAM_API_ROOT.', { cause });
      }
      console.log(publicUrl ? `telegram: webhook set to ${publicUrl}/webhooks/telegram` : 'telegram: long polling (PUBLIC_URL not set)');
    },
    stop: () => channel.stop(),
  };
}
