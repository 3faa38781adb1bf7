import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RequestHandler } from 'express';
import type { Locale } from '../catalogue/provinces.js';
import type { Translate } from '../i18n.js';
import { PUBLIC_DIR } from '../paths.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

/** The web chat page, with its few interface strings filled in from locales/ for ?lang= (default: first language). */
export function webPage(translator: (locale: Locale) => Translate, languages: Locale[], province: string): RequestHandler {
  const template = readFileSync(join(PUBLIC_DIR, 'index.html'), 'utf8');
  const pages = new Map(
    languages.map((locale) => {
      const t = translator(locale);
      const html = template
        .replace(/\{\{lang\}\}/g, locale)
        .replace(/\{\{province\}\}/g, escapeHtml(province))
        .replace(/\{\{(web\.[a-z]+)\}\}/g, (_, key: string) => escapeHtml(t(key)));
      return [locale, html];
    }),
  );
  return (req, res) => {
    const asked = String(req.query.lang ?? '') as Locale;
    res.type('html').send(pages.get(asked) ?? pages.get(languages[0]!)!);
  };
}
