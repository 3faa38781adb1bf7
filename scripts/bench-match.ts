/**
 * npm run bench:match [-- --fuse-sample N]   (N questions for plain Fuse; a third of them at ten-fold size)
 * Per-query latency (p50/p99) of our matcher and of a plain `new Fuse(catalogue, { keys: ['name'] })`
 * over the same catalogue and questions, in the same run; then the same at ten-fold catalogue size
 * (synthetic variants), index build times and heap used. Prints figures and ratios, asserts nothing:
 * targets are read by people, not by a timed unit test.
 */
import Fuse from 'fuse.js';
import { loadCatalogue, loadSynonyms } from '../src/catalogue/load.js';
import type { Procedure } from '../src/catalogue/types.js';
import { percentile, readEvalFile } from '../src/eval/evaluate.js';
import { Matcher } from '../src/nlu/matcher.js';

const args = process.argv.slice(2);
const fuseSample = Number(args[args.indexOf('--fuse-sample') + 1] || 60);
const questions = ['tests/eval/chat-style.jsonl', 'tests/eval/real-questions-dev.jsonl', 'tests/eval/faq-egovbot.jsonl']
  .flatMap((file) => readEvalFile(file).map((item) => item.q));

function timeEach(run: (q: string) => unknown, qs: string[]): { p50: number; p99: number } {
  for (const q of qs.slice(0, 20)) run(q); // warm-up: JIT and caches, as in a running server
  const times = qs.map((q) => {
    const t = performance.now();
    run(q);
    return performance.now() - t;
  });
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99) };
}

/** Ten-fold catalogue: each procedure again with qualifiers taken from other names, as a bigger country's list would look. */
function grow(catalogue: Procedure[], factor: number): Procedure[] {
  const out = [...catalogue];
  for (let k = 1; k < factor; k++) {
    catalogue.forEach((p, i) => {
      const donor = catalogue[(i * 7 + k * 131) % catalogue.length]!;
      const tail = donor.name.split(/\s+/).slice(-4).join(' ');
      out.push({ ...p, code: `9.${String(k)}${String(i).padStart(5, '0')}`, name: `${p.name} đối với ${tail}`, weight: Math.floor(p.weight / (k + 1)) });
    });
  }
  return out;
}

const heapMb = () => {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
};
const fmt = (x: number) => x.toFixed(2).padStart(8);

function measure(label: string, catalogue: Procedure[], fuseQuestions: number) {
  const synonyms = loadSynonyms();
  const before = heapMb();
  let t = performance.now();
  const matcher = new Matcher(catalogue, synonyms);
  const buildMs = performance.now() - t;
  const heap = heapMb() - before;
  t = performance.now();
  const fuse = new Fuse(catalogue, { keys: ['name'] });
  const fuseBuildMs = performance.now() - t;
  const ours = timeEach((q) => matcher.match(q), questions);
  // Plain Fuse takes seconds per long question: it gets an evenly spread sample, and ours is timed on it too.
  const sample = questions.filter((_, i) => i % Math.max(1, Math.floor(questions.length / fuseQuestions)) === 0).slice(0, fuseQuestions);
  const plain = timeEach((q) => fuse.search(q, { limit: 5 }), sample);
  const oursOnSample = timeEach((q) => matcher.match(q), sample);
  console.log(`\n${label}: ${catalogue.length} procedures, ${questions.length} questions (plain Fuse on ${sample.length} of them)`);
  console.log(`  ours        p50 ${fmt(ours.p50)} ms   p99 ${fmt(ours.p99)} ms   build ${buildMs.toFixed(0)} ms   index heap ≈ ${heap.toFixed(1)} MB`);
  console.log(`  ours/sample p50 ${fmt(oursOnSample.p50)} ms   p99 ${fmt(oursOnSample.p99)} ms`);
  console.log(`  plain Fuse  p50 ${fmt(plain.p50)} ms   p99 ${fmt(plain.p99)} ms   build ${fuseBuildMs.toFixed(0)} ms`);
  console.log(`  speed-up on the same sample: p50 ×${(plain.p50 / oursOnSample.p50).toFixed(0)}, p99 ×${(plain.p99 / oursOnSample.p99).toFixed(0)}`);
  return { ours, plain };
}

const catalogue = loadCatalogue();
const base = measure('national catalogue', catalogue, fuseSample);
const big = measure('ten-fold catalogue', grow(catalogue, 10), Math.ceil(fuseSample / 3));
console.log(`\ncost growth at 10× size: ours p99 ×${(big.ours.p99 / base.ours.p99).toFixed(1)}, plain Fuse p99 ×${(big.plain.p99 / base.plain.p99).toFixed(1)}`);
console.log(`heap used after both: ${heapMb().toFixed(0)} MB`);
