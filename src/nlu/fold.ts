/**
 * Diacritic folding for Vietnamese. NFD splits base letters from tone and vowel marks, so both tone
 * placements (hoà / hòa) fold alike; đ and its look-alike Ð (U+00D0, Icelandic eth) have no
 * decomposition and are mapped by hand.
 */
const COMBINING_MARKS = /[\u0300-\u036f]/g;

export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐÐð]/g, 'd')
    .toLowerCase();
}
