import type { Intent } from '../src/core/intent.js';
import { compilePhrases, containsKhmerPhrase, phraseCoverage } from '../src/core/phrases.js';
import { menuButtons } from './menu.js';

const examples = {
  vi: ['giúp', 'trợ giúp', 'giúp tôi', 'hướng dẫn', 'menu', 'bắt đầu', 'bạn làm được gì', 'bạn giúp được gì', 'bot làm được gì'],
  en: ['help', 'menu', 'start', 'what can you do', 'how does this work'],
  km: ['ជំនួយ'],
};
const phrases = compilePhrases(examples.vi, examples.en);
/** The most used procedures nationally, by portal popularity: a good first list for a newcomer. */
const POPULAR_COUNT = 5;

export const help: Intent = {
  name: 'help',
  examples,
  payloadPrefix: 'help',
  score(ctx) {
    if (/^\/(start|help|menu)\b/i.test(ctx.text)) return 1;
    return containsKhmerPhrase(ctx.text, examples.km) || phraseCoverage(ctx.text, phrases) >= 0.6 ? 0.9 : 0;
  },
  handle(ctx) {
    if (ctx.message.payload === 'help:popular') {
      const popular = ctx.services.matcher.popular(POPULAR_COUNT);
      ctx.offer(ctx.t('help.popular'), popular.map((p) => ({ label: p.name, payload: `pick:${p.code}` })));
      return;
    }
    ctx.offer(ctx.t('help.text', { province: ctx.services.province.name }), menuButtons(ctx));
  },
};
