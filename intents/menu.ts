import type { TurnContext } from '../src/core/context.js';
import type { Button } from '../src/core/types.js';

/** What the bot can do, as buttons: shown by greeting, help and whenever the bot cannot help. */
export function menuButtons(ctx: TurnContext): Button[] {
  return [
    { label: ctx.t('buttons.popular'), payload: 'help:popular' },
    { label: ctx.t('buttons.staff'), payload: 'staff' },
    { label: ctx.t('buttons.ticket'), payload: 'ticket' },
    { label: ctx.t('buttons.language'), payload: 'lang' },
  ];
}
