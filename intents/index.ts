import type { Intent } from '../src/core/intent.js';
import { adminUnit } from './admin-unit.js';
import { choose } from './choose.js';
import { feedback } from './feedback.js';
import { findProcedure } from './find-procedure.js';
import { followUp } from './follow-up.js';
import { greeting } from './greeting.js';
import { help } from './help.js';
import { language } from './language.js';
import { smallTalk } from './small-talk.js';
import { staff } from './staff.js';
import { ticketStatus } from './ticket-status.js';

/** Every intent the bot knows; the router asks each for a score and falls back to finding a procedure. */
export const intents: Intent[] = [greeting, help, language, choose, staff, ticketStatus, feedback, adminUnit, followUp, smallTalk, findProcedure];
export const fallbackIntent: Intent = findProcedure;
