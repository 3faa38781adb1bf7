import express from 'express';
import { listen } from '../helpers/server.js';

export interface RecordedCall {
  method: string;
  body: Record<string, unknown>;
}

interface ScriptedFailure {
  status: number;
  body: Record<string, unknown>;
}

export const FAKE_BOT = { id: 777000, is_bot: true, first_name: 'DVC', username: 'dvc_test_bot', can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false };

/**
 * A small local stand-in for the Telegram Bot API: records every call grammY makes, answers like
 * Telegram does, serves queued updates to getUpdates, and fails on request (429, 403, 500).
 */
export async function startFakeTelegram(token: string) {
  const calls: RecordedCall[] = [];
  const failures = new Map<string, ScriptedFailure[]>();
  let updates: Record<string, unknown>[] = [];
  let messageId = 0;

  const app = express();
  app.use(express.json({ limit: '5mb', strict: false }));
  app.post(`/bot${token}/:method`, async (req, res) => {
    const method = req.params.method;
    const body = (req.body ?? {}) as Record<string, unknown>;
    calls.push({ method, body });
    const failure = failures.get(method)?.shift();
    if (failure) return void res.status(failure.status).json(failure.body);
    switch (method) {
      case 'getMe':
        return void res.json({ ok: true, result: FAKE_BOT });
      case 'sendMessage':
        return void res.json({ ok: true, result: { message_id: ++messageId, date: Math.floor(Date.now() / 1000), chat: { id: body.chat_id, type: 'private' }, text: body.text } });
      case 'getUpdates': {
        const offset = Number(body.offset ?? 0);
        const deadline = Date.now() + Math.min(Number(body.timeout ?? 0), 1) * 1000;
        let ready = updates.filter((u) => Number(u.update_id) >= offset);
        while (ready.length === 0 && Date.now() < deadline) {
          await new Promise((r) => setTimeout(r, 25));
          ready = updates.filter((u) => Number(u.update_id) >= offset);
        }
        updates = ready; // confirmed updates (below offset) are forgotten, as Telegram does
        return void res.json({ ok: true, result: ready });
      }
      default:
        return void res.json({ ok: true, result: true });
    }
  });
  const server = await listen(app);

  return {
    apiRoot: server.url,
    calls,
    callsTo: (method: string) => calls.filter((c) => c.method === method),
    failNext(method: string, status: number, body: Record<string, unknown>) {
      failures.set(method, [...(failures.get(method) ?? []), { status, body }]);
    },
    queueUpdate(update: Record<string, unknown>) {
      updates.push(update);
    },
    reset() {
      calls.length = 0;
      failures.clear();
    },
    close: server.close,
  };
}

let nextUpdateId = 100_000;
const now = () => Math.floor(Date.now() / 1000);
const user = (id: number, language_code = 'vi') => ({ id, is_bot: false, first_name: 'Dân', language_code });

/** Real Telegram Update JSON, as the Bot API documents it. */
export const updates = {
  text(chatId: number, text: string, extra: Record<string, unknown> = {}) {
    const entities = text.startsWith('/') ? [{ type: 'bot_command', offset: 0, length: text.split(/\s/)[0]!.length }] : undefined;
    return { update_id: ++nextUpdateId, message: { message_id: nextUpdateId, date: now(), chat: { id: chatId, type: 'private', first_name: 'Dân' }, from: user(chatId), text, ...(entities ? { entities } : {}), ...extra } };
  },
  group(chatId: number, fromId: number, text: string) {
    return { update_id: ++nextUpdateId, message: { message_id: nextUpdateId, date: now(), chat: { id: chatId, type: 'supergroup', title: 'Tổ dân phố' }, from: user(fromId), text } };
  },
  edited(chatId: number, text: string) {
    return { update_id: ++nextUpdateId, edited_message: { message_id: 1, date: now(), edit_date: now(), chat: { id: chatId, type: 'private', first_name: 'Dân' }, from: user(chatId), text } };
  },
  sticker(chatId: number) {
    return { update_id: ++nextUpdateId, message: { message_id: nextUpdateId, date: now(), chat: { id: chatId, type: 'private', first_name: 'Dân' }, from: user(chatId), sticker: { file_id: 'CAACAgIAAxkBAAIBZ2', file_unique_id: 'AgADZ2', type: 'regular', width: 512, height: 512, is_animated: false, is_video: false, emoji: '👍' } } };
  },
  callback(chatId: number, data: string) {
    return {
      update_id: ++nextUpdateId,
      callback_query: {
        id: `cbq-${nextUpdateId}`,
        from: user(chatId),
        chat_instance: '-123456789',
        data,
        message: { message_id: 1, date: now(), chat: { id: chatId, type: 'private', first_name: 'Dân' }, from: FAKE_BOT, text: 'Bạn muốn hỏi thủ tục nào?' },
      },
    };
  },
};
