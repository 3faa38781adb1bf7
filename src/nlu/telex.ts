/**
 * Undoes Telex typing left in the text when the input method was off: "ddawng kys" → "dang ky".
 * Works on folded tokens, so only the marker letters need removing: doubled vowels (aa, ee, oo, dd),
 * the w that makes ă/ơ/ư, and one trailing tone key (s f r x j). The caller accepts the result only
 * when it is a known word, which keeps English words ("class", "fax") untouched.
 */
const TONE_KEYS = /[sfrxj]$/;
const VOWEL_MARKS: [RegExp, string][] = [
  [/dd/g, 'd'],
  [/uow/g, 'uo'],
  [/aw|aa/g, 'a'],
  [/ee/g, 'e'],
  [/ow|oo/g, 'o'],
  [/uw/g, 'u'],
  // Vietnamese has no w: any w left is a Telex horn or breve mark typed after the syllable ("dangw").
  [/w/g, ''],
];

export function decodeTelex(token: string): string | null {
  let word = token;
  for (const [pattern, plain] of VOWEL_MARKS) word = word.replace(pattern, plain);
  const withoutTone = word.length > 1 ? word.replace(TONE_KEYS, '') : word;
  return withoutTone !== token ? withoutTone : null;
}
