import { AppError } from '../errors.js';
import type { Procedure } from './types.js';

/**
 * Validates data files at load time so that a bad file stops start-up with a message naming the
 * record and field, instead of failing later in the middle of a conversation.
 */
type Check = (value: unknown) => boolean;

const isString: Check = (v) => typeof v === 'string';
const isBoolean: Check = (v) => typeof v === 'boolean';
const isCount: Check = (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const oneOf = (...allowed: string[]): Check => (v) => typeof v === 'string' && allowed.includes(v);
const listOf = (item: Check): Check => (v) => Array.isArray(v) && v.every(item);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const PROCEDURE_FIELDS: Record<string, Check> = {
  code: (v) => typeof v === 'string' && /^\d\.\d{6}$/.test(v),
  name: (v) => typeof v === 'string' && v.trim().length > 0,
  audience: listOf(oneOf('citizen', 'business')),
  verticalBranch: isBoolean,
  weight: isCount,
  field: isString,
  agency: isString,
  onlineLevel: oneOf('toan-trinh', 'mot-phan', 'unknown'),
  channels: listOf(oneOf('in-person', 'online', 'post', 'other')),
  detail: (v) => v === null || isObject(v),
};

const DETAIL_FIELDS: Record<string, Check> = {
  steps: isString,
  documents: listOf((d) => isObject(d) && isString(d.name) && isString(d.copies)),
  submission: listOf((s) => isObject(s) && isString(s.channel) && isString(s.timeLimit) && isString(s.fee) && isString(s.note)),
  legalBasis: listOf(isString),
  result: isString,
  conditions: isString,
  implementingAgency: isString,
  competentAgency: isString,
  submissionAddress: isString,
  administrativeLevel: isString,
  decision: isString,
};

export function checkFields(record: unknown, fields: Record<string, Check>, where: string, file: string): void {
  if (!isObject(record)) throw invalid(file, `${where} is not an object`);
  for (const [field, check] of Object.entries(fields)) {
    if (!check(record[field])) throw invalid(file, `${where}, field "${field}" has an invalid value: ${JSON.stringify(record[field])?.slice(0, 80)}`);
  }
}

export function invalid(file: string, message: string): AppError {
  return new AppError('DATA_INVALID', `${file}: ${message}`, `Fix the file or rebuild it with "npm run catalogue:import".`);
}

export function validateCatalogue(data: unknown, file: string): Procedure[] {
  if (!isObject(data) || !Array.isArray(data.procedures)) throw invalid(file, 'expected {"procedures": [...]}');
  const seen = new Set<string>();
  data.procedures.forEach((record: unknown, i: number) => {
    const where = `record ${i}${isObject(record) && typeof record.code === 'string' ? ` (${record.code})` : ''}`;
    checkFields(record, PROCEDURE_FIELDS, where, file);
    const procedure = record as unknown as Procedure;
    if (seen.has(procedure.code)) throw invalid(file, `${where}: duplicate code`);
    seen.add(procedure.code);
    if (procedure.detail) checkFields(procedure.detail, DETAIL_FIELDS, `${where} detail`, file);
  });
  return data.procedures as Procedure[];
}
