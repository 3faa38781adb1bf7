import type { Intent } from '../src/core/intent.js';
import { compilePhrases, phraseCoverage } from '../src/core/phrases.js';

const examples = {
  vi: ['gặp cán bộ', 'hỏi cán bộ', 'nói chuyện với cán bộ', 'chuyển cho cán bộ', 'gặp người thật', 'hỏi nhân viên', 'cần người hỗ trợ'],
  en: ['talk to staff', 'ask staff', 'human', 'talk to a person', 'real person'],
};
const phrases = compilePhrases(examples.vi, examples.en);

/**
 * Forwards the question the bot could not answer. Here the request becomes a ticket in the outbox with
 * the question and the candidates considered; delivery to the agency's staff reads that outbox.
 */
export const staff: Intent = {
  name: 'staff',
  examples,
  payloadPrefix: 'staff',
  score(ctx) {
    if (ctx.pendingBefore?.kind === 'staff-question' && ctx.text) return 1;
    return phraseCoverage(ctx.text, phrases) >= 0.4 ? 0.95 : 0;
  },
  async handle(ctx) {
    const { session } = ctx;
    const typedNow = ctx.pendingBefore?.kind === 'staff-question' ? ctx.text : '';
    const question = typedNow || session.lastQuestion;
    if (!question) {
      session.pending = { kind: 'staff-question' };
      ctx.reply(ctx.t('staff.askQuestion'));
      return;
    }
    const { message } = ctx;
    const ticket = await ctx.services.tickets.create({
      question,
      candidates: typedNow ? [] : session.candidates,
      conversationId: message.conversationId,
      userId: message.userId,
      channel: message.channel,
      locale: ctx.locale,
    });
    session.lastQuestion = '';
    ctx.reply(ctx.t('staff.created', { code: ticket.code }));
  },
};
