import type { Locale } from '../catalogue/provinces.js';
import { hasKhmerScript, toTokens } from './tokens.js';

/** Letters only Vietnamese uses among the languages we serve. */
const VIETNAMESE_LETTERS = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;
const ENGLISH = new Set(['the', 'how', 'what', 'where', 'when', 'i', 'my', 'to', 'do', 'does', 'is', 'are', 'can', 'for', 'a', 'an', 'of', 'please', 'need', 'want', 'get', 'register', 'apply', 'certificate', 'card', 'licence', 'license', 'business', 'passport', 'help', 'hello', 'hi', 'thanks', 'thank', 'you', 'documents', 'fee', 'long', 'birth', 'marriage', 'company', 'english']);
const VIETNAMESE = new Set(['toi', 'minh', 'em', 'anh', 'chi', 'cho', 'hoi', 'lam', 'muon', 'can', 'gi', 'khong', 'ko', 'dang', 'ky', 'dk', 'thu', 'tuc', 'giay', 'o', 'dau', 'bao', 'nhieu', 'lau', 'nao', 'the', 'xin', 'chao', 'a', 'nhe', 'voi', 'cua', 'va', 'la', 'co', 'duoc', 'ho', 'so', 'cap', 'lai', 'doi', 'khai', 'sinh', 'tam', 'tru']);

/**
 * The language of one message, or null when it does not say (a number, "ok", a code). Khmer has its own
 * script; Vietnamese usually shows its letters, and without them is told from English by common words.
 */
export function detectLanguage(text: string): Locale | null {
  // Commands (/help, /lang) are the same in every language.
  if (text.trimStart().startsWith('/')) return null;
  if (hasKhmerScript(text)) return 'km';
  if (VIETNAMESE_LETTERS.test(text)) return 'vi';
  const tokens = toTokens(text).filter((t) => !/^\d+$/.test(t));
  if (tokens.length === 0) return null;
  const english = tokens.filter((t) => ENGLISH.has(t)).length;
  const vietnamese = tokens.filter((t) => VIETNAMESE.has(t)).length;
  if (english > vietnamese) return 'en';
  if (vietnamese > english) return 'vi';
  return null;
}
