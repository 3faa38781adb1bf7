/**
 * Builds data/ (and the shared eval sets under tests/eval/) from ../shared/data.
 * Rerunnable and deterministic: the same input gives byte-identical output, so a diff shows real changes.
 * Usage: npm run catalogue:import [-- --shared PATH]
 */
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseOnlineLevel } from '../src/catalogue/online-level.js';
import { foldDiacritics } from '../src/nlu/fold.js';
import type { Audience, Procedure, ProcedureDetail, SubmissionChannel } from '../src/catalogue/types.js';

const args = process.argv.slice(2);
const sharedIndex = args.indexOf('--shared');
const shared = resolve(sharedIndex >= 0 ? String(args[sharedIndex + 1]) : join(import.meta.dirname, '..', '..', 'shared', 'data'));
const root = resolve(import.meta.dirname, '..');
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(shared, path), 'utf8'));

interface NationalRow { ma_tthc: string; ten: string; doi_tuong: string[]; is_nganh_doc: boolean; weight: number }
interface FieldRow { ID: string; FIELD_NAME: string }
interface DetailedFile {
  thu_tuc_id: string;
  metadata: Record<string, string>;
  content: Record<string, string>;
  tables: {
    hinh_thuc_nop: { hinh_thuc: string; thoi_han_giai_quyet: string; phi_le_phi: string; mo_ta: string }[];
    thanh_phan_ho_so: { ten_giay_to: string; so_luong: string; ghi_chu: string }[];
    can_cu_phap_ly: { so_ky_hieu: string; trich_yeu: string; ngay_ban_hanh: string; co_quan_ban_hanh: string }[];
  };
}

const NO_INFO = new Set(['', 'không có thông tin', 'không']);
/** The portal exports write "Không có thông tin" for an empty field: we keep such values empty, never as text. */
const clean = (value: string | undefined): string => {
  const text = (value ?? '').replace(/\s+/g, ' ').trim();
  return NO_INFO.has(text.toLowerCase()) ? '' : text;
};

const AUDIENCE: Record<string, Audience> = { congdan: 'citizen', doanhnghiep: 'business' };
const CHANNEL: Record<string, SubmissionChannel> = { 'Trực tiếp': 'in-person', 'Trực tuyến': 'online', 'Dịch vụ bưu chính': 'post' };

/** "An toàn thực phẩm(Bộ Y tế)" → field and owning ministry. */
function splitField(fieldName: string): { field: string; agency: string } {
  const match = /^(.*)\(([^()]*)\)\s*$/.exec(fieldName);
  return match ? { field: clean(match[1]), agency: clean(match[2]) } : { field: clean(fieldName), agency: '' };
}

function agencyOfField(field: string, fields: FieldRow[]): string {
  const folded = foldDiacritics(field);
  const hits = fields.map((f) => splitField(f.FIELD_NAME)).filter((f) => foldDiacritics(f.field) === folded);
  // Only derivable when the field name belongs to exactly one ministry.
  return hits.length === 1 ? hits[0]!.agency : '';
}

function detailOf(file: DetailedFile): ProcedureDetail {
  const c = file.content;
  const forms = file.tables.hinh_thuc_nop;
  return {
    steps: clean(c['trình_tự_thực_hiện']),
    documents: file.tables.thanh_phan_ho_so
      .map((d) => ({ name: clean(d.ten_giay_to), copies: clean(d.ghi_chu.replace(/\n/g, '; ')) }))
      .filter((d) => d.name !== ''),
    submission: forms.map((f) => ({
      channel: CHANNEL[f.hinh_thuc] ?? 'other',
      timeLimit: clean(f.thoi_han_giai_quyet),
      fee: clean(f.phi_le_phi),
      note: clean(f.mo_ta),
    })),
    legalBasis: file.tables.can_cu_phap_ly.map((l) => clean(l.trich_yeu) || clean(l.so_ky_hieu)).filter(Boolean),
    result: clean(c['kết_quả_thực_hiện']),
    conditions: clean(c['yêu_cầu_điều_kiện_thực_hiện']),
    implementingAgency: clean(c['cơ_quan_thực_hiện']),
    competentAgency: clean(c['cơ_quan_có_thẩm_quyền']),
    submissionAddress: clean(c['địa_chỉ_tiếp_nhận_hs']),
    administrativeLevel: clean(file.metadata['cấp_thực_hiện']),
    decision: clean(file.metadata['số_quyết_định']),
  };
}

function audienceFromText(text: string): Audience[] {
  const folded = foldDiacritics(text);
  const out: Audience[] = [];
  if (/cong dan|nguoi viet nam|nguoi nuoc ngoai|ca nhan/.test(folded)) out.push('citizen');
  if (/doanh nghiep|hop tac xa|to chuc/.test(folded)) out.push('business');
  return out.length ? out : ['citizen'];
}

function buildCatalogue(): Procedure[] {
  const national = readJson('catalogue/national-procedures.json') as NationalRow[];
  const fields = readJson('catalogue/fields_linhvuc.json') as FieldRow[];
  const dir = join(shared, 'catalogue', 'detailed-bqp');
  const detailed = new Map<string, DetailedFile>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    const file = JSON.parse(readFileSync(join(dir, name), 'utf8')) as DetailedFile;
    detailed.set(file.thu_tuc_id, file);
  }
  const byCode = new Map<string, Procedure>();
  for (const row of national) {
    byCode.set(row.ma_tthc, {
      code: row.ma_tthc,
      name: clean(row.ten),
      audience: row.doi_tuong.map((a) => AUDIENCE[a]).filter((a): a is Audience => a !== undefined),
      verticalBranch: row.is_nganh_doc,
      weight: row.weight,
      field: '',
      agency: '',
      onlineLevel: parseOnlineLevel(row.ten),
      channels: [],
      detail: null,
    });
  }
  for (const [code, file] of detailed) {
    const field = clean(file.metadata['lĩnh_vực']);
    const detail = detailOf(file);
    const channels = [...new Set(detail.submission.map((s) => s.channel))].filter((c) => c !== 'other');
    const known = byCode.get(code);
    const name = known?.name ?? clean(file.metadata['tên_thủ_tục']);
    byCode.set(code, {
      code,
      name,
      audience: known?.audience ?? audienceFromText(file.content['đối_tượng_thực_hiện'] ?? ''),
      verticalBranch: known?.verticalBranch ?? false,
      weight: known?.weight ?? 0,
      field,
      agency: agencyOfField(field, fields),
      onlineLevel: parseOnlineLevel([name, file.content['cách_thức_thực_hiện'] ?? '', ...detail.submission.map((s) => s.note)].join(' ')),
      channels: channels as SubmissionChannel[],
      detail,
    });
  }
  return [...byCode.values()].sort((a, b) => b.weight - a.weight || a.code.localeCompare(b.code));
}

interface NewProvince { Code: string; Name: string; NameEn: string; FullName: string; Wards: { Code: string; Name: string; FullName: string }[] }
interface SplitFile { data: { level1_id: string; name: string; splits: { new_id: string }[]; level3s: { level3_id: string; name: string; splits: { new_id: string }[] }[] }[] }

function buildAdminUnits() {
  const provinces = readJson('admin-units/new-2025_34prov_3321wards_full.json') as NewProvince[];
  const splits = readJson('admin-units/map_old_to_new_splits.json') as SplitFile;
  return {
    provinces: provinces.map((p) => ({
      code: p.Code,
      name: p.Name,
      nameEn: p.NameEn,
      fullName: p.FullName,
      wards: p.Wards.map((w) => [w.Code, w.FullName] as const),
    })),
    oldProvinces: splits.data.map((p) => ({ code: p.level1_id, fullName: p.name, newCodes: p.splits.map((s) => s.new_id) })),
    // [old commune code, old full name, old province code, new ward codes]
    oldCommunes: splits.data.flatMap((p) => p.level3s.map((c) => [c.level3_id, c.name, p.level1_id, c.splits.map((s) => s.new_id)] as const)),
  };
}

/** faq-egovbot names the expected procedure by title; our eval format wants codes. */
function convertFaq(catalogue: Procedure[]): { lines: string[]; dropped: string[] } {
  const norm = (s: string) => foldDiacritics(s.replace(/^Tên thủ tục:\s*/i, '')).replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim();
  const byName = new Map<string, string[]>();
  for (const p of catalogue) byName.set(norm(p.name), [...(byName.get(norm(p.name)) ?? []), p.code]);
  const lines: string[] = [];
  const dropped: string[] = [];
  for (const raw of readFileSync(join(shared, 'eval', 'faq-egovbot.jsonl'), 'utf8').split('\n').filter(Boolean)) {
    const row = JSON.parse(raw) as { question: string; expected_procedure_title: string };
    const codes = byName.get(norm(row.expected_procedure_title));
    if (codes) lines.push(JSON.stringify({ q: row.question, expect: codes }));
    else dropped.push(row.expected_procedure_title);
  }
  return { lines, dropped };
}

const writeJson = (path: string, value: unknown) => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), JSON.stringify(value) + '\n');
};

const catalogue = buildCatalogue();
writeJson('data/catalogue.json', {
  source: 'National Public Service Portal list (makecolour/SongGio @ffea47c, MIT) + detailed exports (nhdandz/ThuTucHanhChinh @936e184); built by scripts/import-data.ts',
  procedures: catalogue,
});
writeJson('data/admin-units.json', {
  source: 'thanglequoc/vietnamese-provinces-database @cd58063 (MIT), dvhcvn @dd94887 (MIT); built by scripts/import-data.ts',
  ...buildAdminUnits(),
});
mkdirSync(join(root, 'tests', 'eval'), { recursive: true });
writeFileSync(join(root, 'tests/eval/real-questions-dev.jsonl'), readFileSync(join(shared, 'eval', 'real-questions-dev.jsonl'), 'utf8'));
const faq = convertFaq(catalogue);
writeFileSync(join(root, 'tests/eval/faq-egovbot.jsonl'), faq.lines.join('\n') + '\n');

const withDetail = catalogue.filter((p) => p.detail).length;
console.log(`catalogue: ${catalogue.length} procedures (${withDetail} detailed) → data/catalogue.json`);
console.log(`admin units → data/admin-units.json`);
console.log(`eval: real-questions-dev copied; faq-egovbot ${faq.lines.length} kept, ${faq.dropped.length} dropped (expected title not in the catalogue)`);
