import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../errors.js';
import type { SynonymData } from '../nlu/synonyms.js';
import { DATA_DIR } from '../paths.js';
import { invalid, validateCatalogue } from './schema.js';
import type { Procedure } from './types.js';

export function readDataFile(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (cause) {
    throw new AppError('DATA_INVALID', `${path}: cannot be read as JSON (${(cause as Error).message})`, 'Rebuild data/ with "npm run catalogue:import".', { cause });
  }
}

export function loadCatalogue(dataDir = DATA_DIR): Procedure[] {
  const file = join(dataDir, 'catalogue.json');
  return validateCatalogue(readDataFile(file), file);
}

export function loadSynonyms(dataDir = DATA_DIR): SynonymData {
  const file = join(dataDir, 'synonyms.json');
  const data = readDataFile(file) as Partial<SynonymData>;
  const isMap = (v: unknown) => typeof v === 'object' && v !== null && Object.values(v).every((x) => typeof x === 'string');
  if (!isMap(data.expansions)) throw invalid(file, '"expansions" must map strings to strings');
  if (!isMap(data.khmer)) throw invalid(file, '"khmer" must map strings to strings');
  for (const list of ['stopwords', 'functionWords'] as const) {
    const words = data[list];
    if (!Array.isArray(words) || !words.every((w) => typeof w === 'string')) throw invalid(file, `"${list}" must be a list of strings`);
  }
  return data as SynonymData;
}
