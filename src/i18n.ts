import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next, { type TFunction } from 'i18next';
import type { Locale } from './catalogue/provinces.js';
import { LOCALES_DIR } from './paths.js';

export const LOCALES: Locale[] = ['vi', 'en', 'km'];
export type Translate = TFunction;

/** Loads locales/{vi,en,km}/translation.json once, synchronously, and returns a translator per locale. */
export function createTranslator(localesDir = LOCALES_DIR): (locale: Locale) => Translate {
  const resources = Object.fromEntries(
    LOCALES.map((locale) => [locale, { translation: JSON.parse(readFileSync(join(localesDir, locale, 'translation.json'), 'utf8')) }]),
  );
  const instance = i18next.createInstance();
  void instance.init({ resources, lng: 'vi', fallbackLng: 'vi', initAsync: false, interpolation: { escapeValue: false }, returnNull: false });
  const translators = new Map(LOCALES.map((locale) => [locale, instance.getFixedT(locale)]));
  return (locale) => translators.get(locale) ?? translators.get('vi')!;
}
