import type { Locale } from '../catalogue/provinces.js';

/** One message from any platform, already stripped of platform detail by its channel. */
export interface UserMessage {
  /** Stable per chat: replies and session belong to it. */
  conversationId: string;
  userId: string;
  /** Which channel it came from, kept only to relay staff answers back the same way later. */
  channel: string;
  text?: string;
  /** A button press: the payload the button carried. */
  payload?: string;
  /** The user's language if the platform told us. */
  locale?: Locale;
}

export interface Button {
  label: string;
  payload: string;
}

export interface Link {
  label: string;
  url: string;
}

/** Only `text` is required of a channel; buttons degrade to numbered text, links to plain URLs. */
export interface Reply {
  text: string;
  buttons: Button[];
  links: Link[];
}
