import { describe, expect, it } from 'vitest';
import { splitText } from '../../src/core/split-text.js';
import { toPlainText } from '../../src/core/plain-text.js';
import { createTranslator } from '../../src/i18n.js';
import { detectLanguage } from '../../src/nlu/language.js';

describe('splitText', () => {
  it('keeps short text whole', () => {
    expect(splitText('ngắn gọn', 100)).toEqual(['ngắn gọn']);
  });
  it('splits at paragraph, then line, then word; never mid-word', () => {
    const words = Array.from({ length: 400 }, (_, i) => `từ${i}`).join(' ');
    const parts = splitText(words, 100);
    expect(parts.every((p) => p.length <= 100)).toBe(true);
    expect(parts.join(' ')).toBe(words);
    expect(splitText(`${'a '.repeat(30)}\n\n${'b '.repeat(30)}`, 80)).toEqual(['a '.repeat(30).trim(), 'b '.repeat(30).trim()]);
  });
  it('cuts a single word longer than the limit, as the only way out', () => {
    expect(splitText('x'.repeat(250), 100).map((p) => p.length)).toEqual([100, 100, 50]);
  });
});

describe('toPlainText', () => {
  const t = createTranslator();
  it('numbers the buttons and says how to answer', () => {
    const text = toPlainText({ text: 'Chọn:', buttons: [{ label: 'A', payload: 'a' }, { label: 'B', payload: 'b' }, { label: 'C', payload: 'c' }], links: [{ label: 'Cổng', url: 'https://x.gov.vn' }] }, t('vi'));
    expect(text).toBe('Chọn:\n\n1. A\n2. B\n3. C\nTrả lời 1, 2 hoặc 3.\n\nCổng: https://x.gov.vn');
    expect(toPlainText({ text: 'Pick', buttons: [{ label: 'A', payload: 'a' }], links: [] }, t('en'))).toBe('Pick\n\n1. A\nReply 1.');
  });
});

describe('detectLanguage', () => {
  it.each([
    ['làm hộ chiếu', 'vi'],
    ['lam ho chieu o dau', 'vi'],
    ['how do I get a passport', 'en'],
    ['ខ្ញុំចង់ចុះបញ្ជីកំណើត', 'km'],
    ['2', null],
    ['/help', null],
  ])('%s → %s', (text, locale) => {
    expect(detectLanguage(text)).toBe(locale);
  });
});

describe('locales', () => {
  it('have the same keys in vi, en and km', async () => {
    const { readFileSync } = await import('node:fs');
    const keysOf = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keysOf(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]));
    const [vi, en, km] = ['vi', 'en', 'km'].map((l) => keysOf(JSON.parse(readFileSync(`locales/${l}/translation.json`, 'utf8'))).sort());
    expect(en).toEqual(vi);
    expect(km).toEqual(vi);
  });
});
