import type { AdminUnits } from '../catalogue/admin-units.js';
import type { Locale, ProvinceProfile } from '../catalogue/provinces.js';
import type { TicketRepository } from '../escalation/tickets.js';
import type { Translate } from '../i18n.js';
import type { Matcher, MatchResult } from '../nlu/matcher.js';
import type { KeyValueStore } from '../store/kv.js';
import type { Keys } from '../store/keys.js';
import type { Session } from './session.js';
import type { Button, Link, Reply, UserMessage } from './types.js';

/** Everything a turn may use; built once at start-up. */
export interface Services {
  matcher: Matcher;
  province: ProvinceProfile;
  adminUnits: AdminUnits;
  tickets: TicketRepository;
  store: KeyValueStore;
  keys: Keys;
  translator: (locale: Locale) => Translate;
}

/** One turn of the conversation: the message, the session, and the replies being built. */
export class TurnContext {
  readonly replies: Reply[] = [];
  /** What the bot was waiting for before this message; cleared in the session so it never sticks. */
  readonly pendingBefore: Session['pending'];
  locale: Locale;
  t: Translate;

  constructor(
    readonly message: UserMessage,
    readonly session: Session,
    readonly services: Services,
  ) {
    this.pendingBefore = session.pending;
    session.pending = null;
    this.locale = session.locale ?? message.locale ?? 'vi';
    this.t = services.translator(this.locale);
  }

  private matched: MatchResult | undefined;

  get text(): string {
    return (this.message.text ?? '').trim();
  }

  /** The matcher's reading of this message, computed once however many intents ask. */
  match(): MatchResult {
    this.matched ??= this.services.matcher.match(this.text);
    return this.matched;
  }

  setLocale(locale: Locale): void {
    this.locale = locale;
    this.t = this.services.translator(locale);
  }

  reply(text: string, extras: { buttons?: Button[]; links?: Link[] } = {}): void {
    this.replies.push({ text, buttons: extras.buttons ?? [], links: extras.links ?? [] });
  }

  /** Offers buttons and remembers them, so typing their number works on text-only channels. */
  offer(text: string, buttons: Button[], links: Link[] = []): void {
    this.reply(text, { buttons, links });
    this.session.pending = { kind: 'choice', payloads: buttons.map((b) => b.payload) };
  }
}
