import type { Transformer } from 'grammy';

/** Longest wait we accept from a 429 before giving up on this delivery (Telegram then redelivers). */
const MAX_WAIT_SECONDS = 30;
const MAX_ATTEMPTS = 3;

/**
 * Honours Telegram's flood control: on 429, wait `retry_after` seconds and send again, a few times at most.
 * A wait longer than MAX_WAIT_SECONDS is returned as the error, so the webhook answers 5xx instead of hanging.
 */
export function retryAfter(sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms))): Transformer {
  return async (prev, method, payload, signal) => {
    for (let attempt = 1; ; attempt++) {
      const response = await prev(method, payload, signal);
      const wait = !response.ok && response.error_code === 429 ? response.parameters?.retry_after : undefined;
      if (wait === undefined || wait > MAX_WAIT_SECONDS || attempt >= MAX_ATTEMPTS) return response;
      await sleep(wait * 1000);
    }
  };
}
