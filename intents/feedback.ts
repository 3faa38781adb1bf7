import type { Intent } from '../src/core/intent.js';
import { offerStaff } from './find-procedure.js';

/** Helpful / not helpful after an answer; kept for the operators' reports. */
export const feedback: Intent = {
  name: 'feedback',
  examples: { vi: ['👍 Hữu ích', '👎 Chưa hữu ích'], en: ['👍 Helpful', '👎 Not helpful'] },
  payloadPrefix: 'fb:',
  score: () => 0,
  async handle(ctx) {
    const [, vote, code] = (ctx.message.payload ?? '').split(':');
    if (vote !== 'up' && vote !== 'down') return;
    const { store, keys } = ctx.services;
    await store.pushToList(keys.feedback(), JSON.stringify({ vote, code, conversationId: ctx.message.conversationId, channel: ctx.message.channel, at: new Date().toISOString() }));
    if (vote === 'up') ctx.reply(ctx.t('feedback.thanks'));
    else offerStaff(ctx, 'feedback.sorry');
  },
};
