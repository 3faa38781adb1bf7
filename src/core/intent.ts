import type { TurnContext } from './context.js';

/**
 * One thing a user can want. Each lives in its own file under intents/ with its example phrases, which
 * are both documentation and the patterns that recognise it.
 */
export interface Intent {
  name: string;
  examples: { vi: string[]; en: string[]; km?: string[] };
  /** Button payloads starting with this prefix belong to this intent ("lang:", "pick:"). */
  payloadPrefix?: string;
  /** How well a typed message fits, 0..1; 0 = not this intent. */
  score(ctx: TurnContext): number;
  handle(ctx: TurnContext): Promise<void> | void;
}
