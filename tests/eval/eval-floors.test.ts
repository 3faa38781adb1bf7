import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate, readEvalFile, type EvalReport } from '../../src/eval/evaluate.js';
import { createMatcher } from '../../src/nlu/create-matcher.js';
import type { Matcher } from '../../src/nlu/matcher.js';

/**
 * Quality floors on the dev sets. They only go up: raise a floor when the matcher improves,
 * never lower one to make a change pass.
 */
let matcher: Matcher;
const run = (file: string): EvalReport => evaluate(matcher, readEvalFile(join(import.meta.dirname, file)));
beforeAll(() => {
  matcher = createMatcher();
});

describe('answer quality floors', () => {
  it('chat-style questions (no diacritics, typos, abbreviations, English, out of scope)', () => {
    const r = run('chat-style.jsonl');
    expect(r.n).toBeGreaterThanOrEqual(150);
    expect(r.n - r.inScope).toBeGreaterThanOrEqual(25);
    expect(r.top1).toBeGreaterThanOrEqual(0.87);
    expect(r.top3).toBeGreaterThanOrEqual(0.96);
    expect(r.abstainOnOOS).toBeGreaterThanOrEqual(0.93);
    expect(r.abstainOnInScope).toBeLessThanOrEqual(0.05);
  });
  it('real citizen questions from the national portal', () => {
    const r = run('real-questions-dev.jsonl');
    expect(r.top3).toBeGreaterThanOrEqual(0.89);
    expect(r.top1).toBeGreaterThanOrEqual(0.66);
  });
  it('FAQ questions whose procedure is in the catalogue', () => {
    const r = run('faq-egovbot.jsonl');
    expect(r.top1).toBeGreaterThanOrEqual(0.84);
    expect(r.top3).toBeGreaterThanOrEqual(0.93);
  });
});
