import { timingSafeEqual } from 'node:crypto';
import express, { Router } from 'express';
import { Bot, GrammyError, type Context } from 'grammy';
import type { Update } from 'grammy/types';
import type { Core } from '../../app.js';
import type { Locale } from '../../catalogue/provinces.js';
import { AppError } from '../../errors.js';
import { LOCALES } from '../../i18n.js';
import { toTelegramMessages } from './render.js';
import { retryAfter } from './retry-after.js';

/** How long a delivery may take before a redelivery may process it again. */
const CLAIM_MS = 60_000;
/** Telegram keeps undelivered updates for 24 hours; remembering ids for two days covers every redelivery. */
const DONE_TTL_SECONDS = 2 * 86_400;
const ALLOWED_UPDATES = ['message', 'edited_message', 'callback_query'] as const;

export interface TelegramOptions {
  token: string;
  apiRoot: string;
  webhookSecret: string;
  publicUrl: string;
  /** Long-polling timeout; tests shorten it. */
  pollTimeoutSeconds?: number;
}

/**
 * Telegram through grammY: the only module that imports it. Every update is claimed in Redis by its
 * update_id before it is handled and marked done after the replies are sent, so a redelivery never
 * replies twice, and a failure (Redis down, Telegram down) answers 5xx so Telegram delivers it again.
 */
export class TelegramChannel {
  readonly bot: Bot;
  private polling: { stop: () => void; done: Promise<void> } | null = null;

  constructor(
    private readonly core: Core,
    private readonly options: TelegramOptions,
  ) {
    this.bot = new Bot(options.token, { client: { apiRoot: options.apiRoot } });
    this.bot.api.config.use(retryAfter());
    this.bot.on('callback_query:data', async (ctx) => {
      await this.respond(ctx, { payload: ctx.callbackQuery.data });
      // Always answered, or the user's button keeps spinning; a stale query may refuse, which is harmless.
      await ctx.answerCallbackQuery().catch(() => {});
    });
    this.bot.on('message', async (ctx) => {
      if (!this.isAddressed(ctx)) return;
      const text = ctx.message.text;
      if (text === undefined) return this.sendLocalised(ctx, 'nonText');
      await this.respond(ctx, { text: this.withoutMention(text) });
    });
    // Edited messages and anything else: acknowledged, not answered (the first version was answered).
  }

  /** Fetches the bot's identity and registers its commands, then the webhook (PUBLIC_URL) or starts polling. */
  async start(): Promise<void> {
    await this.bot.init();
    await this.registerCommands();
    if (this.options.publicUrl) {
      await this.bot.api.setWebhook(`${this.options.publicUrl}/webhooks/telegram`, {
        secret_token: this.options.webhookSecret,
        allowed_updates: [...ALLOWED_UPDATES],
      });
    } else {
      await this.bot.api.deleteWebhook();
      this.startPolling();
    }
  }

  async stop(): Promise<void> {
    this.polling?.stop();
    await this.polling?.done;
  }

  /** Handles one delivery exactly once; throws an AppError the webhook turns into 5xx for a retry. */
  async handleDelivery(update: Update): Promise<'processed' | 'duplicate'> {
    const { store, keys } = this.core.services;
    const key = keys.processedDelivery('telegram', String(update.update_id));
    if (!(await store.setIfAbsent(key, 'processing', CLAIM_MS))) {
      if ((await store.get(key)) === 'done') return 'duplicate';
      throw new AppError('DELIVERY_IN_PROGRESS', `update ${update.update_id} is being handled`, 'Telegram will deliver it again; it is answered once.');
    }
    try {
      await this.bot.handleUpdate(update);
    } catch (error) {
      await store.delete(key).catch(() => {});
      throw asAppError(error);
    }
    // The replies are out: failing to note it must not make Telegram deliver (and us answer) again.
    await store.set(key, 'done', DONE_TTL_SECONDS).catch((error: unknown) => console.error(`update ${update.update_id}: answered but not marked done:`, String(error)));
    return 'processed';
  }

  webhookRouter(): Router {
    const router = Router();
    router.post(
      '/webhooks/telegram',
      (req, res, next) => {
        if (!this.secretMatches(req.get('X-Telegram-Bot-Api-Secret-Token'))) {
          res.status(401).json({ error: { code: 'UNAUTHORIZED', message: 'missing or wrong X-Telegram-Bot-Api-Secret-Token', hint: 'Set the webhook with the same TELEGRAM_WEBHOOK_SECRET.' } });
          return;
        }
        next();
      },
      express.json({ limit: '1mb' }),
      async (req, res) => {
        const update = req.body as Update | undefined;
        if (typeof update?.update_id !== 'number') throw new AppError('INPUT_INVALID', 'not a Telegram update: update_id is missing', 'POST the Update object Telegram sends.');
        res.json({ ok: true, result: await this.handleDelivery(update) });
      },
    );
    return router;
  }

  private async respond(ctx: Context, input: { text?: string; payload?: string }): Promise<void> {
    const chat = ctx.chat;
    if (!chat) return;
    let replies;
    try {
      replies = await this.core.conversation.handle({
        conversationId: `tg:${chat.id}`,
        userId: `tg:${ctx.from?.id ?? chat.id}`,
        channel: 'telegram',
        ...input,
        locale: telegramLocale(ctx),
      });
    } catch (error) {
      if (error instanceof AppError && error.code === 'INPUT_INVALID') return this.sendLocalised(ctx, 'tooLong');
      throw error;
    }
    for (const reply of replies) {
      for (const message of toTelegramMessages(reply)) {
        const sent = await this.send(ctx, chat.id, message.text, message.keyboard);
        if (!sent) return;
      }
    }
  }

  /** false when the user has blocked the bot: recorded once, not retried. */
  private async send(ctx: Context, chatId: number, text: string, keyboard: { text: string; callback_data: string }[][]): Promise<boolean> {
    try {
      await ctx.api.sendMessage(chatId, text, {
        parse_mode: 'HTML',
        link_preview_options: { is_disabled: true },
        ...(keyboard.length ? { reply_markup: { inline_keyboard: keyboard } } : {}),
      });
      return true;
    } catch (error) {
      if (error instanceof GrammyError && error.error_code === 403) {
        const { store, keys } = this.core.services;
        await store.set(keys.blockedChat('telegram', String(chatId)), JSON.stringify({ at: new Date().toISOString(), description: error.description }));
        return false;
      }
      throw error;
    }
  }

  private async sendLocalised(ctx: Context, key: string): Promise<void> {
    const t = this.core.services.translator(telegramLocale(ctx) ?? this.core.services.province.languages[0]!);
    if (ctx.chat) await this.send(ctx, ctx.chat.id, t(key), []);
  }

  /** In groups the bot answers only when addressed: a mention, a reply to it, or a command for it. */
  private isAddressed(ctx: Context): boolean {
    const message = ctx.message;
    if (!message || ctx.chat?.type === 'private') return true;
    const username = this.bot.botInfo.username.toLowerCase();
    const text = (message.text ?? message.caption ?? '').toLowerCase();
    if (text.includes(`@${username}`)) return true;
    return message.reply_to_message?.from?.id === this.bot.botInfo.id;
  }

  private withoutMention(text: string): string {
    const mention = new RegExp(`@${this.bot.botInfo.username}\\b`, 'gi');
    return text.replace(mention, '').trim() || text;
  }

  private secretMatches(given: string | undefined): boolean {
    const expected = Buffer.from(this.options.webhookSecret);
    const actual = Buffer.from(given ?? '');
    return expected.length > 0 && actual.length === expected.length && timingSafeEqual(actual, expected);
  }

  private async registerCommands(): Promise<void> {
    for (const locale of ['vi', 'en'] as const) {
      const t = this.core.services.translator(locale);
      const commands = (['start', 'help', 'lang'] as const).map((command) => ({ command, description: t(`commands.${command}`) }));
      await this.bot.api.setMyCommands(commands, { language_code: locale });
      if (locale === 'vi') await this.bot.api.setMyCommands(commands);
    }
  }

  /**
   * Long polling without a public URL. An update is confirmed (offset moves past it) only once handled;
   * while Redis or Telegram fail, the same update is retried with back-off, so nothing is lost.
   */
  private startPolling(): void {
    const abort = new AbortController();
    const timeout = this.options.pollTimeoutSeconds ?? 25;
    const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
    const loop = async () => {
      let offset = 0;
      while (!abort.signal.aborted) {
        let updates: Update[];
        try {
          updates = await this.bot.api.getUpdates({ offset, timeout, allowed_updates: [...ALLOWED_UPDATES] }, abort.signal as GetUpdatesSignal);
        } catch (error) {
          if (abort.signal.aborted) return;
          console.error('telegram getUpdates failed:', String(error));
          await pause(1000);
          continue;
        }
        for (const update of updates) {
          for (let wait = 200; !abort.signal.aborted; wait = Math.min(wait * 2, 5000)) {
            try {
              await this.handleDelivery(update);
              break;
            } catch (error) {
              console.error(`telegram update ${update.update_id} will be retried:`, String(error));
              await pause(wait);
            }
          }
          offset = update.update_id + 1;
        }
      }
    };
    this.polling = { stop: () => abort.abort(), done: loop() };
  }
}

/** grammY types its signal with a polyfill's AbortSignal; Node's native one is what it actually uses. */
type GetUpdatesSignal = Parameters<Bot['api']['getUpdates']>[1];

function telegramLocale(ctx: Context): Locale | undefined {
  const code = ctx.from?.language_code?.slice(0, 2);
  return LOCALES.find((l) => l === code);
}

function asAppError(error: unknown): AppError {
  const cause = (error as { error?: unknown }).error ?? error; // grammY wraps middleware errors in BotError
  if (cause instanceof AppError) return cause;
  const description = cause instanceof GrammyError ? `${cause.method}: ${cause.description}` : String(cause);
  return new AppError('CHANNEL_API', `Telegram call failed: ${description}`, 'Telegram will deliver the update again.', { cause });
}
