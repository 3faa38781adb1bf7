import Fuse from 'fuse.js';

/**
 * Corrects a misspelt word only where its neighbour says what it should be: "khai sjnh" → "sinh"
 * because "khai sinh" is a phrase of the catalogue. Fuse.js ranks the few words that can follow (or
 * precede) the neighbour, so the cost is tiny and an unknown but correct word ("vợ", "chồng") is left
 * alone instead of being bent into catalogue vocabulary.
 */
const MAX_FUSE_SCORE = 0.4;
const CACHE_LIMIT = 10_000;

/** Folded Vietnamese syllable: optional onset, one to three vowels, optional final consonant. */
const SYLLABLE = /^(ngh|ch|gh|gi|kh|ng|nh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(ng|nh|ch|[cmnpt])?$/;

/**
 * A well-formed syllable the catalogue does not use ("cười", "vợ") is a real word, not a typo: only
 * impossible spellings ("sjnh", "dagn") are corrected.
 */
export function isWellFormedSyllable(token: string): boolean {
  return SYLLABLE.test(token);
}

export class SpellingCorrector {
  private readonly followers = new Map<string, string[]>();
  private readonly leaders = new Map<string, string[]>();
  private readonly cache = new Map<string, string | null>();

  constructor(bigrams: Iterable<string>) {
    for (const bigram of bigrams) {
      const [left, right] = bigram.split(' ') as [string, string];
      push(this.followers, left, right);
      push(this.leaders, right, left);
    }
  }

  correct(token: string, previous: string | undefined, next: string | undefined): string | null {
    const key = `${previous ?? ''}|${token}|${next ?? ''}`;
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    const choices = new Set([
      ...(previous ? (this.followers.get(previous) ?? []) : []),
      ...(next ? (this.leaders.get(next) ?? []) : []),
    ]);
    const best = choices.size ? bestMatch(token, [...choices]) : null;
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(key, best);
    return best;
  }
}

function bestMatch(token: string, choices: string[]): string | null {
  // Same first letter (typos rarely hit it, and without it "vo" would become "ho" or "so") and a similar
  // length: filtering first keeps Fuse's list to a handful of words.
  const plausible = choices.filter((c) => c[0] === token[0] && c.length >= token.length - 1 && c.length <= token.length + 2);
  if (plausible.length === 0) return null;
  const [hit] = new Fuse(plausible, { includeScore: true, threshold: MAX_FUSE_SCORE, ignoreLocation: true }).search(token, { limit: 1 });
  return hit?.item ?? null;
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}
