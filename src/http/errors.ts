import type { ErrorRequestHandler } from 'express';
import { AppError } from '../errors.js';

const STATUS: Record<string, number> = { INPUT_INVALID: 400, STORE_UNAVAILABLE: 503, DELIVERY_IN_PROGRESS: 503, CHANNEL_API: 502 };

/**
 * Every error becomes JSON {"error": {code, message, hint}}. Store outages answer 503 so that a platform
 * redelivers; bad input answers 4xx so that it does not.
 */
export const errorHandler: ErrorRequestHandler = (error, _req, res, _next) => {
  const bodyError = error as { type?: string; status?: number };
  if (bodyError.type === 'entity.too.large') {
    res.status(413).json({ error: { code: 'INPUT_INVALID', message: 'request body too large', hint: 'Keep requests under 16 KB; text is limited to 2,000 characters.' } });
    return;
  }
  if (bodyError.type === 'entity.parse.failed') {
    res.status(400).json({ error: { code: 'INPUT_INVALID', message: 'the body is not valid JSON', hint: 'Send a JSON object with Content-Type: application/json.' } });
    return;
  }
  if (error instanceof AppError) {
    const status = STATUS[error.code] ?? 500;
    if (status >= 500) console.error(String(error));
    res.status(status).json({ error: { code: error.code, message: error.message, hint: error.hint } });
    return;
  }
  console.error(error);
  res.status(500).json({ error: { code: 'INTERNAL', message: 'internal error', hint: 'See the server log.' } });
};
