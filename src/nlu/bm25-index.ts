/**
 * An inverted index scored with BM25 over word unigrams and adjacent-word bigrams. Vietnamese words
 * are mostly two syllables ("khai sinh", "hộ chiếu"), so the bigram carries the meaning that the single
 * syllables lose. A query touches only the posting lists of its own terms: no scan of the catalogue.
 */
export interface Posting {
  doc: number;
  tf: number;
}

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
    if (!classes.isStopword(token)) terms.push(token);
    const next = tokens[i + 1];
    if (next === undefined || classes.isFunctionWord(token) || classes.isFunctionWord(next)) continue;
    // Two stop words say nothing together ("the nao"); a stop word beside a content word may ("the can").
    if (!(classes.isStopword(token) && classes.isStopword(next))) terms.push(`${token} ${next}`);
  }
  return terms;
}

export class Bm25Index {
  private readonly postings = new Map<string, Posting[]>();
  private readonly docLengths: number[] = [];
  private readonly docTerms: Set<string>[] = [];
  private averageLength = 1;

  add(terms: readonly string[]): number {
    const doc = this.docLengths.length;
    const counts = new Map<string, number>();
    for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
    for (const [term, tf] of counts) {
      let list = this.postings.get(term);
      if (!list) this.postings.set(term, (list = []));
      list.push({ doc, tf });
    }
    this.docLengths.push(terms.length);
    this.docTerms.push(new Set(counts.keys()));
    return doc;
  }

  /** Call once after the last add(). */
  seal(): void {
    const total = this.docLengths.reduce((sum, n) => sum + n, 0);
    this.averageLength = Math.max(1, total / Math.max(1, this.docLengths.length));
  }

  get size(): number {
    return this.docLengths.length;
  }

  has(term: string): boolean {
    return this.postings.has(term);
  }

  idf(term: string): number {
    const df = this.postings.get(term)?.length ?? 0;
    const n = this.docLengths.length;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  termsOfDoc(doc: number): ReadonlySet<string> {
    return this.docTerms[doc] ?? new Set();
  }

  /** BM25 score per document for the unique query terms. */
  score(queryTerms: Iterable<string>): Map<number, number> {
    const scores = new Map<number, number>();
    for (const term of new Set(queryTerms)) {
      const list = this.postings.get(term);
      if (!list) continue;
      const idf = this.idf(term);
      for (const { doc, tf } of list) {
        const norm = 1 - B + (B * this.docLengths[doc]!) / this.averageLength;
        const gain = (idf * tf * (K1 + 1)) / (tf + K1 * norm);
        scores.set(doc, (scores.get(doc) ?? 0) + gain);
      }
    }
    return scores;
  }
}
