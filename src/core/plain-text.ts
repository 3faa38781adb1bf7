import type { Translate } from '../i18n.js';
import type { Reply } from './types.js';

/**
 * A reply for a channel that shows only text: buttons become a numbered list with "Reply 1, 2 or 3",
 * links become "label: url" lines. Typing the number works because the core remembers the choices.
 */
export function toPlainText(reply: Reply, t: Translate): string {
  const lines = [reply.text];
  if (reply.buttons.length) {
    lines.push('', ...reply.buttons.map((b, i) => `${i + 1}. ${b.label}`));
    const numbers = reply.buttons.map((_, i) => String(i + 1));
    const last = numbers.pop()!;
    lines.push(t('numbered.hint', { numbers: numbers.length ? `${numbers.join(', ')} ${t('or')} ${last}` : last }));
  }
  if (reply.links.length) lines.push('', ...reply.links.map((l) => `${l.label}: ${l.url}`));
  return lines.join('\n');
}
