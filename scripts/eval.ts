/**
 * npm run eval -- FILE.jsonl [FILE2.jsonl …] [--json] [--misses]
 * Prints top-1/top-3 accuracy, abstention rates and per-query latency of the matcher.
 * With --json the last line is one JSON object per file (or the single report for one file).
 */
import { evaluate, readEvalFile } from '../src/eval/evaluate.js';
import { createMatcher } from '../src/nlu/create-matcher.js';

const args = process.argv.slice(2);
const files = args.filter((a) => !a.startsWith('--'));
if (files.length === 0) {
  console.error('usage: npm run eval -- FILE.jsonl [--json] [--misses]');
  process.exit(2);
}
const matcher = createMatcher();
const reports = files.map((file) => {
  const { misses, ...report } = evaluate(matcher, readEvalFile(file));
  if (args.includes('--misses')) {
    for (const m of misses) console.log(`MISS [${m.decision}] ${m.q.slice(0, 120)}\n     expect ${m.expect.join(',') || '(abstain)'} got ${m.got.join(',')}`);
  }
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  console.log(`${file}: n=${report.n} inScope=${report.inScope} top1=${pct(report.top1)} top3=${pct(report.top3)} ` +
    `abstainOnOOS=${pct(report.abstainOnOOS)} abstainOnInScope=${pct(report.abstainOnInScope)} p50=${report.p50Ms.toFixed(2)}ms p99=${report.p99Ms.toFixed(2)}ms`);
  return { file, ...report };
});
if (args.includes('--json')) console.log(JSON.stringify(reports.length === 1 ? reports[0] : reports));
