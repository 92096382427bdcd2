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
import { applyWritePlan } from '../../src/adapters/xlsx/write';
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
  // The council's size is not in the seed: the sample's council has nine members.
  applyWritePlan(wb, { sheets: [renderPlanSheet({ ...plan, info: { ...plan.info, councilMembers: 9 } })] });

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

interface StaffMember {
  readonly name: string;
  readonly position: string;
  readonly direct: boolean;
  readonly group: string;
  readonly rating: string;
}

const HTXS = 'Hoàn thành xuất sắc nhiệm vụ';
const HTT = 'Hoàn thành tốt nhiệm vụ';
const HT = 'Hoàn thành nhiệm vụ';

/** Each school's rated staff: a principal, a deputy and teachers in two teams (tổ chuyên môn). */
function staffOf(unit: SampleUnit, rnd: Random): StaffMember[] {
  const teams = unit.code.startsWith('MN') ? ['Tổ Lá', 'Tổ Chồi'] : unit.code.startsWith('TH') ? ['Tổ chuyên môn Khối 1', 'Tổ chuyên môn Khối 5'] : ['Tổ chuyên môn Toán', 'Tổ chuyên môn Ngữ văn'];
  const rating = (): string => (rnd.chance(0.1) ? HTXS : rnd.chance(0.9) ? HTT : HT);
  const staff: StaffMember[] = [
    { name: personName(rnd), position: 'Hiệu trưởng', direct: false, group: '', rating: rating() },
    { name: personName(rnd), position: 'Phó Hiệu trưởng', direct: false, group: '', rating: rating() },
  ];
  for (let i = 0; i < 8; i++) {
    staff.push({ name: personName(rnd), position: i % 4 === 0 ? 'Tổ trưởng chuyên môn' : rnd.pick(['Giáo viên', 'Giáo viên', 'Nhân viên']), direct: true, group: teams[i % 2] ?? '', rating: rating() });
  }
  return staff;
}

/** Provincial and national proposals: a fixed count per level and the share that is a direct worker. */
const upperLevels = [
  { level: 'tỉnh', count: 66, share: 0.76, forms: ['Bằng khen của Chủ tịch UBND tỉnh', 'Bằng khen của Chủ tịch UBND tỉnh', 'Chiến sĩ thi đua cấp tỉnh'] },
  { level: 'Trung ương', count: 14, share: 0.5, forms: ['Bằng khen của Thủ tướng Chính phủ'] },
] as const;

interface Proposed {
  readonly unit: SampleUnit;
  readonly member: StaffMember;
  readonly form: string;
}

function addProposals(wb: ExcelJS.Workbook, units: readonly SampleUnit[], rnd: Random): void {
  const ws = wb.addWorksheet('Đề nghị khen thưởng');
  ws.getCell('A1').value = 'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2024';
  ws.getRow(3).values = ['Đơn vị', 'Họ tên / Tên tập thể', 'Cá nhân / Tập thể', 'Tập thể nhỏ hoặc trực tiếp (x)', 'Chức vụ', 'Hình thức đề nghị', 'Cấp', 'Xếp loại đánh giá', 'Sáng kiến', 'Sáng kiến cấp', 'Số tháng công tác', 'Ghi chú'];
  ws.getRow(3).font = { bold: true };
  const staff = new Map(units.map((u) => [u.code, staffOf(u, rnd)] as const));
  const proposed: Proposed[] = [];
  let row = 4;
  const individual = (unit: SampleUnit, member: StaffMember, form: string, level: string, higher: boolean, ratingAs?: string): void => {
    // A few deliberate problems: a short service, an unreadable rating, a blank one.
    const months = rnd.chance(0.03) ? 4 : null;
    const rating = ratingAs ?? member.rating;
    const initiative = rnd.chance(higher ? 0.8 : 0.4) ? rnd.pick<string | number>(['Có', 'Sáng kiến đổi mới phương pháp dạy học', 2]) : '';
    const initiativeLevel = initiative === '' ? '' : rnd.chance(higher ? 0.7 : 0.1) ? 'tỉnh' : 'huyện';
    ws.getRow(row++).values = [unit.name, member.name, 'Cá nhân', member.direct ? 'x' : '', member.position, form, level, rating, initiative, initiativeLevel, months, ''];
    proposed.push({ unit, member, form });
  };
  const collective = (unit: SampleUnit, name: string, small: boolean, form: string, level = 'huyện'): void => {
    ws.getRow(row++).values = [unit.name, name, 'Tập thể', small ? 'x' : '', '', form, level, rnd.chance(0.5) ? HTXS : HTT, '', '', null, ''];
  };
  // District level: most of each school's staff for LĐTT, the best for CSTĐCS, a team or the school as a
  // collective, and now and then a form the plan does not know. Managers are proposed more often than
  // teachers, so the share of direct workers falls short of the plan's 80% on purpose.
  for (const unit of units) {
    const members = staff.get(unit.code) ?? [];
    for (const m of members) {
      if (!rnd.chance(m.direct ? 0.62 : 0.9)) continue;
      individual(unit, m, rnd.chance(0.04) ? 'Giấy khen của Chủ tịch UBND huyện' : 'Lao động tiên tiến', 'huyện', false);
      if (rnd.chance(m.rating === HTXS ? 0.8 : 0.15)) individual(unit, m, 'Chiến sĩ thi đua cơ sở', 'huyện', false);
    }
    const team = members.find((m) => m.group !== '')?.group;
    if (team && rnd.chance(0.5)) collective(unit, team, true, rnd.chance(0.6) ? 'Tập thể lao động tiên tiến' : 'Tập thể lao động xuất sắc');
    if (rnd.chance(0.2)) collective(unit, unit.name, false, 'Tập thể lao động tiên tiến');
  }
  // Provincial and national levels meet their shares.
  for (const l of upperLevels) {
    const qualifying = Math.round(l.count * l.share);
    const taken = new Set<string>();
    for (let i = 0; i < l.count; i++) {
      const direct = i < qualifying;
      // A person is proposed once per level.
      for (let attempt = 0; attempt < 20; attempt++) {
        const unit = units[rnd.int(0, units.length - 1)];
        const member = unit && rnd.pick((staff.get(unit.code) ?? []).filter((m) => m.direct === direct));
        if (!unit || !member || taken.has(`${unit.code}|${member.name}`)) continue;
        taken.add(`${unit.code}|${member.name}`);
        individual(unit, member, rnd.pick(l.forms), l.level, true);
        break;
      }
    }
  }
  // Deliberate problems the council must see: a collective proposed for an individual's Bằng khen, a
  // rating the plan does not know, a blank rating, and two namesakes of one school (their histories cannot be told apart).
  const [first, second, third] = units;
  const pickStaff = (unit: SampleUnit | undefined, i: number): StaffMember | undefined => (unit ? staff.get(unit.code)?.[i] : undefined);
  if (first) collective(first, first.name, false, 'Bằng khen của Chủ tịch UBND tỉnh', 'tỉnh');
  const odd = pickStaff(second, 3);
  if (second && odd) individual(second, odd, 'Chiến sĩ thi đua cơ sở', 'huyện', false, 'Tốt');
  const blank = pickStaff(second, 4);
  if (second && blank) individual(second, blank, 'Chiến sĩ thi đua cơ sở', 'huyện', false, '');
  const twin = pickStaff(third, 5);
  if (third && twin) {
    individual(third, twin, 'Bằng khen của Chủ tịch UBND tỉnh', 'tỉnh', true);
    individual(third, { ...twin, position: twin.position === 'Giáo viên' ? 'Nhân viên' : 'Giáo viên', rating: HTT }, 'Bằng khen của Chủ tịch UBND tỉnh', 'tỉnh', true);
  }
  for (const col of [1, 2, 6]) ws.getColumn(col).width = 34;
  addHistory(wb, proposed, rnd);
  addStaffRatings(wb, units, staff);
}

/** Two earlier years (2022, 2023) for most proposed people; some have only 2023, some nothing at all. */
function addHistory(wb: ExcelJS.Workbook, proposed: readonly Proposed[], rnd: Random): void {
  const ws = wb.addWorksheet('Lịch sử khen thưởng');
  ws.getCell('A1').value = 'LỊCH SỬ KHEN THƯỞNG CÁC NĂM 2022 – 2023';
  ws.getRow(3).values = ['Họ tên / Tên tập thể', 'Đơn vị', 'Năm', 'Danh hiệu / Hình thức', 'Xếp loại'];
  ws.getRow(3).font = { bold: true };
  let row = 4;
  const seen = new Set<string>();
  for (const { unit, member, form } of proposed) {
    const key = `${unit.code}|${member.name}|${member.position}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const coverage = rnd.next();
    const years = coverage < 0.75 ? [2022, 2023] : coverage < 0.87 ? [2023] : [];
    // Candidates for higher titles mostly had the grassroots titles before.
    const strong = !/Lao động tiên tiến|Giấy khen/.test(form) && rnd.chance(0.85);
    for (const year of years) {
      const rating = strong || rnd.chance(0.3) ? HTXS : HTT;
      const title = strong ? 'Chiến sĩ thi đua cơ sở' : 'Lao động tiên tiến';
      ws.getRow(row++).values = [member.name, unit.name, year, title, rating];
      if (year === 2022 && /Thủ tướng/.test(form) && rnd.chance(0.6)) ws.getRow(row++).values = [member.name, unit.name, 2021, 'Bằng khen của Chủ tịch UBND tỉnh', null];
    }
  }
  ws.getColumn(1).width = 28;
  ws.getColumn(2).width = 34;
  ws.getColumn(4).width = 30;
  ws.getColumn(5).width = 30;
}

function addStaffRatings(wb: ExcelJS.Workbook, units: readonly SampleUnit[], staff: ReadonlyMap<string, readonly StaffMember[]>): void {
  const ws = wb.addWorksheet('Đánh giá, xếp loại');
  ws.getCell('A1').value = 'KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CÔNG CHỨC, VIÊN CHỨC NĂM 2024';
  ws.getRow(3).values = ['Họ tên', 'Đơn vị', 'Tổ / Bộ phận', 'Xếp loại'];
  ws.getRow(3).font = { bold: true };
  let row = 4;
  for (const unit of units) for (const m of staff.get(unit.code) ?? []) ws.getRow(row++).values = [m.name, unit.name, m.group, m.rating];
  ws.getColumn(1).width = 28;
  ws.getColumn(2).width = 34;
  ws.getColumn(3).width = 24;
  ws.getColumn(4).width = 30;
}
