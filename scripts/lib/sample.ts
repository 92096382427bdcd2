/**
 * The bundled sample workbook, built from seed plan 001 (Phòng GD&ĐT Châu Thành, 2024): 30 schools
 * in three blocks filling their own result sheets, as units really do — slightly different header
 * texts, blank cells, a number typed as text, a score over the maximum, large self/appraised gaps,
 * an exact tie, a unit failing a mandatory criterion — and about 300 award proposals of which the
 * district-level ones fail the 80% small-collective/direct-worker rule.
 */
import ExcelJS from 'exceljs';
import type { Criterion, Plan } from '../../src/domain/plan/schema';
import { planPresets } from '../../src/domain/plan/presets';
import { applyWritePlan } from '../../src/hosts/xlsx/write';
import { renderPlanSheet } from '../../src/workbook/render/plan-sheet';
import { communes, personName } from './names';
import { seededRandom, type Random } from './random';

export const samplePresetNumber = '338/KH-PGDĐT';

export function samplePlan(): Plan {
  const preset = planPresets.find((p) => p.plan.info.number === samplePresetNumber);
  if (!preset) throw new Error(`preset ${samplePresetNumber} not found`);
  return preset.plan;
}

interface SampleUnit {
  readonly code: string;
  readonly name: string;
  readonly block: string;
  readonly size: 'tập thể lớn' | 'tập thể nhỏ';
  readonly headcount: number;
}

const blocks: readonly { readonly name: string; readonly prefix: string; readonly school: string; readonly count: number }[] = [
  { name: 'Cụm Mầm non', prefix: 'MN', school: 'Trường Mầm non', count: 10 },
  { name: 'Cụm Tiểu học', prefix: 'TH', school: 'Trường Tiểu học', count: 11 },
  { name: 'Cụm Trung học cơ sở', prefix: 'THCS', school: 'Trường THCS', count: 9 },
];

function sampleUnits(rnd: Random): SampleUnit[] {
  const units: SampleUnit[] = [];
  let commune = 0;
  for (const b of blocks) {
    for (let i = 1; i <= b.count; i++) {
      units.push({
        code: `${b.prefix}${String(i).padStart(2, '0')}`,
        name: `${b.school} ${communes[commune++ % communes.length]}`,
        block: b.name,
        size: 'tập thể lớn',
        headcount: rnd.int(18, 65),
      });
    }
  }
  return units;
}

function isLeaf(c: Criterion, plan: Plan): boolean {
  return !plan.criteria.some((o) => o.code.startsWith(`${c.code}.`));
}

type Value = number | string | null;
interface Row {
  code: string;
  text: string;
  max: number;
  actual: Value;
  self: Value;
  appraised: Value;
  note: string;
}

/** One unit's rows, with plausible scores; `quirks` add the sample's deliberate problems. */
function unitRows(plan: Plan, rnd: Random, profile: { level: number; gap: boolean; appraise: boolean }): Row[] {
  return plan.criteria.map((c): Row => {
    const base: Row = { code: c.code, text: c.text, max: c.maxPoints, actual: null, self: null, appraised: null, note: '' };
    if (!isLeaf(c, plan)) return base;
    const half = (v: number): number => Math.round(v * 2) / 2;
    if (c.kind === 'bonus') {
      const self = rnd.chance(0.35) ? half(c.maxPoints * rnd.next()) : 0;
      return { ...base, self, appraised: profile.appraise ? self : null, note: self > 0 ? 'Có quyết định công nhận' : '' };
    }
    if (c.kind === 'deduction') {
      const self = rnd.chance(0.2) ? Math.min(c.maxPoints, rnd.int(1, 2)) : 0;
      return { ...base, self, appraised: profile.appraise ? self : null };
    }
    if (c.mandatory && c.method === 'points') {
      // Mandatory criteria must be met in full: units that claim them normally get every point.
      return { ...base, self: c.maxPoints, appraised: profile.appraise ? c.maxPoints : null, note: 'Có minh chứng kèm theo' };
    }
    // For computed criteria the appraiser confirms the score the actual value gives.
    if (c.method === 'passFail') {
      return { ...base, actual: 'Đạt', self: null, appraised: profile.appraise ? c.maxPoints : null };
    }
    if (c.method === 'targetRatio' && c.target !== undefined) {
      const actual = Math.min(c.target, half(c.target * (profile.level + (1 - profile.level) * rnd.next())));
      const score = Math.round(c.maxPoints * Math.min(1, actual / c.target) * 100) / 100;
      return { ...base, actual, appraised: profile.appraise ? score : null };
    }
    if (c.method === 'steps') {
      const top = c.steps.reduce((m, s) => Math.max(m, s.from), 0);
      const actual = rnd.int(Math.max(0, top - 2), top);
      const score = c.steps.filter((s) => actual >= s.from).reduce((m, s) => Math.max(m, s.points), 0);
      return { ...base, actual, appraised: profile.appraise ? score : null };
    }
    const self = half(c.maxPoints * (profile.level + (1 - profile.level) * rnd.next()));
    const drop = profile.gap ? half(c.maxPoints * (0.2 + 0.2 * rnd.next())) : rnd.chance(0.3) ? 0.5 : 0;
    return { ...base, self, appraised: profile.appraise ? Math.max(0, self - drop) : null, note: rnd.chance(0.5) ? 'Có minh chứng kèm theo' : '' };
  });
}

/** Header texts as different units type them: the add-in must read them all. */
const headerVariants: readonly (readonly string[])[] = [
  ['Mã tiêu chí', 'Tiêu chí', 'Điểm tối đa', 'Kết quả thực hiện', 'Điểm tự chấm', 'Điểm thẩm định', 'Minh chứng / Ghi chú'],
  ['MÃ TIÊU CHÍ', 'NỘI DUNG TIÊU CHÍ', 'ĐIỂM TỐI ĐA', 'KẾT QUẢ THỰC HIỆN', 'ĐIỂM TỰ CHẤM', 'ĐIỂM THẨM ĐỊNH', 'GHI CHÚ'],
  ['Ma tieu chi', 'Tieu chi', 'Diem toi da', 'Ket qua thuc hien', 'Diem tu cham', 'Diem tham dinh', 'Minh chung'],
];

function addUnitSheet(wb: ExcelJS.Workbook, plan: Plan, unit: SampleUnit, rows: readonly Row[], variant: number): void {
  const ws = wb.addWorksheet(unit.code);
  ws.getCell('A1').value = 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO CHÂU THÀNH';
  ws.getCell('A2').value = `BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM ${plan.info.year}`;
  ws.getCell('A3').value = `Đơn vị: ${unit.name}`;
  ws.getCell('A4').value = `Khối: ${unit.block}`;
  ws.getCell('A5').value = `Đợt: ${plan.info.period || `Năm ${plan.info.year}`}`;
  const headers = headerVariants[variant % headerVariants.length] ?? [];
  ws.getRow(7).values = [...headers];
  ws.getRow(7).font = { bold: true };
  rows.forEach((r, i) => {
    ws.getRow(8 + i).values = [r.code, r.text, r.max, r.actual, r.self, r.appraised, r.note];
  });
  ws.getColumn(2).width = 60;
  for (const col of [1, 3, 4, 5, 6]) ws.getColumn(col).width = 12;
  ws.getColumn(7).width = 28;
}

function firstLeaf(plan: Plan, predicate: (c: Criterion) => boolean): Criterion {
  const c = plan.criteria.find((x) => isLeaf(x, plan) && predicate(x));
  if (!c) throw new Error('the sample plan lacks a criterion the sample needs');
  return c;
}

export async function buildSampleWorkbook(): Promise<ExcelJS.Workbook> {
  const plan = samplePlan();
  const rnd = seededRandom(20240325);
  const wb = new ExcelJS.Workbook();
  // Fixed document dates: the sample is rebuilt byte for byte in content.
  wb.creator = 'Thi đua – bảng tính mẫu';
  wb.created = new Date('2024-03-25T00:00:00Z');
  wb.modified = new Date('2024-03-25T00:00:00Z');
  applyWritePlan(wb, { sheets: [renderPlanSheet(plan)] });

  const units = sampleUnits(rnd);
  const register = wb.addWorksheet('Đơn vị');
  register.getCell('A1').value = 'DANH SÁCH ĐƠN VỊ THAM GIA THI ĐUA NĂM 2024';
  register.getRow(3).values = ['Mã đơn vị', 'Tên đơn vị', 'Khối/Cụm', 'Loại', 'Số người'];
  register.getRow(3).font = { bold: true };
  units.forEach((u, i) => {
    register.getRow(4 + i).values = [u.code, u.name, u.block, u.size, u.headcount];
  });
  register.getColumn(2).width = 36;
  register.getColumn(3).width = 14;

  const pointsLeaf = firstLeaf(plan, (c) => c.kind === 'base' && c.method === 'points' && !c.mandatory && c.maxPoints >= 5);
  const mandatory = firstLeaf(plan, (c) => c.mandatory);
  units.forEach((unit, index) => {
    const profile = { level: 0.72 + 0.25 * rnd.next(), gap: index % 9 === 4, appraise: unit.code !== 'TH07' };
    let rows = unitRows(plan, rnd, profile);
    const edit = (code: string, change: Partial<Row>): void => {
      rows = rows.map((r) => (r.code === code ? { ...r, ...change } : r));
    };
    if (unit.code === 'MN03') edit(pointsLeaf.code, { self: pointsLeaf.maxPoints + 2, note: 'Tự chấm vượt điểm tối đa' });
    if (unit.code === 'MN05') edit(pointsLeaf.code, { self: null, appraised: null });
    if (unit.code === 'TH02') edit(pointsLeaf.code, { self: `${String(pointsLeaf.maxPoints - 0.5).replace('.', ',')}` });
    if (unit.code === 'TH04') edit(mandatory.code, mandatory.method === 'passFail' ? { actual: 'Không đạt', appraised: 0 } : { self: 0, appraised: 0 });
    if (unit.code === 'TH09') edit(pointsLeaf.code, { appraised: 'chưa chấm' });
    if (unit.code === 'THCS06') {
      // An exact tie with THCS05: the same entries on every criterion.
      const twin = sampleRowsByCode.get('THCS05');
      if (twin) rows = twin;
    }
    sampleRowsByCode.set(unit.code, rows);
    addUnitSheet(wb, plan, unit, rows, index);
  });
  sampleRowsByCode.clear();
  addProposals(wb, units, rnd);
  return wb;
}

const sampleRowsByCode = new Map<string, Row[]>();

function addProposals(wb: ExcelJS.Workbook, units: readonly SampleUnit[], rnd: Random): void {
  const ws = wb.addWorksheet('Đề nghị khen thưởng');
  ws.getCell('A1').value = 'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2024';
  ws.getRow(3).values = ['Đơn vị', 'Họ tên / Tên tập thể', 'Cá nhân / Tập thể', 'Tập thể nhỏ hoặc trực tiếp (x)', 'Chức vụ', 'Hình thức đề nghị', 'Cấp', 'Xếp loại đánh giá', 'Sáng kiến', 'Ghi chú'];
  ws.getRow(3).font = { bold: true };
  // Per level: how many proposals and what share is a small collective or a direct worker.
  // District level falls short of the plan's 80% on purpose; the others meet theirs.
  const levels = [
    { level: 'huyện', count: 220, share: 0.72, forms: ['Giấy khen của Chủ tịch UBND huyện', 'Chiến sĩ thi đua cơ sở'] },
    { level: 'tỉnh', count: 66, share: 0.76, forms: ['Bằng khen của Chủ tịch UBND tỉnh'] },
    { level: 'Trung ương', count: 14, share: 0.5, forms: ['Bằng khen của Thủ tướng Chính phủ'] },
  ];
  let row = 4;
  for (const l of levels) {
    const qualifying = Math.round(l.count * l.share);
    for (let i = 0; i < l.count; i++) {
      const unit = units[rnd.int(0, units.length - 1)];
      if (!unit) continue;
      const direct = i < qualifying;
      const collective = rnd.chance(0.15);
      const name = collective ? (direct ? `Tổ chuyên môn ${rnd.pick(['Toán', 'Ngữ văn', 'Khối 1', 'Khối 5', 'Lá', 'Chồi'])}` : unit.name) : personName(rnd);
      const position = collective ? '' : direct ? rnd.pick(['Giáo viên', 'Giáo viên', 'Tổ trưởng chuyên môn', 'Nhân viên']) : rnd.pick(['Hiệu trưởng', 'Phó Hiệu trưởng']);
      ws.getRow(row++).values = [
        unit.name,
        name,
        collective ? 'Tập thể' : 'Cá nhân',
        direct ? 'x' : '',
        position,
        rnd.pick(l.forms),
        l.level,
        collective ? '' : rnd.pick(['Hoàn thành xuất sắc nhiệm vụ', 'Hoàn thành tốt nhiệm vụ']),
        rnd.chance(0.2) ? 'Có' : '',
        '',
      ];
    }
  }
  for (const col of [1, 2, 6]) ws.getColumn(col).width = 34;
}
