import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../errors.js';
import { DATA_DIR } from '../paths.js';
import { readDataFile } from './load.js';
import { checkFields, invalid } from './schema.js';

export type Locale = 'vi' | 'en' | 'km';

/**
 * What one deployment knows about its province. Contact facts a citizen would act on (hotline, address,
 * hours) stay empty until the operator fills them from an official source; `missingContactFields` lists them.
 */
export interface ProvinceProfile {
  id: string;
  code: string;
  name: string;
  officialName: string;
  /** Pre-2025 province names now part of this province. */
  oldNames: string[];
  portal: {
    baseUrl: string;
    /** With {code} for the national procedure code; empty = link to the national portal page. */
    procedureLinkTemplate: string;
  };
  languages: Locale[];
  contact: { hotline: string; centreAddress: string; hours: string };
}

const NATIONAL_PROCEDURE_PAGE = 'https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=';

export function nationalProcedureLink(code: string): string {
  return NATIONAL_PROCEDURE_PAGE + encodeURIComponent(code);
}

export function procedureLink(province: ProvinceProfile, code: string): string {
  const template = province.portal.procedureLinkTemplate;
  return template ? template.replace('{code}', encodeURIComponent(code)) : nationalProcedureLink(code);
}

export function missingContactFields(province: ProvinceProfile): string[] {
  return Object.entries(province.contact).filter(([, value]) => !value).map(([key]) => key);
}

const isString = (v: unknown) => typeof v === 'string';
const isUrlOrEmpty = (v: unknown) => v === '' || (typeof v === 'string' && /^https:\/\/[^\s]+$/.test(v));

const FIELDS = {
  id: (v: unknown) => typeof v === 'string' && /^[a-z-]+$/.test(v),
  code: (v: unknown) => typeof v === 'string' && /^\d{2}$/.test(v),
  name: (v: unknown) => typeof v === 'string' && v.length > 0,
  officialName: (v: unknown) => typeof v === 'string' && v.length > 0,
  oldNames: (v: unknown) => Array.isArray(v) && v.every(isString),
  portal: (v: unknown) => {
    const p = v as Record<string, unknown> | null;
    return !!p && isUrlOrEmpty(p.baseUrl) && (p.procedureLinkTemplate === '' || (isUrlOrEmpty(p.procedureLinkTemplate) && String(p.procedureLinkTemplate).includes('{code}')));
  },
  languages: (v: unknown) => Array.isArray(v) && v.length > 0 && v.every((l) => ['vi', 'en', 'km'].includes(l)),
  contact: (v: unknown) => {
    const c = v as Record<string, unknown> | null;
    return !!c && isString(c.hotline) && isString(c.centreAddress) && isString(c.hours);
  },
};

export function listProvinceIds(dataDir = DATA_DIR): string[] {
  return readdirSync(join(dataDir, 'provinces')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
}

export function loadProvince(id: string, dataDir = DATA_DIR): ProvinceProfile {
  const known = listProvinceIds(dataDir);
  if (!known.includes(id)) {
    throw new AppError('CONFIG_INVALID', `PROVINCE="${id}" has no profile in data/provinces/`, `Use one of: ${known.join(', ')}, or add data/provinces/${id}.json.`);
  }
  const file = join(dataDir, 'provinces', `${id}.json`);
  const data = readDataFile(file);
  checkFields(data, FIELDS, 'profile', file);
  const profile = data as ProvinceProfile;
  if (profile.id !== id) throw invalid(file, `"id" is "${profile.id}" but the file is named ${id}.json`);
  return profile;
}
