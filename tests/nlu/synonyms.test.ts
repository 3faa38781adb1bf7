import { describe, expect, it } from 'vitest';
import { SynonymTable } from '../../src/nlu/synonyms.js';

const table = new SynonymTable({
  expansions: { 'so ho khau': 'xac nhan thong tin cu tru', 'ho khau': 'thuong tru', dk: 'dang ky', hkd: 'ho kinh doanh', 'dang ky ho kinh doanh': 'dang ky thanh lap ho kinh doanh', 'le phi': '' },
  khmer: { 'សំបុត្រកំណើត': 'dang ky khai sinh' },
  stopwords: [],
  functionWords: [],
});

describe('SynonymTable', () => {
  it('prefers the longest phrase', () => {
    expect(table.expand(['so', 'ho', 'khau']).tokens).toEqual(['xac', 'nhan', 'thong', 'tin', 'cu', 'tru']);
    expect(table.expand(['nhap', 'ho', 'khau']).tokens).toEqual(['nhap', 'thuong', 'tru']);
  });
  it('reads a phrase formed by a first rewrite', () => {
    expect(table.expand(['dk', 'hkd']).tokens.join(' ')).toBe('dang ky thanh lap ho kinh doanh');
  });
  it('deletes phrases mapped to nothing', () => {
    expect(table.expand(['le', 'phi', 'khai', 'sinh']).tokens).toEqual(['khai', 'sinh']);
  });
  it('keeps original words the caller wants kept', () => {
    expect(table.expand(['dk'], (t) => t === 'dk').tokens).toEqual(['dang', 'ky', 'dk']);
  });
  it('finds Khmer terms inside unspaced text', () => {
    expect(table.khmerToVietnamese('ខ្ញុំចង់បានសំបុត្រកំណើត')).toEqual(['dang', 'ky', 'khai', 'sinh']);
  });
});
