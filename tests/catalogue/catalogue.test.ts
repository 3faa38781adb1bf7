import { mkdtempSync, writeFileSync, copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/load.js';
import { parseOnlineLevel } from '../../src/catalogue/online-level.js';
import { AppError } from '../../src/errors.js';
import { DATA_DIR } from '../../src/paths.js';

describe('committed catalogue', () => {
  const catalogue = loadCatalogue();
  it('holds the national list and the detailed records', () => {
    expect(catalogue.length).toBeGreaterThanOrEqual(2929);
    expect(catalogue.filter((p) => p.detail).length).toBe(207);
    const birth = catalogue.find((p) => p.code === '1.001193');
    expect(birth?.name).toBe('Thủ tục đăng ký khai sinh');
    expect(birth?.audience).toEqual(['citizen']);
  });
  it('keeps unknown facts empty instead of the export filler text', () => {
    const detailed = catalogue.filter((p) => p.detail);
    for (const p of detailed) {
      expect(p.detail!.submissionAddress).not.toMatch(/không có thông tin/i);
      expect(p.field).not.toBe('');
    }
  });
  it('reads submission channels, fees and time limits of detailed records', () => {
    const oilSpill = catalogue.find((p) => p.code === '1.013124')!;
    expect(oilSpill.channels).toEqual(['in-person', 'online', 'post']);
    expect(oilSpill.detail!.submission[0]).toMatchObject({ timeLimit: '30 Ngày làm việc', fee: 'Phí : 0 Đồng' });
    expect(oilSpill.detail!.documents.length).toBe(2);
  });
});

describe('load-time validation', () => {
  function dataDirWith(catalogue: unknown): string {
    const dir = mkdtempSync(join(tmpdir(), 'dvc-data-'));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'catalogue.json'), JSON.stringify(catalogue));
    copyFileSync(join(DATA_DIR, 'synonyms.json'), join(dir, 'synonyms.json'));
    return dir;
  }
  const good = { code: '1.000001', name: 'X', audience: ['citizen'], verticalBranch: false, weight: 1, field: '', agency: '', onlineLevel: 'unknown', channels: [], detail: null };

  it('names the record and the field of a bad value', () => {
    const dir = dataDirWith({ procedures: [good, { ...good, code: '1.000002', onlineLevel: 'muc-do-5' }] });
    expect(() => loadCatalogue(dir)).toThrowError(/record 1 \(1\.000002\), field "onlineLevel"/);
  });
  it('rejects duplicate codes and unreadable JSON with a fix-it hint', () => {
    expect(() => loadCatalogue(dataDirWith({ procedures: [good, good] }))).toThrowError(/duplicate code/);
    const dir = dataDirWith({});
    writeFileSync(join(dir, 'catalogue.json'), '{not json');
    try {
      loadCatalogue(dir);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('DATA_INVALID');
      expect((error as AppError).hint).toMatch(/catalogue:import/);
    }
  });
});

describe('parseOnlineLevel', () => {
  it('reads current and legacy words', () => {
    expect(parseOnlineLevel('dịch vụ công trực tuyến toàn trình')).toBe('toan-trinh');
    expect(parseOnlineLevel('DVC mức độ 4')).toBe('toan-trinh');
    expect(parseOnlineLevel('dịch vụ công trực tuyến một phần')).toBe('mot-phan');
    expect(parseOnlineLevel('mức độ 3')).toBe('mot-phan');
  });
  it('does not read "một phần" of a road as an online level', () => {
    expect(parseOnlineLevel('Sử dụng tạm thời một phần lòng đường')).toBe('unknown');
  });
});
