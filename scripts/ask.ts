/**
 * npm run ask -- "câu hỏi"
 * Shows how the matcher read the question (rewrites, terms), its decision, and the top candidates
 * with score, confidence and the words that matched.
 */
import { createMatcher } from '../src/nlu/create-matcher.js';

const question = process.argv.slice(2).join(' ').trim();
if (!question) {
  console.error('usage: npm run ask -- "câu hỏi"');
  process.exit(2);
}
const started = performance.now();
const matcher = createMatcher();
const built = performance.now();
const result = matcher.match(question);
const answered = performance.now();

console.log(`question : ${question}`);
console.log(`rewrites : ${result.analysis.rewrites.join('; ') || '(none)'}`);
console.log(`terms    : ${result.analysis.terms.join(' | ')}`);
console.log(`decision : ${result.decision}`);
result.candidates.forEach((c, i) => {
  console.log(`${i + 1}. ${c.procedure.code}  score=${c.score.toFixed(2)} confidence=${c.confidence.toFixed(2)}  ${c.procedure.name}`);
  console.log(`     matched: ${c.matchedTerms.join(', ')}`);
});
console.log(`(index ${(built - started).toFixed(0)} ms, query ${(answered - built).toFixed(2)} ms)`);
