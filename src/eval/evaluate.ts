import { readFileSync } from 'node:fs';
import type { Matcher } from '../nlu/matcher.js';

export interface EvalItem {
  q: string;
  /** Expected procedure codes; empty = out of scope, the right outcome is to abstain. */
  expect: string[];
}

export interface EvalReport {
  n: number;
  inScope: number;
  top1: number;
  top3: number;
  abstainOnOOS: number;
  abstainOnInScope: number;
  p50Ms: number;
  p99Ms: number;
  misses: { q: string; expect: string[]; got: string[]; decision: string }[];
}

export function readEvalFile(path: string): EvalItem[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line, i) => ({ line: line.trim(), i }))
    .filter(({ line }) => line.length > 0)
    .map(({ line, i }) => {
      const item = JSON.parse(line) as Partial<EvalItem>;
      if (typeof item.q !== 'string' || !Array.isArray(item.expect)) throw new Error(`${path}:${i + 1}: expected {"q": string, "expect": [codes]}`);
      return { q: item.q, expect: item.expect.map(String) };
    });
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const fraction = (count: number, total: number) => (total === 0 ? 0 : count / total);

/** Questions answered once before timing, as a running server would have answered many already. */
const WARM_UP = 20;

export function evaluate(matcher: Matcher, items: EvalItem[]): EvalReport {
  for (const item of items.slice(0, WARM_UP)) matcher.match(item.q);
  let top1 = 0, top3 = 0, inScope = 0, oos = 0, abstainOos = 0, abstainIn = 0;
  const latencies: number[] = [];
  const misses: EvalReport['misses'] = [];
  for (const item of items) {
    const started = performance.now();
    const result = matcher.match(item.q);
    latencies.push(performance.now() - started);
    const codes = result.candidates.map((c) => c.procedure.code);
    const abstained = result.decision === 'abstain';
    if (item.expect.length === 0) {
      oos += 1;
      if (abstained) abstainOos += 1;
      else misses.push({ q: item.q, expect: [], got: codes.slice(0, 3), decision: result.decision });
      continue;
    }
    inScope += 1;
    if (abstained) abstainIn += 1;
    const hit1 = item.expect.includes(codes[0] ?? '');
    if (hit1) top1 += 1;
    if (codes.slice(0, 3).some((c) => item.expect.includes(c))) top3 += 1;
    if (!hit1) misses.push({ q: item.q, expect: item.expect, got: codes.slice(0, 3), decision: result.decision });
  }
  latencies.sort((a, b) => a - b);
  return {
    n: items.length,
    inScope,
    top1: fraction(top1, inScope),
    top3: fraction(top3, inScope),
    abstainOnOOS: fraction(abstainOos, oos),
    abstainOnInScope: fraction(abstainIn, inScope),
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    misses,
  };
}
