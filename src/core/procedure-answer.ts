import { missingContactFields, nationalProcedureLink, procedureLink } from '../catalogue/provinces.js';
import type { Procedure } from '../catalogue/types.js';
import type { TurnContext } from './context.js';
import { splitText } from './split-text.js';
import type { Button, Link } from './types.js';

export type Aspect = 'documents' | 'fees' | 'time' | 'where' | 'online' | 'post';

/** Long enough for a full answer on every channel; channels split further if they must. */
const REPLY_CHARS = 1500;
const MAX_DOCUMENTS = 12;

/**
 * The answer a citizen sees for a procedure: what it is, how far it is online, what to bring, what it
 * costs, how long it takes and where to submit, with the portal links. Facts missing from our data are
 * never guessed: the answer says they are on the portal.
 */
export function answerProcedure(ctx: TurnContext, procedure: Procedure, focus?: Aspect): void {
  const sections = focus ? FOCUS[focus].map((a) => section(ctx, procedure, a)) : fullAnswer(ctx, procedure);
  const parts = splitText(sections.join('\n\n'), REPLY_CHARS);
  parts.forEach((part, i) => {
    if (i < parts.length - 1) ctx.reply(part);
    else ctx.offer(part, followUpButtons(ctx, procedure), links(ctx, procedure));
  });
  ctx.session.current = procedure.code;
}

/** What a follow-up shows: a question about fees usually also wants to know how long it takes. */
const FOCUS: Record<Aspect, Aspect[]> = { documents: ['documents'], fees: ['fees', 'time'], time: ['time'], where: ['where'], online: ['online'], post: ['post'] };

function fullAnswer(ctx: TurnContext, p: Procedure): string[] {
  // Without a detailed record, one line says where the details are instead of three "unknown"s.
  const details = p.detail ? (['documents', 'fees', 'time'] as Aspect[]).map((a) => section(ctx, p, a)) : [ctx.t('procedure.detailsOnPortal')];
  return [header(ctx, p), ...details, section(ctx, p, 'where')];
}

function header(ctx: TurnContext, p: Procedure): string {
  return [ctx.t('procedure.header', { name: p.name, code: p.code }), section(ctx, p, 'online')].join('\n');
}

function section(ctx: TurnContext, p: Procedure, aspect: Aspect): string {
  const { t } = ctx;
  const detail = p.detail;
  switch (aspect) {
    case 'online':
      // A detailed record may list online submission without saying which level it is.
      if (p.onlineLevel === 'unknown' && p.channels.includes('online')) return t('procedure.online.available');
      return t(`procedure.online.${p.onlineLevel}`);
    case 'documents': {
      if (!detail || detail.documents.length === 0) return t('procedure.documents.unknown');
      const shown = detail.documents.slice(0, MAX_DOCUMENTS).map((d, i) => `${i + 1}. ${d.name}${d.copies ? ` (${d.copies})` : ''}`);
      const more = detail.documents.length - shown.length;
      return [t('procedure.documents.title'), ...shown, ...(more > 0 ? [t('procedure.documents.more', { count: more })] : [])].join('\n');
    }
    case 'fees': {
      const fees = unique(detail?.submission.map((s) => s.fee));
      return fees.length ? t('procedure.fees.known', { fees: fees.join('; ') }) : t('procedure.fees.unknown');
    }
    case 'time': {
      const limits = unique(detail?.submission.map((s) => s.timeLimit));
      return limits.length ? t('procedure.time.known', { limits: limits.join('; ') }) : t('procedure.time.unknown');
    }
    case 'where':
      return [t('procedure.where.title'), `• ${t('procedure.where.portal', { portal: ctx.services.province.portal.baseUrl || nationalProcedureLink(p.code) })}`, `• ${centreLine(ctx)}`, `• ${section(ctx, p, 'post')}`].join('\n');
    case 'post':
      if (p.channels.includes('post')) return t('procedure.post.yes');
      if (detail) return t('procedure.post.notListed');
      return t('procedure.post.unknown');
  }
}

function centreLine(ctx: TurnContext): string {
  const { province } = ctx.services;
  if (missingContactFields(province).includes('centreAddress')) return ctx.t('procedure.where.centreUnknown', { province: province.name });
  return ctx.t('procedure.where.centre', { address: province.contact.centreAddress, hours: province.contact.hours || ctx.t('procedure.where.hoursUnknown') });
}

function followUpButtons(ctx: TurnContext, p: Procedure): Button[] {
  const { t } = ctx;
  return [
    { label: t('buttons.documents'), payload: 'ask:documents' },
    { label: t('buttons.fees'), payload: 'ask:fees' },
    { label: t('buttons.where'), payload: 'ask:where' },
    { label: t('buttons.helpful'), payload: `fb:up:${p.code}` },
    { label: t('buttons.notHelpful'), payload: `fb:down:${p.code}` },
    { label: t('buttons.staff'), payload: 'staff' },
  ];
}

function links(ctx: TurnContext, p: Procedure): Link[] {
  const { province } = ctx.services;
  const out: Link[] = [];
  if (province.portal.procedureLinkTemplate) out.push({ label: ctx.t('links.provinceProcedure', { province: province.name }), url: procedureLink(province, p.code) });
  else if (province.portal.baseUrl) out.push({ label: ctx.t('links.provincePortal', { province: province.name }), url: province.portal.baseUrl });
  out.push({ label: ctx.t('links.national'), url: nationalProcedureLink(p.code) });
  return out;
}

function unique(values: string[] | undefined): string[] {
  return [...new Set((values ?? []).filter(Boolean))];
}
