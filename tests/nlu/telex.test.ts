import { describe, expect, it } from 'vitest';
import { decodeTelex } from '../../src/nlu/telex.js';

describe('decodeTelex', () => {
  it.each([
    ['ddawng', 'dang'],
    ['kys', 'ky'],
    ['dduowngf', 'duong'],
    ['hooj', 'ho'],
    ['chieeus', 'chieu'],
  ])('%s → %s', (typed, plain) => {
    expect(decodeTelex(typed)).toBe(plain);
  });
  it('returns null when there is nothing to undo', () => {
    expect(decodeTelex('khai')).toBeNull();
  });
});
