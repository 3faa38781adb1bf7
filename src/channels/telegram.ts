import type { Router } from 'express';
import type { Core } from '../app.js';
import type { Config } from '../config.js';
import { TelegramChannel } from './telegram/channel.js';

/** Starts the Telegram channel when TELEGRAM_BOT_TOKEN is set: webhook with PUBLIC_URL, long polling without. */
export async function startTelegram(config: Config, core: Core): Promise<{ router: Router; stop: () => Promise<void> } | null> {
  const { token, apiRoot, webhookSecret, publicUrl } = config.telegram;
  if (!token) return null;
  const channel = new TelegramChannel(core, { token, apiRoot, webhookSecret, publicUrl });
  await channel.start();
  console.log(publicUrl ? `telegram: webhook set to ${publicUrl}/webhooks/telegram` : 'telegram: long polling (PUBLIC_URL not set)');
  return { router: channel.webhookRouter(), stop: () => channel.stop() };
}
