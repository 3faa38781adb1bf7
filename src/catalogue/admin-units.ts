import { join } from 'node:path';
import { DATA_DIR } from '../paths.js';
import { toTokens } from '../nlu/tokens.js';
import { readDataFile } from './load.js';
import { invalid } from './schema.js';

/**
 * The 2025 reorganisation: 63 provinces became 34 and districts disappeared. People still write the old
 * names, so we answer "which province/commune is X now" from the official old-to-new mapping.
 */
interface AdminUnitsFile {
  provinces: { code: string; name: string; fullName: string; wards: [string, string][] }[];
  oldProvinces: { code: string; fullName: string; newCodes: string[] }[];
  oldCommunes: [string, string, string, string[]][];
}

export interface UnitAnswer {
  kind: 'province' | 'commune';
  /** The old name as written in the official list, e.g. "Tỉnh Trà Vinh" or "Xã Long Đức". */
  oldName: string;
  /** For a commune: the old province it belonged to. */
  oldProvince?: string;
  /** Full names of the unit(s) it is part of now, with their province. */
  now: { name: string; province: string }[];
}

const UNIT_PREFIX = /^(tinh|thanh pho|xa|phuong|thi tran|dac khu) /;
const MAX_NAME_WORDS = 5;

/** "Tỉnh Trà Vinh" → "tra vinh": the part people type. */
function shortKey(fullName: string): string {
  return toTokens(fullName).join(' ').replace(UNIT_PREFIX, '');
}

export class AdminUnits {
  private readonly provinceName = new Map<string, string>();
  private readonly wardName = new Map<string, { name: string; province: string }>();
  private readonly oldProvinces = new Map<string, AdminUnitsFile['oldProvinces']>();
  private readonly oldCommunes = new Map<string, AdminUnitsFile['oldCommunes']>();
  private readonly oldProvinceName = new Map<string, string>();

  constructor(data: AdminUnitsFile) {
    for (const p of data.provinces) {
      this.provinceName.set(p.code, p.fullName);
      for (const [code, name] of p.wards) this.wardName.set(code, { name, province: p.fullName });
    }
    for (const p of data.oldProvinces) {
      this.oldProvinceName.set(p.code, p.fullName);
      push(this.oldProvinces, shortKey(p.fullName), p);
    }
    for (const c of data.oldCommunes) push(this.oldCommunes, shortKey(c[1]), c);
  }

  /** Old units named in the text, provinces first; communes are narrowed by a province named beside them. */
  lookup(text: string, limit = 3): UnitAnswer[] {
    const tokens = toTokens(text);
    const names = new Set<string>();
    for (let i = 0; i < tokens.length; i++) {
      for (let n = 1; n <= MAX_NAME_WORDS && i + n <= tokens.length; n++) names.add(tokens.slice(i, i + n).join(' '));
    }
    const provinces = [...names].flatMap((name) => this.oldProvinces.get(name) ?? []);
    const provinceCodes = new Set(provinces.map((p) => p.code));
    const answers: UnitAnswer[] = provinces.map((p) => ({
      kind: 'province',
      oldName: p.fullName,
      now: p.newCodes.map((code) => ({ name: this.provinceName.get(code) ?? code, province: this.provinceName.get(code) ?? code })),
    }));
    const communes = [...names]
      .filter((name) => name.includes(' ')) // one-word commune names ("an") would match any sentence
      .flatMap((name) => this.oldCommunes.get(name) ?? [])
      .filter((c) => provinceCodes.size === 0 || provinceCodes.has(c[2]));
    for (const [, oldName, provinceCode, newCodes] of communes) {
      answers.push({
        kind: 'commune',
        oldName,
        oldProvince: this.oldProvinceName.get(provinceCode) ?? provinceCode,
        now: newCodes.map((code) => this.wardName.get(code) ?? { name: code, province: '' }),
      });
    }
    return answers.slice(0, limit);
  }
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function loadAdminUnits(dataDir = DATA_DIR): AdminUnits {
  const file = join(dataDir, 'admin-units.json');
  const data = readDataFile(file) as Partial<AdminUnitsFile>;
  if (!Array.isArray(data.provinces) || !Array.isArray(data.oldProvinces) || !Array.isArray(data.oldCommunes)) {
    throw invalid(file, 'expected "provinces", "oldProvinces" and "oldCommunes" lists');
  }
  return new AdminUnits(data as AdminUnitsFile);
}
