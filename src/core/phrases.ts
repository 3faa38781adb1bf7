import { toTokens } from '../nlu/tokens.js';

/** Folded example phrases of an intent, ready to look for in a message. */
export function compilePhrases(...lists: (string[] | undefined)[]): string[][] {
  return lists.flatMap((list) => list ?? []).map((phrase) => toTokens(phrase)).filter((tokens) => tokens.length > 0);
}

/** Khmer is written without spaces: its phrases are matched as substrings of the raw text. */
export function containsKhmerPhrase(text: string, phrases: string[] | undefined): boolean {
  return (phrases ?? []).some((phrase) => text.includes(phrase));
}

/**
 * The share of the message taken by the longest example phrase found in it as whole words, 0 if none:
 * "xin chào" is all of "xin chao ad" but a small part of "xin chào, cho hỏi thủ tục làm hộ chiếu".
 */
export function phraseCoverage(text: string, phrases: string[][]): number {
  const tokens = toTokens(text);
  if (tokens.length === 0) return 0;
  let best = 0;
  for (const phrase of phrases) {
    if (phrase.length > best && containsRun(tokens, phrase)) best = phrase.length;
  }
  return best / tokens.length;
}

function containsRun(tokens: string[], run: string[]): boolean {
  outer: for (let i = 0; i + run.length <= tokens.length; i++) {
    for (let j = 0; j < run.length; j++) if (tokens[i + j] !== run[j]) continue outer;
    return true;
  }
  return false;
}
