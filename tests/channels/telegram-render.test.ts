import { describe, expect, it } from 'vitest';
import { MAX_MESSAGE_CHARS, escapeHtml, toTelegramMessages } from '../../src/channels/telegram/render.js';

describe('toTelegramMessages', () => {
  it('splits a 10,000-character answer at word boundaries under 4,096 characters', () => {
    const words = Array.from({ length: 1500 }, (_, i) => `giấy${i}`);
    const text = words.join(' ');
    expect(text.length).toBeGreaterThan(10_000);
    const messages = toTelegramMessages({ text, buttons: [{ label: 'A', payload: 'pick:1.001193' }], links: [{ label: 'Cổng', url: 'https://dichvucong.gov.vn/x?a=1&b=2' }] });
    expect(messages.length).toBeGreaterThanOrEqual(3);
    expect(messages.every((m) => m.text.length <= MAX_MESSAGE_CHARS)).toBe(true);
    const body = messages.map((m) => m.text.replace(/\n\n<a href=.*$/s, '')).join(' ');
    expect(body.split(' ')).toEqual(words);
    expect(messages.slice(0, -1).every((m) => m.keyboard.length === 0)).toBe(true);
    expect(messages.at(-1)!.keyboard).toEqual([[{ text: 'A', callback_data: 'pick:1.001193' }]]);
    expect(messages.at(-1)!.text).toContain('<a href="https://dichvucong.gov.vn/x?a=1&amp;b=2">Cổng</a>');
  });

  it('escapes text so a user cannot inject HTML, and keeps escaped parts within the limit', () => {
    const text = '<b>'.repeat(2000);
    const messages = toTelegramMessages({ text, buttons: [], links: [] });
    expect(messages.every((m) => m.text.length <= MAX_MESSAGE_CHARS && !m.text.includes('<'))).toBe(true);
    expect(messages.map((m) => m.text).join('')).toBe(escapeHtml(text));
  });

  it('leaves out a button whose payload exceeds 64 bytes of callback data', () => {
    const messages = toTelegramMessages({ text: 'x', buttons: [{ label: 'ok', payload: 'pick:1' }, { label: 'too long', payload: 'p'.repeat(65) }], links: [] });
    expect(messages[0]!.keyboard).toEqual([[{ text: 'ok', callback_data: 'pick:1' }]]);
  });
});
