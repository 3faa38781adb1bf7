import type { TurnContext } from '../src/core/context.js';
import type { Intent } from '../src/core/intent.js';
import { answerProcedure } from '../src/core/procedure-answer.js';
import { menuButtons } from './menu.js';

/** How many candidates to offer when unsure: three fit on any screen and in "reply 1, 2 or 3". */
const CHOICES = 3;

/** Offers to forward an unanswered question to staff; the question itself is kept in the session. */
export function offerStaff(ctx: TurnContext, messageKey: string): void {
  ctx.offer(ctx.t(messageKey), [{ label: ctx.t('buttons.staff'), payload: 'staff' }, ...menuButtons(ctx).filter((b) => b.payload !== 'staff')]);
}

export const findProcedure: Intent = {
  name: 'find-procedure',
  examples: {
    vi: ['làm hộ chiếu', 'đăng ký khai sinh cho con', 'dk tam tru', 'thủ tục thành lập công ty', 'cấp đổi căn cước'],
    en: ['how to get a passport', 'register a birth', 'set up a company'],
  },
  // The fallback: anything no other intent claims is a question about a procedure.
  score: () => 0,
  handle(ctx) {
    if (!ctx.text) return offerStaff(ctx, 'fallback.unknownButton');
    const result = ctx.match();
    ctx.session.lastQuestion = ctx.text;
    ctx.session.candidates = result.candidates.map((c) => c.procedure.code);
    if (result.decision === 'confident') return answerProcedure(ctx, result.candidates[0]!.procedure);
    if (result.decision === 'ambiguous') {
      const choices = result.candidates.slice(0, CHOICES).map((c) => ({ label: c.procedure.name, payload: `pick:${c.procedure.code}` }));
      ctx.offer(ctx.t('choose.prompt', { count: choices.length }), [...choices, { label: ctx.t('buttons.noneOfThese'), payload: 'staff' }]);
      return;
    }
    offerStaff(ctx, 'fallback.notFound');
  },
};
