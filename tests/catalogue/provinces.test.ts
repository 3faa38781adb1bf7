import { describe, expect, it } from 'vitest';
import { loadAdminUnits } from '../../src/catalogue/admin-units.js';
import { listProvinceIds, loadProvince, missingContactFields, procedureLink } from '../../src/catalogue/provinces.js';
import { readDataFile } from '../../src/catalogue/load.js';
import { DATA_DIR } from '../../src/paths.js';
import { join } from 'node:path';

describe('province profiles', () => {
  const units = readDataFile(join(DATA_DIR, 'admin-units.json')) as {
    provinces: { code: string; fullName: string }[];
    oldProvinces: { fullName: string; newCodes: string[] }[];
  };

  it.each(listProvinceIds())('%s matches the official 2025 list and its old names', (id) => {
    const profile = loadProvince(id);
    expect(units.provinces.find((p) => p.code === profile.code)?.fullName).toBe(profile.officialName);
    const merged = units.oldProvinces.filter((p) => p.newCodes.includes(profile.code)).map((p) => p.fullName).sort();
    expect([...profile.oldNames].sort()).toEqual(merged);
  });
  it('Vĩnh Long includes ex-Trà Vinh and speaks Khmer', () => {
    const vinhLong = loadProvince('vinh-long');
    expect(vinhLong.oldNames).toContain('Tỉnh Trà Vinh');
    expect(vinhLong.languages).toEqual(['vi', 'en', 'km']);
  });
  it('reports unknown contacts as missing and links to the national page without a template', () => {
    const haTinh = loadProvince('ha-tinh');
    expect(missingContactFields(haTinh)).toEqual(['hotline', 'centreAddress', 'hours']);
    expect(procedureLink(haTinh, '1.001193')).toBe('https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1.001193');
    const templated = { ...haTinh, portal: { ...haTinh.portal, procedureLinkTemplate: 'https://example.gov.vn/tt?ma={code}' } };
    expect(procedureLink(templated, '1.001193')).toBe('https://example.gov.vn/tt?ma=1.001193');
  });
  it('refuses an unknown PROVINCE with the list of known ones', () => {
    expect(() => loadProvince('atlantis')).toThrowError(/no profile/);
  });
});

describe('admin units after the 2025 merger', () => {
  const admin = loadAdminUnits();
  it('says which province an old province is now', () => {
    const [answer] = admin.lookup('tra vinh gio thuoc tinh nao');
    expect(answer).toMatchObject({ kind: 'province', oldName: 'Tỉnh Trà Vinh', now: [{ name: 'Tỉnh Vĩnh Long' }] });
  });
  it('says which commune an old commune is now, narrowed by the province named', () => {
    const answers = admin.lookup('Xã Long Đức, Trà Vinh bây giờ là xã nào');
    const commune = answers.find((a) => a.kind === 'commune');
    expect(commune).toMatchObject({ oldName: 'Xã Long Đức', oldProvince: 'Tỉnh Trà Vinh', now: [{ name: 'Phường Long Đức', province: 'Tỉnh Vĩnh Long' }] });
  });
  it('finds nothing in a sentence without place names', () => {
    expect(admin.lookup('lam giay khai sinh')).toEqual([]);
  });
});
