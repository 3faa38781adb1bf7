import { Router } from 'express';
import type { Conversation } from '../core/pipeline.js';
import { AppError } from '../errors.js';

/**
 * The web chat channel: JSON in, JSON out. Buttons and links go to the page as they are; the page
 * renders them. Request shape: {"conversationId", "text"} or {"conversationId", "payload"}.
 */
export function webChatRouter(conversation: Conversation): Router {
  const router = Router();
  router.post('/api/chat', async (req, res) => {
    const body: unknown = req.body;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new AppError('INPUT_INVALID', 'the body must be a JSON object', 'Send {"conversationId": "...", "text": "..."} with Content-Type: application/json.');
    }
    const { conversationId, text, payload } = body as Record<string, unknown>;
    for (const [name, value] of Object.entries({ conversationId, text, payload })) {
      if (value !== undefined && typeof value !== 'string') throw new AppError('INPUT_INVALID', `${name} must be a string`, `Send ${name} as a JSON string.`);
    }
    if (!conversationId) throw new AppError('INPUT_INVALID', 'conversationId is missing', 'Send a conversationId that stays the same for the whole chat.');
    const replies = await conversation.handle({
      conversationId: `web:${conversationId}`,
      userId: `web:${conversationId}`,
      channel: 'web',
      text: text as string | undefined,
      payload: payload as string | undefined,
    });
    res.json({ replies });
  });
  return router;
}
