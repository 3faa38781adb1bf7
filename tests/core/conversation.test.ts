import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../src/app.js';
import type { Reply } from '../../src/core/types.js';
import { MemoryStore } from '../../src/store/memory-store.js';
import type { KeyValueStore } from '../../src/store/kv.js';
import { coreWith } from '../helpers/core.js';
import { testRedis } from '../helpers/redis.js';

/** A turn: what the user types (or which button payload they press), and what the replies must show. */
interface Turn {
  say?: string;
  press?: string;
  contains?: (string | RegExp)[];
  lacks?: (string | RegExp)[];
  /** Button payloads that must be offered (prefix match). */
  buttons?: string[];
  links?: RegExp[];
}

function allText(replies: Reply[]): string {
  return replies.map((r) => [r.text, ...r.buttons.map((b) => b.label), ...r.links.map((l) => l.url)].join('\n')).join('\n');
}

async function play(core: Core, turns: Turn[]): Promise<Reply[][]> {
  const conversationId = `test:${randomUUID()}`;
  const transcript: Reply[][] = [];
  for (const turn of turns) {
    const replies = await core.conversation.handle({ conversationId, userId: 'u1', channel: 'test', text: turn.say, payload: turn.press });
    transcript.push(replies);
    const text = allText(replies);
    const where = `after "${turn.say ?? turn.press}":\n${text}`;
    for (const expected of turn.contains ?? []) expect(text, where).toMatch(expected);
    for (const unexpected of turn.lacks ?? []) expect(text, where).not.toMatch(unexpected);
    const payloads = replies.flatMap((r) => r.buttons.map((b) => b.payload));
    for (const prefix of turn.buttons ?? []) expect(payloads.some((p) => p.startsWith(prefix)), `${where}\nbuttons: ${payloads.join(', ')}`).toBe(true);
    const urls = replies.flatMap((r) => r.links.map((l) => l.url));
    for (const pattern of turn.links ?? []) expect(urls.some((u) => pattern.test(u)), `${where}\nlinks: ${urls.join(', ')}`).toBe(true);
  }
  return transcript;
}

const backends: [string, () => Promise<{ store: KeyValueStore; prefix: string; cleanup: () => Promise<void> }>][] = [
  ['memory store', async () => ({ store: new MemoryStore(), prefix: 'mem:', cleanup: async () => {} })],
  ['real Redis', testRedis],
];

describe.each(backends)('conversation on the %s', (_name, open) => {
  let core: Core;
  let backend: Awaited<ReturnType<typeof open>>;
  beforeAll(async () => {
    backend = await open();
    core = coreWith(backend.store, backend.prefix);
  });
  afterAll(async () => backend.cleanup());

  it('greets and shows what it can do', async () => {
    await play(core, [{ say: 'xin chào', contains: ['Hà Tĩnh'], buttons: ['help:popular', 'staff', 'ticket', 'lang'] }]);
  });

  it('shows help, and popular procedures from the catalogue', async () => {
    await play(core, [
      { say: '/help', contains: [/chuyển câu hỏi tới cán bộ/] },
      { press: 'help:popular', contains: ['Đăng ký tạm trú'], buttons: ['pick:1.004194'] },
    ]);
  });

  it('answers a procedure typed without diacritics, with links and no invented facts', async () => {
    await play(core, [
      {
        say: 'dang ky khai tu',
        contains: ['Thủ tục đăng ký khai tử', '1.000656', /chưa có trong dữ liệu/, /bưu chính công ích/],
        links: [/dichvucong\.gov\.vn.*ma_thu_tuc=1\.000656/, /^https:\/\/dichvucong\.hatinh\.gov\.vn$/],
        buttons: ['ask:documents', 'fb:up:1.000656', 'staff'],
      },
    ]);
  });

  it('answers follow-up questions about the procedure in context', async () => {
    await play(core, [
      { say: 'thủ tục 1.013124', contains: ['30 Ngày làm việc', 'Văn bản đề nghị thẩm định'] },
      { say: 'cần giấy tờ gì', contains: [/Giấy tờ cần nộp:\n1\. Văn bản đề nghị/], lacks: ['Lệ phí:'] },
      { say: 'lệ phí bao nhiêu', contains: ['Lệ phí: Phí : 0 Đồng', 'Thời hạn giải quyết: 30 Ngày làm việc'] },
      { say: 'mất bao lâu', contains: ['30 Ngày làm việc'], lacks: ['Giấy tờ cần nộp:'] },
      { say: 'nộp ở đâu', contains: ['Trực tuyến: https://dichvucong.hatinh.gov.vn', 'Trung tâm Phục vụ hành chính công'] },
      { say: 'nộp online được không', contains: [/nộp hồ sơ trực tuyến/] },
      { say: 'nộp qua bưu điện được không', contains: [/có thể nộp hồ sơ và nhận kết quả qua dịch vụ bưu chính công ích/] },
      { press: 'ask:documents', contains: ['Giấy tờ cần nộp:'] },
    ]);
  });

  it('offers choices when unsure, and typing the number picks one', async () => {
    await play(core, [
      { say: 'lam cccd', contains: ['Bạn muốn hỏi thủ tục nào?', 'thẻ căn cước'], buttons: ['pick:', 'staff'] },
      { say: '2', contains: [/📄 .*thẻ căn cước/] },
    ]);
  });

  it('picks a choice by its button', async () => {
    const [first] = await play(core, [{ say: 'lam ho chieu', buttons: ['pick:'] }]);
    const code = first!.flatMap((r) => r.buttons).find((b) => b.payload.startsWith('pick:'))!.payload;
    await play(core, [{ press: code, contains: [code.slice(5), 'hộ chiếu'] }]);
    await play(core, [{ press: 'pick:9.999999', contains: [/Nút này đã cũ/] }]);
  });

  it('answers out-of-scope messages politely and offers staff, recording the question in a ticket', async () => {
    const replies = await play(core, [
      { say: 'thời tiết hôm nay thế nào', contains: [/chưa tìm được thủ tục/], buttons: ['staff', 'help:popular'] },
      { press: 'staff', contains: [/Mã phiếu của bạn: 42-[A-Z2-9]{6}/] },
    ]);
    const code = /42-[A-Z2-9]{6}/.exec(allText(replies[1]!))![0];
    const ticket = await core.services.tickets.find(code);
    expect(ticket).toMatchObject({ status: 'pending', question: 'thời tiết hôm nay thế nào', channel: 'test', userId: 'u1' });
    expect(await core.services.tickets.outbox()).toContain(code);
  });

  it('asks for the question when staff are asked for first, and keeps the candidates considered', async () => {
    const replies = await play(core, [
      { say: 'gặp cán bộ', contains: [/gõ câu hỏi/] },
      { say: 'con tôi sinh ở nước ngoài thì khai sinh thế nào', contains: [/Mã phiếu/] },
    ]);
    const code = /42-[A-Z2-9]{6}/.exec(allText(replies[1]!))![0];
    expect((await core.services.tickets.find(code))?.question).toBe('con tôi sinh ở nước ngoài thì khai sinh thế nào');
    const candidates = await play(core, [{ say: 'dang ky ket hon voi nguoi nuoc ngoai o dau' }, { say: 'hỏi cán bộ', contains: [/Mã phiếu/] }]);
    const second = /42-[A-Z2-9]{6}/.exec(allText(candidates[1]!))![0];
    expect((await core.services.tickets.find(second))?.candidates).toContain('2.000806');
  });

  it('checks a ticket by its code, and says when a code is unknown', async () => {
    const replies = await play(core, [{ say: 'xổ số hôm nay' }, { press: 'staff' }]);
    const code = /42-[A-Z2-9]{6}/.exec(allText(replies[1]!))![0];
    await play(core, [
      { say: `kiểm tra phiếu ${code.toLowerCase()}`, contains: [code, 'đang chờ', 'xổ số hôm nay'] },
      { say: 'tra cứu phiếu', contains: [/mã phiếu/] },
      { say: '42-ZZZZZZ', contains: [/Không tìm thấy phiếu 42-ZZZZZZ/] },
    ]);
  });

  it('switches language by command and by button, and detects English and Khmer', async () => {
    await play(core, [
      { say: '/lang', buttons: ['lang:vi', 'lang:en'] },
      { press: 'lang:en', contains: ['I will answer in English'] },
      { say: 'dang ky tam tru', contains: ['Where to submit'] },
      { say: 'tiếng việt', contains: ['tiếng Việt'] },
    ]);
    await play(core, [{ say: 'how do I get a passport', contains: ['Which procedure do you mean?'] }]);
    await play(core, [{ say: 'hello', contains: ['Hello!'] }]);
  });

  it('speaks Khmer where the province offers it', async () => {
    const vinhLong = coreWith(backend.store, backend.prefix, { PROVINCE: 'vinh-long' });
    await play(vinhLong, [
      { say: 'សួស្តី', contains: ['សួស្តី', 'Vĩnh Long'] },
      { say: 'សំបុត្រកំណើត', contains: [/khai sinh/] },
      { press: 'lang:km', contains: ['ភាសាខ្មែរ'] },
    ]);
    await play(core, [{ press: 'lang:km', lacks: ['ភាសាខ្មែរ'], contains: ['Chọn ngôn ngữ'] }]);
  });

  it('says which province or commune an old name belongs to now', async () => {
    await play(core, [
      { say: 'Trà Vinh bây giờ thuộc tỉnh nào', contains: ['Tỉnh Trà Vinh nay thuộc Tỉnh Vĩnh Long'] },
      { say: 'xa long duc tra vinh gio la xa nao', contains: ['Xã Long Đức (Tỉnh Trà Vinh cũ) nay thuộc Phường Long Đức (Tỉnh Vĩnh Long)'] },
    ]);
  });

  it('records feedback and offers staff after a bad answer', async () => {
    await play(core, [
      { say: 'dang ky thuong tru' },
      { press: 'fb:up:1.004222', contains: ['Cảm ơn'] },
      { press: 'fb:down:1.004222', contains: [/hỏi cán bộ/], buttons: ['staff'] },
    ]);
    const votes = await backend.store.listRange(core.services.keys.feedback(), 0, -1);
    expect(votes.map((v) => JSON.parse(v) as { vote: string; code: string })).toEqual(expect.arrayContaining([expect.objectContaining({ vote: 'up', code: '1.004222' })]));
  });

  it('answers small talk briefly', async () => {
    await play(core, [{ say: 'cảm ơn bạn', contains: [/trợ lý thủ tục/], buttons: ['help:popular'] }]);
  });

  it('keeps two quick messages of one conversation in order', async () => {
    const conversationId = `test:${randomUUID()}`;
    const send = (text: string) => core.conversation.handle({ conversationId, userId: 'u', channel: 'test', text });
    await send('thủ tục 1.013124');
    const [fees, online] = await Promise.all([send('lệ phí bao nhiêu'), send('giấy tờ gì')]);
    expect(allText(fees!)).toMatch('Lệ phí');
    expect(allText(online!)).toMatch('Giấy tờ cần nộp');
  });

  it('refuses empty and oversized messages with a clear error', async () => {
    const base = { conversationId: 'c', userId: 'u', channel: 'test' };
    await expect(core.conversation.handle({ ...base, text: '   ' })).rejects.toMatchObject({ code: 'INPUT_INVALID' });
    await expect(core.conversation.handle({ ...base, text: 'a'.repeat(2001) })).rejects.toMatchObject({ code: 'INPUT_INVALID', message: /2000/ });
  });
});
