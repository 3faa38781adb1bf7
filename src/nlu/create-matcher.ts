import { loadCatalogue, loadSynonyms } from '../catalogue/load.js';
import { Matcher, type MatcherOptions } from './matcher.js';

/** The matcher over the committed catalogue and synonyms in data/. */
export function createMatcher(options?: MatcherOptions, dataDir?: string): Matcher {
  return new Matcher(loadCatalogue(dataDir), loadSynonyms(dataDir), options);
}
