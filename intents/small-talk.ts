import type { Intent } from '../src/core/intent.js';
import { compilePhrases, containsKhmerPhrase, phraseCoverage } from '../src/core/phrases.js';
import { menuButtons } from './menu.js';

const examples = {
  vi: ['cảm ơn', 'cám ơn', 'cảm ơn bạn', 'thank', 'ok', 'oke', 'được rồi', 'tạm biệt', 'bye', 'bạn là ai', 'bạn tên gì'],
  en: ['thanks', 'thank you', 'ok', 'bye', 'goodbye', 'who are you'],
  km: ['អរគុណ'],
};
const phrases = compilePhrases(examples.vi, examples.en);

/** Politeness and chit-chat: answered briefly, with what the bot can do. */
export const smallTalk: Intent = {
  name: 'small-talk',
  examples,
  score: (ctx) => (containsKhmerPhrase(ctx.text, examples.km) || phraseCoverage(ctx.text, phrases) >= 0.6 ? 0.85 : 0),
  handle(ctx) {
    ctx.offer(ctx.t('smallTalk'), menuButtons(ctx));
  },
};
