import { toTokens } from './tokens.js';

export interface SynonymData {
  expansions: Record<string, string>;
  khmer: Record<string, string>;
  stopwords: string[];
  functionWords: string[];
}

const MAX_PHRASE = 5;

/**
 * Rewrites what citizens type (abbreviations, old legal names, English and Khmer names) into the words
 * the official procedure names use. Longest phrase first, so "so ho khau" wins over "ho khau".
 */
export class SynonymTable {
  private readonly phrases = new Map<string, string[]>();
  private readonly khmer: [string, string][];
  readonly stopwords: ReadonlySet<string>;
  readonly functionWords: ReadonlySet<string>;

  constructor(data: SynonymData) {
    for (const [phrase, replacement] of Object.entries(data.expansions)) {
      this.phrases.set(toTokens(phrase).join(' '), toTokens(replacement));
    }
    // Khmer is written without spaces between words, so it is matched as substrings, longest first.
    this.khmer = Object.entries(data.khmer).sort((a, b) => b[0].length - a[0].length);
    this.stopwords = new Set(data.stopwords);
    this.functionWords = new Set(data.functionWords);
  }

  /** Vietnamese words for the Khmer terms found in the text. */
  khmerToVietnamese(text: string): string[] {
    let rest = text;
    const out: string[] = [];
    for (const [term, vietnamese] of this.khmer) {
      if (!rest.includes(term)) continue;
      out.push(...toTokens(vietnamese));
      rest = rest.split(term).join(' ');
    }
    return out;
  }

  /**
   * Replaces known phrases; `keep` says which original words are worth keeping beside the replacement.
   * Two passes, so that a phrase formed by the first ("dk hkd" → "dang ky ho kinh doanh") is read too.
   */
  expand(tokens: string[], keep: (token: string) => boolean = () => false): { tokens: string[]; applied: string[] } {
    const first = this.expandOnce(tokens, keep);
    const second = this.expandOnce(first.tokens, keep);
    // Kept originals go last, after both passes, so the second pass cannot rewrite them again.
    return { tokens: [...second.tokens, ...first.kept, ...second.kept], applied: [...first.applied, ...second.applied] };
  }

  private expandOnce(tokens: string[], keep: (token: string) => boolean): { tokens: string[]; kept: string[]; applied: string[] } {
    const out: string[] = [];
    const kept: string[] = [];
    const applied: string[] = [];
    for (let i = 0; i < tokens.length; ) {
      const hit = this.longestPhraseAt(tokens, i);
      if (!hit) {
        out.push(tokens[i]!);
        i += 1;
        continue;
      }
      const original = tokens.slice(i, i + hit.length);
      // An empty replacement deletes the phrase (question words about an aspect: "lệ phí", "hồ sơ").
      if (hit.replacement.length) kept.push(...original.filter((t) => keep(t) && !hit.replacement.includes(t)));
      out.push(...hit.replacement);
      applied.push(`${original.join(' ')} → ${hit.replacement.join(' ')}`);
      i += hit.length;
    }
    return { tokens: out, kept, applied };
  }

  private longestPhraseAt(tokens: string[], start: number): { length: number; replacement: string[] } | null {
    for (let length = Math.min(MAX_PHRASE, tokens.length - start); length > 0; length--) {
      const replacement = this.phrases.get(tokens.slice(start, start + length).join(' '));
      if (replacement) return { length, replacement };
    }
    return null;
  }
}
