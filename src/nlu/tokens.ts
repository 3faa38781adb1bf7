import { foldDiacritics } from './fold.js';

/** National procedure codes look like 1.001193 or 2.000815. */
const PROCEDURE_CODE = /\b[1-3]\.\d{6}\b/g;
const KHMER = /[\u1780-\u17ff]/;

export function extractProcedureCodes(text: string): string[] {
  return [...new Set(text.match(PROCEDURE_CODE) ?? [])];
}

export function hasKhmerScript(text: string): boolean {
  return KHMER.test(text);
}

/** Folded, lower-case word tokens: "Đăng ký, khai-sinh!" → ["dang", "ky", "khai", "sinh"]. */
export function toTokens(text: string): string[] {
  return foldDiacritics(text.normalize('NFC'))
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((token) => token.length > 0);
}

/** Marks a punctuation break between words: "đóng, cấp thẻ" must not read as the word "đóng cấp". */
export const BREAK = '|';

/** Like toTokens, with BREAK where punctuation separated the words. */
export function toTokensWithBreaks(text: string): string[] {
  const tokens = foldDiacritics(text.normalize('NFC'))
    .replace(/[,;:()[\]/!?]|\.(\s|$)/g, ` ${BREAK} `)
    .replace(/[^a-z0-9|]+/g, ' ')
    .split(' ')
    .filter((token) => token.length > 0);
  const out: string[] = [];
  for (const token of tokens) {
    if (token !== BREAK || (out.length > 0 && out[out.length - 1] !== BREAK)) out.push(token);
  }
  if (out[out.length - 1] === BREAK) out.pop();
  return out;
}
