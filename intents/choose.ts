import type { Intent } from '../src/core/intent.js';
import { answerProcedure } from '../src/core/procedure-answer.js';

/**
 * Choosing among the candidates the bot offered: a button press (payload "pick:<code>"), or on a
 * text-only channel the number of the choice, which the pipeline turns into that button's payload.
 */
export const choose: Intent = {
  name: 'choose',
  examples: { vi: ['1', '2', '3'], en: ['1', '2', '3'] },
  payloadPrefix: 'pick:',
  // Only payloads reach this intent: a typed number is turned into one by the pipeline.
  score: () => 0,
  handle(ctx) {
    const procedure = ctx.services.matcher.procedure((ctx.message.payload ?? '').slice('pick:'.length));
    if (procedure) answerProcedure(ctx, procedure);
    else ctx.reply(ctx.t('fallback.unknownButton'));
  },
};
