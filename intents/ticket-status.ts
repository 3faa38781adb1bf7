import type { Intent } from '../src/core/intent.js';
import { compilePhrases, phraseCoverage } from '../src/core/phrases.js';
import { TICKET_CODE } from '../src/escalation/tickets.js';

const examples = {
  vi: ['kiểm tra phiếu', 'tra cứu phiếu', 'mã phiếu', 'phiếu hỏi của tôi', 'câu hỏi của tôi đã có trả lời chưa'],
  en: ['check ticket', 'ticket status', 'my ticket'],
};
const phrases = compilePhrases(examples.vi, examples.en);

export const ticketStatus: Intent = {
  name: 'ticket-status',
  examples,
  payloadPrefix: 'ticket',
  score(ctx) {
    if (TICKET_CODE.test(ctx.text)) return 1;
    if (ctx.pendingBefore?.kind === 'ticket-code' && ctx.text) return 0.9;
    return phraseCoverage(ctx.text, phrases) >= 0.4 ? 0.9 : 0;
  },
  async handle(ctx) {
    const match = TICKET_CODE.exec(ctx.text);
    if (!match) {
      ctx.session.pending = { kind: 'ticket-code' };
      ctx.reply(ctx.t('ticket.askCode'));
      return;
    }
    const code = `${match[1]}-${match[2]!.toUpperCase()}`;
    const ticket = await ctx.services.tickets.find(code);
    if (!ticket) {
      ctx.reply(ctx.t('ticket.notFound', { code }));
      return;
    }
    ctx.reply(ctx.t(`ticket.status.${ticket.status}`, { code, question: ticket.question, answer: ticket.answer ?? '' }));
  },
};
