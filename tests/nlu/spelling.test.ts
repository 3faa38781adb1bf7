import { describe, expect, it } from 'vitest';
import { SpellingCorrector, isWellFormedSyllable } from '../../src/nlu/spelling.js';

describe('SpellingCorrector', () => {
  const speller = new SpellingCorrector(['khai sinh', 'khai tu', 'ho chieu', 'dang ky']);
  it('corrects a word that the neighbouring word predicts', () => {
    expect(speller.correct('sjnh', 'khai', undefined)).toBe('sinh');
    expect(speller.correct('chieeu', 'ho', undefined)).toBe('chieu');
    expect(speller.correct('dagn', undefined, 'ky')).toBe('dang');
  });
  it('leaves a word alone when no neighbour predicts anything close', () => {
    expect(speller.correct('xyz', 'khai', undefined)).toBeNull();
    expect(speller.correct('sjnh', undefined, undefined)).toBeNull();
  });
});

describe('isWellFormedSyllable', () => {
  it.each(['cuoi', 'vo', 'chong', 'nghieng', 'khuya', 'quan'])('%s is a possible Vietnamese syllable', (s) => {
    expect(isWellFormedSyllable(s)).toBe(true);
  });
  it.each(['sjnh', 'dagn', 'passport', 'ddang'])('%s is not', (s) => {
    expect(isWellFormedSyllable(s)).toBe(false);
  });
});
