/**
 * An inverted index scored with BM25 over word unigrams and adjacent-word bigrams. Vietnamese words
 * are mostly two syllables ("khai sinh", "hộ chiếu"), so the bigram carries the meaning that the single
 * syllables lose. A query touches only the posting lists of its own terms: no scan of the catalogue.
 */
import { BREAK } from './tokens.js';

const K1 = 1.2;
const B = 0.5;

export interface WordClasses {
  /** Not indexed alone ("cần", "thủ tục"): too common or too vague. */
  isStopword: (token: string) => boolean;
  /** Never part of a bigram ("với", "các"): grammar only, so "với học" would be noise. */
  isFunctionWord: (token: string) => boolean;
}

export function termsOf(tokens: readonly string[], classes: WordClasses): string[] {
  const terms: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token === BREAK) continue;
    if (!classes.isStopword(token)) terms.push(token);
    const next = tokens[i + 1];
    if (next === undefined || next === BREAK || classes.isFunctionWord(token) || classes.isFunctionWord(next)) continue;
    // Two stop words say nothing together ("the nao"); a stop word beside a content word may ("the can").
    if (!(classes.isStopword(token) && classes.isStopword(next))) terms.push(`${token} ${next}`);
  }
  return terms;
}

/** Posting list in flat typed arrays: the document ids and each one's BM25 term-frequency factor. */
interface Postings {
  docs: Int32Array;
  gains: Float32Array;
  idf: number;
}

export class Bm25Index {
  private readonly building = new Map<string, { doc: number; tf: number }[]>();
  private readonly postings = new Map<string, Postings>();
  private readonly docLengths: number[] = [];
  private readonly docTerms: Set<string>[] = [];
  private scratch = new Float64Array(0);

  add(terms: readonly string[]): number {
    const doc = this.docLengths.length;
    const counts = new Map<string, number>();
    for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
    for (const [term, tf] of counts) {
      let list = this.building.get(term);
      if (!list) this.building.set(term, (list = []));
      list.push({ doc, tf });
    }
    this.docLengths.push(terms.length);
    this.docTerms.push(new Set(counts.keys()));
    return doc;
  }

  /** Call once after the last add(): fixes IDF and length normalisation into flat arrays. */
  seal(): void {
    const n = this.docLengths.length;
    const averageLength = Math.max(1, this.docLengths.reduce((sum, len) => sum + len, 0) / Math.max(1, n));
    for (const [term, list] of this.building) {
      const idf = Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5));
      const docs = new Int32Array(list.length);
      const gains = new Float32Array(list.length);
      list.forEach(({ doc, tf }, i) => {
        const norm = 1 - B + (B * this.docLengths[doc]!) / averageLength;
        docs[i] = doc;
        gains[i] = (idf * tf * (K1 + 1)) / (tf + K1 * norm);
      });
      this.postings.set(term, { docs, gains, idf });
    }
    this.building.clear();
    this.scratch = new Float64Array(n);
  }

  get size(): number {
    return this.docLengths.length;
  }

  has(term: string): boolean {
    return this.postings.has(term);
  }

  idf(term: string): number {
    return this.postings.get(term)?.idf ?? Math.log(1 + (this.size + 0.5) / 0.5);
  }

  termsOfDoc(doc: number): ReadonlySet<string> {
    return this.docTerms[doc] ?? new Set();
  }

  /** The `limit` best documents by BM25 for the unique query terms, best first. */
  top(queryTerms: Iterable<string>, limit: number): { doc: number; score: number }[] {
    const scores = this.scratch;
    const touched: number[] = [];
    for (const term of new Set(queryTerms)) {
      const list = this.postings.get(term);
      if (!list) continue;
      const { docs, gains } = list;
      for (let i = 0; i < docs.length; i++) {
        const doc = docs[i]!;
        if (scores[doc] === 0) touched.push(doc);
        scores[doc] = scores[doc]! + gains[i]!;
      }
    }
    const best = selectTop(touched, scores, limit);
    for (const doc of touched) scores[doc] = 0;
    return best;
  }
}

/** Partial selection: keeps a sorted window of `limit` instead of sorting every touched document. */
function selectTop(docs: number[], scores: Float64Array, limit: number): { doc: number; score: number }[] {
  const window: { doc: number; score: number }[] = [];
  for (const doc of docs) {
    const score = scores[doc]!;
    if (window.length === limit && score <= window[limit - 1]!.score) continue;
    let at = window.length;
    while (at > 0 && window[at - 1]!.score < score) at--;
    window.splice(at, 0, { doc, score });
    if (window.length > limit) window.pop();
  }
  return window;
}
