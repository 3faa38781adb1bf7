import { splitText } from '../../core/split-text.js';
import type { Reply } from '../../core/types.js';

/** Telegram's limits: 4,096 characters of message text, 64 bytes of callback data. */
export const MAX_MESSAGE_CHARS = 4096;
export const MAX_CALLBACK_BYTES = 64;

export interface OutgoingMessage {
  text: string;
  keyboard: { text: string; callback_data: string }[][];
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const escapeAttribute = (text: string) => escapeHtml(text).replace(/"/g, '&quot;');

/**
 * One reply as Telegram messages in HTML mode: every user or catalogue string escaped, links as anchors
 * after the text, buttons as an inline keyboard on the last message, split under 4,096 characters
 * after escaping, at paragraph, line or word boundaries.
 */
export function toTelegramMessages(reply: Reply): OutgoingMessage[] {
  const anchors = reply.links.map((l) => `<a href="${escapeAttribute(l.url)}">${escapeHtml(l.label)}</a>`).join('\n');
  const parts = escapedParts(reply.text, MAX_MESSAGE_CHARS);
  const last = parts.length - 1;
  if (anchors) {
    if (parts[last]!.length + 2 + anchors.length <= MAX_MESSAGE_CHARS) parts[last] = `${parts[last]}\n\n${anchors}`;
    else parts.push(anchors);
  }
  const keyboard = reply.buttons
    .filter((b) => Buffer.byteLength(b.payload, 'utf8') <= MAX_CALLBACK_BYTES)
    .map((b) => [{ text: b.label, callback_data: b.payload }]);
  return parts.map((text, i) => ({ text, keyboard: i === parts.length - 1 ? keyboard : [] }));
}

/** Splits the raw text so that each part, once escaped, fits; escaping can only lengthen a part. */
function escapedParts(text: string, limit: number, rawMax = limit): string[] {
  return splitText(text, rawMax).flatMap((part) => {
    const escaped = escapeHtml(part);
    if (escaped.length <= limit) return [escaped];
    // Shrink the raw size in proportion to how much escaping grew this part.
    return escapedParts(part, limit, Math.max(1, Math.floor((part.length * limit) / escaped.length) - 1));
  });
}
