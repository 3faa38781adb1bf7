/**
 * Every Redis key the service uses is built here, under one configurable prefix, so that several
 * deployments (or tests) can share a Redis without touching each other's data.
 */
export class Keys {
  constructor(readonly prefix: string) {}

  session(conversationId: string): string {
    return `${this.prefix}session:${conversationId}`;
  }

  conversationLock(conversationId: string): string {
    return `${this.prefix}lock:conversation:${conversationId}`;
  }

  ticket(code: string): string {
    return `${this.prefix}ticket:${code}`;
  }

  /** Tickets waiting to be delivered to staff (the delivery worker comes with the staff web hook). */
  escalationOutbox(): string {
    return `${this.prefix}outbox:escalations`;
  }

  feedback(): string {
    return `${this.prefix}feedback`;
  }

  /** A platform delivery already processed (Telegram update_id, Zalo event id). */
  processedDelivery(channel: string, deliveryId: string): string {
    return `${this.prefix}delivery:${channel}:${deliveryId}`;
  }

  /** A chat where the platform refuses our messages (user blocked the bot). */
  blockedChat(channel: string, chatId: string): string {
    return `${this.prefix}blocked:${channel}:${chatId}`;
  }

  /** Every key under the prefix, for tests that clean up after themselves. */
  pattern(): string {
    return `${this.prefix}*`;
  }
}
