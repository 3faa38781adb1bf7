import type { Intent } from '../src/core/intent.js';
import { compilePhrases, phraseCoverage } from '../src/core/phrases.js';

const examples = {
  vi: ['tỉnh nào', 'xã nào', 'phường nào', 'bây giờ là', 'bây giờ thuộc', 'giờ thuộc', 'sáp nhập', 'sáp nhập vào', 'sau sáp nhập', 'tên mới'],
  en: ['which province', 'which commune', 'now part of', 'merged', 'new name'],
};
const phrases = compilePhrases(examples.vi, examples.en);

/** "Which province/commune is X now?" after the 1 July 2025 reorganisation. */
export const adminUnit: Intent = {
  name: 'admin-unit',
  examples,
  score(ctx) {
    if (phraseCoverage(ctx.text, phrases) === 0) return 0;
    return ctx.services.adminUnits.lookup(ctx.text).length > 0 ? 0.95 : 0;
  },
  handle(ctx) {
    const lines = ctx.services.adminUnits.lookup(ctx.text).map((answer) => {
      const now = answer.now.map((unit) => (answer.kind === 'commune' ? `${unit.name} (${unit.province})` : unit.name)).join(', ');
      return answer.kind === 'province'
        ? ctx.t('adminUnit.province', { old: answer.oldName, now })
        : ctx.t('adminUnit.commune', { old: answer.oldName, oldProvince: answer.oldProvince, now });
    });
    ctx.reply([...lines, ctx.t('adminUnit.note')].join('\n'));
  },
};
