import { AppError } from '../errors.js';
import { detectLanguage } from '../nlu/language.js';
import { TurnContext, type Services } from './context.js';
import type { Intent } from './intent.js';
import { withConversationLock, type SessionRepository } from './session.js';
import type { Reply, UserMessage } from './types.js';

/** grammY-style middleware: do something, then `await next()` to hand on. */
export type Middleware = (ctx: TurnContext, next: () => Promise<void>) => Promise<void> | void;

export function compose(middlewares: Middleware[]): (ctx: TurnContext) => Promise<void> {
  return async (ctx) => {
    const run = async (i: number): Promise<void> => {
      const middleware = middlewares[i];
      if (middleware) await middleware(ctx, () => run(i + 1));
    };
    await run(0);
  };
}

/** Documented in the README: longer messages are refused with a clear error, never cut silently. */
export const MAX_TEXT_LENGTH = 2000;
const MAX_PAYLOAD_LENGTH = 200;
const MAX_ID_LENGTH = 128;

export function validateMessage(message: UserMessage): void {
  const bad = (message: string, hint: string) => new AppError('INPUT_INVALID', message, hint);
  if (!message.conversationId || message.conversationId.length > MAX_ID_LENGTH) throw bad('conversationId is missing or too long', `Send a conversationId of 1 to ${MAX_ID_LENGTH} characters.`);
  const text = message.text?.trim() ?? '';
  if (!text && !message.payload) throw bad('the message has neither text nor payload', 'Send "text" (what the user typed) or "payload" (a button the user pressed).');
  if (text.length > MAX_TEXT_LENGTH) throw bad(`text is longer than ${MAX_TEXT_LENGTH} characters`, 'Shorten the question; the bot answers one question at a time.');
  if (message.payload && message.payload.length > MAX_PAYLOAD_LENGTH) throw bad(`payload is longer than ${MAX_PAYLOAD_LENGTH} characters`, 'Send back the payload of a button the bot offered.');
}

/** Remembers the language of each message that shows one, unless the user chose a language explicitly. */
const rememberLanguage: Middleware = async (ctx, next) => {
  if (!ctx.session.localePinned && ctx.text) {
    const detected = detectLanguage(ctx.text);
    if (detected) ctx.setLocale(detected);
  }
  ctx.session.locale = ctx.locale;
  await next();
};

/** "2" after a list of choices means the second button: text-only channels work like buttons. */
const numberedChoice: Middleware = async (ctx, next) => {
  const pending = ctx.pendingBefore;
  const number = /^\s*(\d{1,2})\s*[.)]?\s*$/.exec(ctx.text)?.[1];
  if (!ctx.message.payload && number && pending?.kind === 'choice') {
    const payload = pending.payloads[Number(number) - 1];
    if (payload) ctx.message.payload = payload;
  }
  await next();
};

function route(intents: Intent[], fallback: Intent): Middleware {
  return async (ctx) => {
    const payload = ctx.message.payload;
    if (payload) {
      const owner = intents.find((intent) => intent.payloadPrefix && payload.startsWith(intent.payloadPrefix));
      if (owner) return owner.handle(ctx);
    }
    let best: { intent: Intent; score: number } = { intent: fallback, score: 0 };
    for (const intent of intents) {
      const score = intent.score(ctx);
      if (score > best.score) best = { intent, score };
    }
    await best.intent.handle(ctx);
  };
}

/** The core: message in, replies out. Knows no platform. */
export class Conversation {
  private readonly run: (ctx: TurnContext) => Promise<void>;

  constructor(
    private readonly services: Services,
    private readonly sessions: SessionRepository,
    intents: Intent[],
    fallback: Intent,
  ) {
    this.run = compose([rememberLanguage, numberedChoice, route(intents, fallback)]);
  }

  async handle(message: UserMessage): Promise<Reply[]> {
    validateMessage(message);
    const { store, keys } = this.services;
    return withConversationLock(store, keys, message.conversationId, async () => {
      const session = await this.sessions.load(message.conversationId);
      const ctx = new TurnContext({ ...message }, session, this.services);
      await this.run(ctx);
      // Saved only after the turn succeeded: a failed turn leaves the session as it was for the redelivery.
      await this.sessions.save(message.conversationId, session);
      return ctx.replies;
    });
  }
}
