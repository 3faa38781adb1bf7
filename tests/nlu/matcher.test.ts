import { beforeAll, describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/nlu/create-matcher.js';
import type { Matcher } from '../../src/nlu/matcher.js';

let matcher: Matcher;
beforeAll(() => {
  matcher = createMatcher();
});

const top = (q: string) => matcher.match(q).candidates[0]?.procedure.code;

describe('Matcher on the national catalogue', () => {
  it('answers the plain official name confidently', () => {
    const result = matcher.match('Thủ tục đăng ký khai sinh');
    expect(result.decision).toBe('confident');
    expect(result.candidates[0]?.procedure.code).toBe('1.001193');
  });
  it('reads text without diacritics, with Telex residue and with a typo', () => {
    expect(top('dang ky khai tu')).toBe('1.000656');
    expect(top('ddawng kys tamj truss')).toBe('1.004194');
    const typo = matcher.match('khai sjnh cho con');
    expect(typo.analysis.rewrites).toContain('sjnh → sinh (spelling)');
  });
  it('maps legal drift: CMND and sổ hộ khẩu to what replaced them', () => {
    expect(matcher.match('lam lai cmnd').candidates[0]?.procedure.name).toMatch(/thẻ căn cước/);
    expect(top('sổ hộ khẩu bị thu hồi giờ xin giấy gì')).toBe('1.010041');
  });
  it('understands English names of common procedures', () => {
    expect(['1.001456', '1.001471']).toContain(top('how to get a passport'));
    expect(top('unemployment benefit')).toBe('1.001978');
  });
  it('understands a Khmer question about a birth certificate', () => {
    expect(['1.001193', '2.000986', '2.002621']).toContain(top('សំបុត្រកំណើត'));
  });
  it('takes a procedure code typed in the question', () => {
    const result = matcher.match('cho hỏi thủ tục 2.000815');
    expect(result.decision).toBe('confident');
    expect(result.candidates[0]?.procedure.code).toBe('2.000815');
  });
  it('abstains on questions outside administrative procedures', () => {
    expect(matcher.match('kết quả xổ số miền bắc hôm nay').decision).toBe('abstain');
    expect(matcher.match('hello').decision).toBe('abstain');
    expect(matcher.match('').decision).toBe('abstain');
  });
  it('offers choices rather than guessing when candidates are close', () => {
    const result = matcher.match('lam cccd');
    expect(result.decision).toBe('ambiguous');
    expect(result.candidates.length).toBeGreaterThan(1);
  });
  it('explains a match with the words that matched', () => {
    const [first] = matcher.match('đăng ký kết hôn').candidates;
    expect(first?.matchedTerms).toContain('ket hon');
    expect(first?.confidence).toBeGreaterThan(0.6);
  });
});
