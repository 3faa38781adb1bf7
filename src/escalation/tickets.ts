import { randomInt } from 'node:crypto';
import type { Keys } from '../store/keys.js';
import type { KeyValueStore } from '../store/kv.js';

/** Letters and digits that cannot be misread when typed back (no 0/O, 1/I/L). */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 6;
export const TICKET_CODE = /\b(\d{2})-([A-HJ-NP-Z2-9]{6})\b/i;

export type TicketStatus = 'pending' | 'sent' | 'answered';

export interface Ticket {
  code: string;
  status: TicketStatus;
  question: string;
  /** Procedure codes the bot considered, for the staff member who answers. */
  candidates: string[];
  conversationId: string;
  userId: string;
  channel: string;
  locale: string;
  createdAt: string;
  answer?: string;
}

export type NewTicket = Omit<Ticket, 'code' | 'status' | 'createdAt'>;

/**
 * A question the bot could not answer, recorded so nothing is lost: the ticket and its outbox entry are
 * written in one step, and delivery to staff reads the outbox.
 */
export class TicketRepository {
  constructor(
    private readonly store: KeyValueStore,
    private readonly keys: Keys,
    private readonly provinceCode: string,
  ) {}

  async create(input: NewTicket): Promise<Ticket> {
    for (;;) {
      const ticket: Ticket = { ...input, code: this.newCode(), status: 'pending', createdAt: new Date().toISOString() };
      if (await this.store.createAndEnqueue(this.keys.ticket(ticket.code), JSON.stringify(ticket), this.keys.escalationOutbox(), ticket.code)) return ticket;
    }
  }

  async find(code: string): Promise<Ticket | null> {
    const raw = await this.store.get(this.keys.ticket(code.toUpperCase()));
    return raw ? (JSON.parse(raw) as Ticket) : null;
  }

  async outbox(): Promise<string[]> {
    return this.store.listRange(this.keys.escalationOutbox(), 0, -1);
  }

  private newCode(): string {
    let suffix = '';
    for (let i = 0; i < CODE_LENGTH; i++) suffix += ALPHABET[randomInt(ALPHABET.length)];
    return `${this.provinceCode}-${suffix}`;
  }
}
