import type { Locale } from '../src/catalogue/provinces.js';
import type { Intent } from '../src/core/intent.js';
import { compilePhrases, phraseCoverage } from '../src/core/phrases.js';
import { toTokens } from '../src/nlu/tokens.js';

const examples = {
  vi: ['đổi ngôn ngữ', 'ngôn ngữ', 'tiếng việt', 'tiếng anh', 'tiếng khmer', 'tiếng khơ me'],
  en: ['change language', 'language', 'english', 'vietnamese', 'khmer', 'in english please'],
  km: ['ភាសាខ្មែរ', 'ខ្មែរ'],
};
const phrases = compilePhrases(examples.vi, examples.en);
const NAMED: [Locale, RegExp][] = [
  ['en', /\b(english|tieng anh)\b/],
  ['vi', /\b(vietnamese|tieng viet)\b/],
  ['km', /\b(khmer|tieng khmer|tieng kho me)\b/],
];

function namedLocale(text: string): Locale | null {
  if (/ខ្មែរ/.test(text)) return 'km';
  const folded = toTokens(text).join(' ');
  return NAMED.find(([, pattern]) => pattern.test(folded))?.[0] ?? null;
}

export const language: Intent = {
  name: 'language',
  examples,
  payloadPrefix: 'lang',
  score(ctx) {
    if (/^\/lang\b/i.test(ctx.text)) return 1;
    if (/ភាសាខ្មែរ/.test(ctx.text)) return 1;
    return phraseCoverage(ctx.text, phrases) >= 0.5 ? 0.95 : 0;
  },
  handle(ctx) {
    const payload = ctx.message.payload;
    const chosen = payload?.startsWith('lang:') ? (payload.slice(5) as Locale) : namedLocale(ctx.text.replace(/^\/lang\s*/i, ''));
    const offered = ctx.services.province.languages;
    if (chosen && offered.includes(chosen)) {
      ctx.setLocale(chosen);
      ctx.session.locale = chosen;
      ctx.session.localePinned = true;
      ctx.reply(ctx.t('language.changed'));
      return;
    }
    ctx.offer(ctx.t('language.choose'), offered.map((locale) => ({ label: ctx.services.translator(locale)('language.name'), payload: `lang:${locale}` })));
  },
};
