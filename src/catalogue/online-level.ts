import { foldDiacritics } from '../nlu/fold.js';
import type { OnlineLevel } from './types.js';

/**
 * Reads the online service level from free text. Decree 42/2022 renamed the levels: "mức độ 4" became
 * "toàn trình" (fully online) and "mức độ 3" became "một phần" (partly online); citizens still use both.
 * "một phần" alone is too common in procedure names ("một phần lòng đường") to count, so it needs
 * "trực tuyến" or "dịch vụ công" next to it.
 */
export function parseOnlineLevel(text: string): OnlineLevel {
  const folded = foldDiacritics(text);
  if (/(truc tuyen|dich vu cong)( \S+)? toan trinh|muc do 4\b/.test(folded)) return 'toan-trinh';
  if (/(truc tuyen|dich vu cong)( \S+)? mot phan|muc do 3\b/.test(folded)) return 'mot-phan';
  return 'unknown';
}
