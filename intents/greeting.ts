import type { Intent } from '../src/core/intent.js';
import { compilePhrases, containsKhmerPhrase, phraseCoverage } from '../src/core/phrases.js';
import { menuButtons } from './menu.js';

const examples = {
  vi: ['xin chào', 'chào', 'chào bạn', 'chào ad', 'chào anh', 'chào chị', 'alo', 'hello ad'],
  en: ['hello', 'hi', 'hey', 'good morning', 'good afternoon', 'hi there'],
  km: ['សួស្តី', 'ជំរាបសួរ'],
};
const phrases = compilePhrases(examples.vi, examples.en);

export const greeting: Intent = {
  name: 'greeting',
  examples,
  score: (ctx) => (containsKhmerPhrase(ctx.text, examples.km) || phraseCoverage(ctx.text, phrases) >= 0.6 ? 0.9 : 0),
  handle(ctx) {
    ctx.offer(ctx.t('greeting', { province: ctx.services.province.name }), menuButtons(ctx));
  },
};
