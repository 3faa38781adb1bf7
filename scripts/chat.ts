/**
 * npm run chat: the same conversation in the terminal, with the in-memory store (or Redis if REDIS_URL
 * is set). Buttons show as numbered choices; type the number to pick one.
 */
import { createInterface } from 'node:readline/promises';
import { createCore } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { toPlainText } from '../src/core/plain-text.js';

const core = createCore(loadConfig());
const terminal = createInterface({ input: process.stdin, output: process.stdout });
const conversationId = `cli:${process.pid}`;
console.log(`dvc-assistant (${core.services.province.name}) — type a question, Ctrl+D to quit.`);
terminal.setPrompt('> ');
terminal.prompt();
// Reading lines as they come (not question()) keeps piped input working: `printf '…' | npm run chat`.
for await (const line of terminal) {
  const text = line.trim();
  if (!text) {
    terminal.prompt();
    continue;
  }
  if (!process.stdin.isTTY) console.log(text);
  try {
    const replies = await core.conversation.handle({ conversationId, userId: conversationId, channel: 'cli', text });
    const session = await core.services.store.get(core.services.keys.session(conversationId));
    const locale = session ? (JSON.parse(session) as { locale?: 'vi' | 'en' | 'km' }).locale ?? 'vi' : 'vi';
    for (const reply of replies) console.log(`\n${toPlainText(reply, core.services.translator(locale))}\n`);
  } catch (error) {
    console.error(String(error));
  }
  terminal.prompt();
}
process.exit(0);
