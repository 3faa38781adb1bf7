import { describe, expect, it } from 'vitest';
import { foldDiacritics } from '../../src/nlu/fold.js';
import { toTokens, toTokensWithBreaks, extractProcedureCodes, hasKhmerScript } from '../../src/nlu/tokens.js';

describe('foldDiacritics', () => {
  it('folds tones and vowel marks, and đ/Đ', () => {
    expect(foldDiacritics('Đăng ký khai sinh')).toBe('dang ky khai sinh');
  });
  it('folds the look-alike Ð (U+00D0) like Đ', () => {
    expect(foldDiacritics('\u00D0ăng ký')).toBe('dang ky');
  });
  it('treats both tone placements alike (hoà / hòa) and decomposed input', () => {
    expect(foldDiacritics('hoà')).toBe(foldDiacritics('hòa'));
    expect(foldDiacritics('Thanh Hoá'.normalize('NFD'))).toBe('thanh hoa');
  });
});

describe('toTokens', () => {
  it('lower-cases, folds and drops punctuation', () => {
    expect(toTokens('Cấp, cấp lại GIẤY-phép!!')).toEqual(['cap', 'cap', 'lai', 'giay', 'phep']);
  });
  it('marks punctuation breaks once, never at the ends', () => {
    expect(toTokensWithBreaks('Đăng ký đóng, cấp thẻ BHYT (cấp tỉnh).')).toEqual(['dang', 'ky', 'dong', '|', 'cap', 'the', 'bhyt', '|', 'cap', 'tinh']);
    expect(toTokensWithBreaks('mã 1.001193')).toEqual(['ma', '1', '001193']);
  });
  it('finds procedure codes and Khmer script', () => {
    expect(extractProcedureCodes('mã 1.001193 và 2.000815, 1.001193')).toEqual(['1.001193', '2.000815']);
    expect(hasKhmerScript('សំបុត្រកំណើត')).toBe(true);
    expect(hasKhmerScript('khai sinh')).toBe(false);
  });
});
