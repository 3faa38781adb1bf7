/**
 * Errors carry a stable code and a hint that tells the reader how to fix the cause, as grammY does.
 * Callers branch on `code`, never on message text.
 */
export type ErrorCode =
  | 'DATA_INVALID'
  | 'CONFIG_INVALID'
  | 'STORE_UNAVAILABLE'
  | 'DELIVERY_IN_PROGRESS'
  | 'INPUT_INVALID'
  | 'CHANNEL_API';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly hint: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'AppError';
  }

  override toString(): string {
    return `${this.code}: ${this.message}\n  hint: ${this.hint}`;
  }
}
