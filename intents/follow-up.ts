import type { Intent } from '../src/core/intent.js';
import { answerProcedure, type Aspect } from '../src/core/procedure-answer.js';
import { compilePhrases, phraseCoverage } from '../src/core/phrases.js';

/** Questions about the procedure already in the conversation. */
const examples: Record<Aspect, { vi: string[]; en: string[] }> = {
  documents: { vi: ['cần giấy tờ gì', 'giấy tờ gì', 'cần những gì', 'hồ sơ gồm', 'hồ sơ gồm những gì', 'cần mang gì', 'thành phần hồ sơ'], en: ['what documents', 'documents', 'what do i need', 'papers'] },
  fees: { vi: ['lệ phí bao nhiêu', 'lệ phí', 'phí bao nhiêu', 'bao nhiêu tiền', 'mất tiền không', 'tốn bao nhiêu', 'chi phí'], en: ['fee', 'fees', 'how much', 'cost'] },
  time: { vi: ['mất bao lâu', 'bao lâu', 'thời hạn', 'mấy ngày', 'bao lâu có kết quả', 'thời gian giải quyết'], en: ['how long', 'processing time', 'how many days'] },
  where: { vi: ['nộp ở đâu', 'làm ở đâu', 'ở đâu', 'đến đâu', 'địa chỉ nộp'], en: ['where', 'where to submit', 'where do i go'] },
  online: { vi: ['nộp online được không', 'online được không', 'làm online', 'nộp trực tuyến', 'trực tuyến được không', 'qua mạng', 'dịch vụ công trực tuyến'], en: ['online', 'apply online', 'can i do it online'] },
  post: { vi: ['nộp qua bưu điện được không', 'qua bưu điện', 'bưu điện', 'bưu chính', 'gửi bưu điện', 'nhận kết quả qua bưu điện'], en: ['by post', 'post office', 'mail'] },
};
const compiled = (Object.keys(examples) as Aspect[]).map((aspect) => ({ aspect, phrases: compilePhrases(examples[aspect].vi, examples[aspect].en) }));

function aspectOf(text: string): { aspect: Aspect; coverage: number } | null {
  let best: { aspect: Aspect; coverage: number } | null = null;
  for (const { aspect, phrases } of compiled) {
    const coverage = phraseCoverage(text, phrases);
    // Ties go to the later, more specific aspect ("nộp online ở đâu" is about online).
    if (coverage > 0 && (!best || coverage >= best.coverage)) best = { aspect, coverage };
  }
  return best;
}

export const followUp: Intent = {
  name: 'follow-up',
  examples: {
    vi: Object.values(examples).flatMap((e) => e.vi),
    en: Object.values(examples).flatMap((e) => e.en),
  },
  payloadPrefix: 'ask:',
  score(ctx) {
    if (!ctx.session.current) return 0;
    const found = aspectOf(ctx.text);
    if (!found) return 0;
    // "làm hộ chiếu cần giấy tờ gì" names a new procedure: the full answer covers its documents too.
    const match = ctx.match();
    const namesAnother = match.decision === 'confident' && match.candidates[0]!.procedure.code !== ctx.session.current;
    return namesAnother ? 0 : 0.8;
  },
  handle(ctx) {
    const procedure = ctx.session.current ? ctx.services.matcher.procedure(ctx.session.current) : undefined;
    if (!procedure) {
      ctx.reply(ctx.t('followUp.noProcedure'));
      return;
    }
    const payload = ctx.message.payload;
    const aspect = payload?.startsWith('ask:') ? (payload.slice(4) as Aspect) : aspectOf(ctx.text)?.aspect;
    answerProcedure(ctx, procedure, aspect && aspect in examples ? aspect : undefined);
  },
};
