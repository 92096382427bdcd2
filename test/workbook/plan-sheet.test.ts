import fc from 'fast-check';
import { withPlanIds } from '../../src/workbook/terms';
import type { Finding } from '../../src/domain/findings';
import { describeFinding } from '../../src/i18n';
import { planPresets } from '../../src/domain/plan/presets';
import { planSchema, type Plan, type PlanInput } from '../../src/domain/plan/schema';
import { address, type CellValue, type SheetSnapshot } from '../../src/workbook/grid';
import { parsePlanSheet } from '../../src/workbook/plan/parse';
import { renderPlanSheet } from '../../src/workbook/render/plan-sheet';
import { snapshotFromSpec } from '../../src/workbook/spec-snapshot';

type Grid = CellValue[][];

const sheetName = 'Kế hoạch';
const sectionNames = ['Thông tin chung', 'Tiêu chí', 'Xếp loại', 'Khen thưởng đơn vị', 'Tỷ lệ', 'Thứ tự khi bằng điểm'];

function presetPlan(id: string): Plan {
  const preset = planPresets.find((p) => p.id === id);
  if (!preset) throw new Error(`no preset ${id}`);
  return preset.plan;
}

const rendered = (plan: Plan): SheetSnapshot => snapshotFromSpec(renderPlanSheet(plan));
const gridOf = (plan: Plan): Grid => rendered(plan).rows.map((row) => [...row]);
const parseGrid = (rows: Grid) => parsePlanSheet({ name: sheetName, visibility: 'visible', rows, merges: [] });

const filled = (row: readonly CellValue[] | undefined) => (row ?? []).filter((v) => v !== null && v !== '');
const isHeading = (row: readonly CellValue[] | undefined) => filled(row).length === 1 && sectionNames.includes(String(filled(row)[0]));

function headingRow(rows: Grid, name: string): number {
  const row = rows.findIndex((cells) => filled(cells).length === 1 && filled(cells)[0] === name);
  if (row < 0) throw new Error(`no heading ${name}`);
  return row;
}

/** Rows of a section: its heading up to (not including) the next heading. */
function sectionRange(rows: Grid, name: string): [number, number] {
  const start = headingRow(rows, name);
  const next = rows.findIndex((cells, i) => i > start && isHeading(cells));
  return [start, next < 0 ? rows.length : next];
}

/** The cell holding a header text in a section's header row. */
function headerCell(rows: Grid, section: string, header: string): { row: number; col: number } {
  const row = headingRow(rows, section) + 1;
  const col = (rows[row] ?? []).indexOf(header);
  if (col < 0) throw new Error(`no header ${header}`);
  return { row, col };
}

/** The data row whose first cell is `key` in a section (a criterion code, a setting name …). */
function dataRow(rows: Grid, section: string, key: string): number {
  const [start, end] = sectionRange(rows, section);
  const row = rows.findIndex((cells, i) => i > start && i < end && cells[0] === key);
  if (row < 0) throw new Error(`no row ${key}`);
  return row;
}

function setCell(rows: Grid, row: number, col: number, value: CellValue): void {
  const cells = rows[row] ?? [];
  while (cells.length <= col) cells.push(null);
  cells[col] = value;
  rows[row] = cells;
}

function stripMarks(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

const codes = (findings: readonly Finding[]) => findings.map((f) => f.code);

describe('renderPlanSheet', () => {
  const spec = renderPlanSheet(presetPlan('pgddt-chau-thanh-2024'));

  it('is the visible "Kế hoạch" plan sheet on A4 portrait', () => {
    expect(spec.name).toBe(sheetName);
    expect(spec.role).toBe('plan');
    expect(spec.visibility).toBe('visible');
    expect(spec.page).toMatchObject({ orientation: 'portrait', paper: 'A4' });
    expect(spec.columnWidths.length).toBeGreaterThanOrEqual(11);
  });

  it('writes every section heading once, in order', () => {
    const rows = gridOf(presetPlan('pgddt-chau-thanh-2024'));
    const headings = sectionNames.map((name) => headingRow(rows, name));
    expect([...headings].sort((a, b) => a - b)).toEqual(headings);
  });

  it('writes criterion codes as text, so "1.10" never becomes 1.1', () => {
    const plan = planSchema.parse({
      info: { name: 'Kế hoạch thử', year: 2024, levels: ['cơ sở'] },
      criteria: [
        { code: '1', text: 'Nhóm', maxPoints: 10 },
        { code: '1.1', text: 'Một', maxPoints: 5 },
        { code: '1.10', text: 'Mười', maxPoints: 5 },
      ],
    } satisfies PlanInput);
    const sheet = renderPlanSheet(plan);
    const codeCells = sheet.rows.map((row) => row[0]?.value).filter((v) => v === '1.1' || v === '1.10' || v === 1.1);
    expect(codeCells).toEqual(['1.1', '1.10']);
    expect(parsePlanSheet(snapshotFromSpec(sheet)).plan?.criteria.map((c) => c.code)).toEqual(['1', '1.1', '1.10']);
  });

  it('writes fractions as numbers in [0, 1] with the percent style and a readable band condition', () => {
    const rows = spec.rows;
    const band = rows.find((row) => row[0]?.value === 'Xuất sắc');
    expect(band?.[2]).toEqual({ value: 0.85, style: 'percent' });
    expect(band?.[4]?.value).toBe('Từ 90 điểm, không tiêu chí nào dưới 85% điểm tối đa, đạt mọi tiêu chí bắt buộc');
    const ratio = rows.find((row) => row[0]?.value === 'Tập thể nhỏ, cá nhân trực tiếp – khen thưởng cấp huyện');
    expect(ratio?.[4]).toEqual({ value: 0.8, style: 'percent' });
  });

  it('writes a percentage quota as text and a count as a number', () => {
    // Only the unit awards: the titles section (issue 5a) names a Bằng khen too.
    const titlesAt = spec.rows.findIndex((row) => row[0]?.value === 'Danh hiệu và hình thức khen thưởng');
    const quotas = spec.rows.slice(0, titlesAt).filter((row) => ['Cờ thi đua của UBND tỉnh', 'Bằng khen của Chủ tịch UBND tỉnh'].includes(String(row[0]?.value)));
    expect(quotas.map((row) => row[2]?.value)).toEqual([1, '20%']);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(renderPlanSheet(presetPlan('cdgd-ninh-binh-2024')))).toBe(JSON.stringify(renderPlanSheet(presetPlan('cdgd-ninh-binh-2024'))));
  });
});

describe('parsePlanSheet round trip', () => {
  it.each(planPresets.map((p) => [p.id, p.plan] as const))('%s reads back as the same plan, with no findings', (_id, plan) => {
    const result = parsePlanSheet(rendered(plan));
    expect(result.findings).toEqual([]);
    expect(result.plan).toEqual(plan);
  });

  // Arbitrary valid plans, with texts that look like numbers or codes, survive the round trip.
  const word = fc.constantFrom('thi', 'đua', 'Khen', 'thưởng', 'Tổ', 'CÔNG', 'đoàn', '2024', '1.10', '“A”', '(b)', 'x', '-', 'Ưu', 'tỷ lệ', '0,5');
  const phrase = fc.array(word, { minLength: 1, maxLength: 5 }).map((words) => words.join(' '));
  const optionalText = fc.oneof(phrase, fc.constant(''));
  // Codes as plans write them: 1.1, 01.1, I, II.1, a, a1.1, C2.4, 1.1.a.
  const numeric = fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 3 }).map((parts) => parts.join('.'));
  const code = fc.oneof(
    numeric,
    numeric.map((c) => `0${c}`),
    fc.tuple(fc.constantFrom('I', 'II', 'IV', 'a', 'b', 'C'), fc.option(numeric, { nil: undefined })).map(([head, rest]) => (rest === undefined ? head : `${head}${head.length === 1 && head !== 'I' ? '' : '.'}${rest}`)),
    numeric.map((c) => `${c}.a`),
  );
  const points = fc.double({ min: 0, max: 1000, noNaN: true });
  const fraction = fc.double({ min: 0, max: 1, noNaN: true });
  const half = fc.integer({ min: -20, max: 200 }).map((n) => n / 2);
  const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

  const criterion = fc.record({
    code,
    text: phrase,
    kind: fc.constantFrom('base', 'bonus', 'deduction'),
    maxPoints: points,
    method: fc.constantFrom('points', 'targetRatio', 'passFail', 'steps', 'perCase'),
    target: optional(fc.double({ min: 0.001, max: 1e5, noNaN: true })),
    targetUnit: optionalText,
    mandatory: fc.boolean(),
    warnBelow: optional(fraction),
    // ≥ is the default and is not written: a plan says nothing (op undefined) for it.
    steps: fc.array(fc.record({ from: half, points: half.map(Math.abs), op: optional(fc.constantFrom('above' as const, 'atMost' as const, 'below' as const)) }), { maxLength: 4 }),
    // A parent the code does not imply (a code the structure of the numeric codes never gives).
    group: optional(fc.constantFrom('TC1', 'TC2', 'M')),
    pointsPerCase: optional(fc.integer({ min: 1, max: 40 }).map((n) => n / 4)),
    // Only «không giới hạn» is written; a cap is the default.
    capped: optional(fc.constant(false)),
    gate: optional(fc.constant(true)),
    sectionBonusCap: optional(points),
    sectionDeductionCap: optional(points),
    sectionAdjustmentCap: optional(points),
  });
  const quota = fc.oneof(
    fc.record({ kind: fc.constant('count' as const), value: fc.integer({ min: 0, max: 20 }) }),
    fc.record({ kind: fc.constant('percent' as const), value: fc.integer({ min: 0, max: 1000 }).map((k) => k / 1000), atLeastOne: fc.boolean() }),
  );
  const planInput = fc.record({
    info: fc.record({
      name: phrase,
      number: optionalText,
      issuer: optionalText,
      council: optionalText,
      issuedDate: optionalText,
      place: optionalText,
      year: fc.integer({ min: 1945, max: 2200 }),
      period: optionalText,
      periods: fc.array(phrase, { maxLength: 3 }),
      scale: fc.integer({ min: 1, max: 1000 }),
      legalBasis: optionalText,
      rankingScore: fc.constantFrom('appraised', 'self'),
      gapWarning: points,
      tierThreshold: optional(points),
      rankingStyle: fc.constantFrom('competition', 'dense'),
      overMax: fc.constantFrom('clamp', 'reject'),
      warnBelow: fraction,
      bonusCap: optional(points),
      deductionCap: optional(points),
      levels: fc.array(phrase, { minLength: 1, maxLength: 4 }),
      signerTitle: optionalText,
      signerName: optionalText,
      signingFor: optionalText,
      recipients: fc.array(phrase, { maxLength: 3 }),
      sectionSubtotals: optional(fc.boolean()),
      proposeProvisional: optional(fc.boolean()),
    }),
    criteria: fc.array(criterion, { minLength: 1, maxLength: 8 }),
    bands: fc.array(
      fc.oneof(
        fc.record({ name: phrase, minScore: points, minCriterionRatio: optional(fraction), requiresMandatory: fc.boolean() }),
        // «trên 90»: written as words, so its score as people write one.
        fc.record({ name: phrase, minScore: half.map(Math.abs), strict: fc.constant(true as const), minCriterionRatio: optional(fraction), requiresMandatory: fc.boolean() }),
      ),
      { maxLength: 4 },
    ),
    unitAwards: fc.array(
      fc.record({
        form: phrase,
        level: phrase,
        quota,
        minBand: optional(phrase),
        minScore: optional(points),
        leaderOnly: fc.boolean(),
        order: fc.integer({ min: -3, max: 9 }),
      }),
      { maxLength: 3 },
    ),
    ratioRules: fc.array(
      fc.record({
        name: phrase,
        levels: fc.array(phrase, { minLength: 1, maxLength: 3 }),
        subject: fc.constantFrom('smallCollectiveOrDirectWorker', 'smallCollective', 'directWorker', 'individual', 'collective'),
        comparison: fc.constantFrom('atLeast', 'atMost'),
        ratio: fraction,
        pooled: fc.boolean(),
      }),
      { maxLength: 3 },
    ),
    tieBreaks: fc.array(
      fc.oneof(
        fc.constantFrom({ kind: 'baseTotal' as const }, { kind: 'fewerDeductions' as const }, { kind: 'moreBonus' as const }, { kind: 'smallerGap' as const }),
        code.map((group) => ({ kind: 'groupScore' as const, group })),
      ),
      { maxLength: 5 },
    ),
  });

  it('holds for any valid plan (property)', () => {
    fc.assert(
      fc.property(planInput, (input) => {
        const plan = planSchema.parse(input);
        const result = parsePlanSheet(rendered(plan));
        expect(result.findings).toEqual([]);
        // The reader writes references to levels as the plan's ids (spelled as the plan's list spells them).
        expect(result.plan).toEqual(withPlanIds(plan));
      }),
      { numRuns: 150 },
    );
  });
});

describe('parsePlanSheet tolerance', () => {
  const plan = presetPlan('pgddt-chau-thanh-2024');

  it('accepts title rows inserted above the sheet, between sections and under a heading', () => {
    const rows = gridOf(plan);
    rows.splice(headingRow(rows, 'Xếp loại') + 1, 0, ['(Áp dụng cho các đơn vị trong cụm)'], []);
    rows.splice(headingRow(rows, 'Tiêu chí'), 0, ['Phụ lục kèm theo kế hoạch'], []);
    rows.unshift(['ỦY BAN NHÂN DÂN HUYỆN CHÂU THÀNH'], ['PHÒNG GIÁO DỤC VÀ ĐÀO TẠO', null, 'Số: 338/KH-PGDĐT'], []);
    const result = parseGrid(rows);
    expect(result.findings).toEqual([]);
    expect(result.plan).toEqual(plan);
  });

  it('accepts columns in another order', () => {
    const rows = gridOf(plan).map((row) => {
      const padded = [...row];
      while (padded.length < 11) padded.push(null);
      return padded.reverse();
    });
    const result = parseGrid(rows);
    expect(result.findings).toEqual([]);
    expect(result.plan).toEqual(plan);
  });

  it('accepts headings, headers and setting names in capitals without diacritics, and numbered headings', () => {
    const rows = gridOf(plan);
    sectionNames.forEach((name, i) => {
      const row = headingRow(rows, name);
      rows[row] = [`${['I', 'II', 'III', 'IV', 'V', 'VI'][i]}. ${stripMarks(name).toUpperCase()}`];
      rows[row + 1] = (rows[row + 1] ?? []).map((v) => (typeof v === 'string' ? stripMarks(v).toUpperCase() : v));
    });
    const [infoStart] = sectionRange(rows, 'I. THONG TIN CHUNG');
    for (let row = infoStart + 2; (rows[row] ?? []).some((v) => v !== null); row++) {
      const key = rows[row]?.[0];
      if (typeof key === 'string') setCell(rows, row, 0, stripMarks(key).toLowerCase());
    }
    const result = parseGrid(rows);
    expect(result.findings).toEqual([]);
    expect(result.plan).toEqual(plan);
  });

  it('accepts extra columns', () => {
    const rows = gridOf(plan).map((row) => {
      if (filled(row).length < 2) return [...row];
      const copy = [...row];
      copy.splice(1, 0, 'Ghi chú riêng');
      return copy;
    });
    const result = parseGrid(rows);
    expect(result.findings).toEqual([]);
    expect(result.plan).toEqual(plan);
  });

  it('accepts a section moved elsewhere', () => {
    const rows = gridOf(plan);
    const [start, end] = sectionRange(rows, 'Xếp loại');
    const bands = rows.splice(start, end - start);
    rows.splice(headingRow(rows, 'Tiêu chí'), 0, ...bands);
    const result = parseGrid(rows);
    expect(result.findings).toEqual([]);
    expect(result.plan).toEqual(plan);
  });

  it('reads codes typed as numbers or with a trailing dot', () => {
    const rows = gridOf(plan);
    setCell(rows, dataRow(rows, 'Tiêu chí', '1.1'), 0, 1.1);
    setCell(rows, dataRow(rows, 'Tiêu chí', '2'), 0, 2);
    setCell(rows, dataRow(rows, 'Tiêu chí', '2.1'), 0, '2.1.');
    const result = parseGrid(rows);
    expect(result.findings).toEqual([]);
    expect(result.plan).toEqual(plan);
  });

  it('reads percentages, steps, quotas, yes/no and keywords as people type them', () => {
    const rows = gridOf(plan);
    const set = (section: string, key: string, header: string, value: CellValue) =>
      setCell(rows, dataRow(rows, section, key), headerCell(rows, section, header).col, value);
    set('Thông tin chung', 'Ngưỡng cảnh báo mặc định (% điểm tối đa)', 'Giá trị', '50%');
    set('Thông tin chung', 'Điểm dùng để xếp hạng', 'Giá trị', 'THAM DINH');
    set('Thông tin chung', 'Cách xếp hạng', 'Giá trị', 'cạnh tranh');
    set('Thông tin chung', 'Năm', 'Giá trị', '2024');
    set('Thông tin chung', 'Thang điểm', 'Giá trị', '100');
    set('Tiêu chí', '8.2', 'Các mức', '>=3:5; >=2:3; >=1:2');
    set('Tiêu chí', '7.2', 'Cách tính', 'Theo ty le chi tieu');
    set('Tiêu chí', '2.1', 'Bắt buộc', 'có');
    set('Tiêu chí', '6.2', 'Bắt buộc', true);
    set('Tiêu chí', '3.1', 'Bắt buộc', 'không');
    set('Tiêu chí', '9.1', 'Loại', 'Điểm cộng');
    set('Xếp loại', 'Xuất sắc', 'Mỗi tiêu chí tối thiểu (% điểm tối đa)', 85);
    set('Xếp loại', 'Xuất sắc', 'Đạt mọi tiêu chí bắt buộc', 'X');
    set('Khen thưởng đơn vị', 'Bằng khen của Chủ tịch UBND tỉnh', 'Số lượng mỗi khối', 0.2);
    set('Khen thưởng đơn vị', 'Giấy khen của Chủ tịch UBND huyện', 'Số lượng mỗi khối', '30 %');
    set('Khen thưởng đơn vị', 'Cờ thi đua của UBND tỉnh', 'Số lượng mỗi khối', '1');
    set('Tỷ lệ', 'Tập thể nhỏ, cá nhân trực tiếp – khen thưởng cấp huyện', 'Tỷ lệ (%)', '80 %');
    set('Tỷ lệ', 'Tập thể nhỏ, cá nhân trực tiếp – khen thưởng cấp tỉnh', 'Tỷ lệ (%)', '0,7');
    set('Tỷ lệ', 'Tập thể nhỏ, cá nhân trực tiếp – khen thưởng cấp tỉnh', 'So sánh', '>=');
    set('Tỷ lệ', 'Tập thể nhỏ, cá nhân trực tiếp – từ Bằng khen của Thủ tướng Chính phủ trở lên', 'So sánh', 'tối thiểu');
    set('Tỷ lệ', 'Tập thể nhỏ, cá nhân trực tiếp – từ Bằng khen của Thủ tướng Chính phủ trở lên', 'Tỷ lệ (%)', 45);
    const result = parseGrid(rows);
    expect(result.findings).toEqual([]);
    expect(result.plan).toEqual(plan);
  });

  it('reads steps written with arrows', () => {
    const rows = gridOf(plan);
    setCell(rows, dataRow(rows, 'Tiêu chí', '8.2'), headerCell(rows, 'Tiêu chí', 'Các mức').col, '3 → 5; 2 -> 3\n1 → 2');
    expect(parseGrid(rows).plan?.criteria.find((c) => c.code === '8.2')?.steps).toEqual([
      { from: 3, points: 5 },
      { from: 2, points: 3 },
      { from: 1, points: 2 },
    ]);
  });

  it('orders tie-breaks by their "Thứ tự" and reads any group code', () => {
    const rows = gridOf(plan);
    const [start] = sectionRange(rows, 'Thứ tự khi bằng điểm');
    rows[start + 2] = [3, null, 'Điểm nhóm 4 cao hơn'];
    rows[start + 4] = [1, null, 'tong diem co ban cao hon'];
    expect(parseGrid(rows).plan?.tieBreaks).toEqual([{ kind: 'baseTotal' }, { kind: 'fewerDeductions' }, { kind: 'groupScore', group: '4' }]);
  });

  it('ignores the readable "Điều kiện" column; an unknown setting is a warning at its cell, with the setting it may mean', () => {
    const rows = gridOf(plan);
    const infoHeader = headingRow(rows, 'Thông tin chung') + 1;
    rows.splice(infoHeader + 1, 0, ['Người lập biểu', null, 'Nguyễn Văn A'], ['Kiểu xếp hạng', null, 'liền (1, 1, 2)']);
    setCell(rows, dataRow(rows, 'Xếp loại', 'Khá'), headerCell(rows, 'Xếp loại', 'Điều kiện').col, 'Từ 99 điểm');
    const result = parseGrid(rows);
    expect(result.findings).toEqual([
      expect.objectContaining({ code: 'PLAN_SETTING_UNKNOWN', severity: 'warning', params: { setting: 'Người lập biểu', value: 'Nguyễn Văn A' }, cell: { sheet: sheetName, address: `A${infoHeader + 2}` } }),
      expect.objectContaining({ code: 'PLAN_SETTING_UNKNOWN', params: { setting: 'Kiểu xếp hạng', value: 'liền (1, 1, 2)', suggestion: 'Điểm dùng để xếp hạng», «Cách xếp hạng' } }),
    ]);
    expect(result.plan).toEqual(plan);
  });
});

describe('parsePlanSheet: a real scoring table typed by hand', () => {
  const plan = presetPlan('pgddt-chau-thanh-2024');

  it('reads «Nhóm», per-case points, «không giới hạn», gates and section caps from columns added by hand', () => {
    const rows = gridOf(plan);
    const header = headingRow(rows, 'Tiêu chí') + 1;
    const last = (rows[header] ?? []).length;
    setCell(rows, header, last, 'Điểm mỗi trường hợp');
    setCell(rows, header, last + 1, 'Không giới hạn');
    setCell(rows, header, last + 2, 'Điều kiện để xếp loại');
    setCell(rows, header, last + 3, 'Giới hạn trừ của mục');
    setCell(rows, header, last + 4, 'Giới hạn cộng trừ của mục');
    const row = (code: string) => dataRow(rows, 'Tiêu chí', code);
    const col = (name: string) => headerCell(rows, 'Tiêu chí', name).col;
    setCell(rows, row('9.1'), col('Cách tính'), 'mỗi trường hợp');
    setCell(rows, row('9.1'), last, '1');
    setCell(rows, row('9.1'), last + 1, 'x');
    setCell(rows, row('2.1'), last + 2, 'x');
    setCell(rows, row('2'), last + 3, '1,5');
    setCell(rows, row('2'), last + 4, 7);
    setCell(rows, row('3.1'), col('Nhóm'), 'TC1');
    setCell(rows, row('3.2'), col('Nhóm'), '3');
    setCell(rows, row('3.2'), col('Các mức'), '>92%: 0,5; trên 80: 0,25; ≥ 3 → 5; <50: 1; không quá 2: 3');
    setCell(rows, row('3.2'), col('Ngưỡng cảnh báo (% hoặc điểm)'), '3 điểm');
    setCell(rows, dataRow(rows, 'Xếp loại', 'Xuất sắc'), headerCell(rows, 'Xếp loại', 'Từ điểm').col, 'trên 90');
    const result = parseGrid(rows);
    expect(result.findings).toEqual([]);
    const byCode = new Map(result.plan?.criteria.map((c) => [c.code, c]));
    expect(byCode.get('9.1')).toMatchObject({ method: 'perCase', pointsPerCase: 1, capped: false });
    expect(byCode.get('2.1')?.gate).toBe(true);
    expect(byCode.get('2')).toMatchObject({ sectionDeductionCap: 1.5, sectionAdjustmentCap: 7 });
    expect(byCode.get('3.1')?.group).toBe('TC1');
    // «3» is what the code says already: nothing to keep.
    expect(byCode.get('3.2')?.group).toBeUndefined();
    expect(byCode.get('3.2')?.steps).toEqual([
      { from: 92, points: 0.5, op: 'above' },
      { from: 80, points: 0.25, op: 'above' },
      { from: 3, points: 5 },
      { from: 50, points: 1, op: 'below' },
      { from: 2, points: 3, op: 'atMost' },
    ]);
    expect(byCode.get('3.2')?.warnBelow).toBeCloseTo(3 / (byCode.get('3.2')?.maxPoints ?? 1), 12);
    expect(result.plan?.bands[0]).toMatchObject({ name: 'Xuất sắc', minScore: 90, strict: true });
  });

  it('headers, keywords and setting names typed in TCVN3 (.VnTime) are read by the one matcher', () => {
    const rows = gridOf(plan);
    const max = headerCell(rows, 'Tiêu chí', 'Điểm tối đa');
    setCell(rows, max.row, max.col, '§iÓm tèi ®a');
    setCell(rows, dataRow(rows, 'Tiêu chí', '1.1'), headerCell(rows, 'Tiêu chí', 'Loại').col, 'c¬ b¶n');
    const result = parseGrid(rows);
    expect(result.findings).toEqual([]);
    expect(result.plan).toEqual(plan);
  });

  it('a threshold in points above the maximum is reported at its cell', () => {
    const rows = gridOf(plan);
    const at = { row: dataRow(rows, 'Tiêu chí', '3.2'), col: headerCell(rows, 'Tiêu chí', 'Ngưỡng cảnh báo (% hoặc điểm)').col };
    setCell(rows, at.row, at.col, '300 điểm');
    expect(parseGrid(rows).findings).toEqual([
      expect.objectContaining({
        code: 'PLAN_SETTING_UNREADABLE',
        params: { setting: 'Tiêu chí 3.2 – Ngưỡng cảnh báo (% hoặc điểm)', value: '300 điểm' },
        cell: { sheet: sheetName, address: `${String.fromCharCode(65 + at.col)}${at.row + 1}` },
      }),
    ]);
  });

  it('a row with only a «Nhóm» or a «không giới hạn» mark is not a criterion', () => {
    const rows = gridOf(plan);
    const header = headingRow(rows, 'Tiêu chí') + 1;
    const last = (rows[header] ?? []).length;
    setCell(rows, header, last, 'Không giới hạn');
    const group = headerCell(rows, 'Tiêu chí', 'Nhóm').col;
    const [first, second] = [dataRow(rows, 'Tiêu chí', '3.1'), dataRow(rows, 'Tiêu chí', '3.2')];
    for (const row of [first, second]) for (let col = 0; col <= last; col++) setCell(rows, row, col, null);
    setCell(rows, first, group, '3');
    setCell(rows, second, last, 'x');
    const result = parseGrid(rows);
    expect(result.findings).toEqual([]);
    expect(result.plan?.criteria.map((c) => c.code)).toEqual(plan.criteria.map((c) => c.code).filter((code) => code !== '3.1' && code !== '3.2'));
  });
});

describe('parsePlanSheet findings', () => {
  const plan = presetPlan('pgddt-chau-thanh-2024');

  it('reports text in "Điểm tối đa" with its cell, and returns no plan', () => {
    const rows = gridOf(plan);
    const row = dataRow(rows, 'Tiêu chí', '2.1');
    const { col } = headerCell(rows, 'Tiêu chí', 'Điểm tối đa');
    setCell(rows, row, col, 'bảy điểm');
    const result = parseGrid(rows);
    const cell = { sheet: sheetName, address: address(row, col) };
    expect(result.plan).toBeUndefined();
    expect(result.findings).toEqual([
      expect.objectContaining({ code: 'PLAN_SETTING_UNREADABLE', params: { setting: 'Tiêu chí 2.1 – Điểm tối đa', value: 'bảy điểm' }, cell }),
      expect.objectContaining({
        code: 'PLAN_INVALID',
        severity: 'error',
        params: { sheet: sheetName, field: 'Tiêu chí 2.1 – Điểm tối đa', issue: 'number' },
        cell,
      }),
    ]);
    expect(cell.address).toBe(`E${row + 1}`);
  });

  it('keeps the default of an unreadable setting and says which cell', () => {
    const rows = gridOf({ ...plan, info: { ...plan.info, scale: 1000, rankingStyle: 'dense' } });
    const scaleRow = dataRow(rows, 'Thông tin chung', 'Thang điểm');
    const styleRow = dataRow(rows, 'Thông tin chung', 'Cách xếp hạng');
    setCell(rows, scaleRow, 2, 'một nghìn');
    setCell(rows, styleRow, 2, 'xếp liền nhau');
    const result = parseGrid(rows);
    expect(result.findings).toEqual([
      expect.objectContaining({
        code: 'PLAN_SETTING_UNREADABLE',
        severity: 'warning',
        params: { setting: 'Thang điểm', value: 'một nghìn' },
        cell: { sheet: sheetName, address: `C${scaleRow + 1}` },
      }),
      expect.objectContaining({ params: { setting: 'Cách xếp hạng', value: 'xếp liền nhau' }, cell: { sheet: sheetName, address: `C${styleRow + 1}` } }),
    ]);
    expect(result.plan?.info.scale).toBe(100);
    expect(result.plan?.info.rankingStyle).toBe('competition');
  });

  it('reads a plan without its optional sections (awards, ratios, tie-breaks, titles): none of them, no finding', () => {
    const rows = gridOf(plan);
    for (const name of ['Thứ tự khi bằng điểm', 'Tỷ lệ', 'Khen thưởng đơn vị']) {
      const [start, end] = sectionRange(rows, name);
      rows.splice(start, end - start);
    }
    const result = parseGrid(rows);
    expect(result.findings).toEqual([]);
    // The title sections stand after the tie-breaks, so they went with them.
    expect(result.plan).toEqual({ ...plan, unitAwards: [], ratioRules: [], tieBreaks: [], titles: [], titleQuotas: [] });
  });

  it('a missing column in an optional section is a warning: read with its default, or the section left out; the rest runs', () => {
    const rows = gridOf(plan);
    const atLeastOne = headerCell(rows, 'Khen thưởng đơn vị', 'Tối thiểu 1');
    setCell(rows, atLeastOne.row, atLeastOne.col, 'Ghi chú');
    const ratio = headerCell(rows, 'Tỷ lệ', 'Tỷ lệ (%)');
    setCell(rows, ratio.row, ratio.col, 'Ghi chú');
    const result = parseGrid(rows);
    expect(result.findings).toEqual([
      expect.objectContaining({ code: 'PLAN_OPTIONAL_COLUMN_MISSING', severity: 'warning', params: expect.objectContaining({ section: 'Khen thưởng đơn vị', column: 'Tối thiểu 1', effect: 'default' }) }),
      expect.objectContaining({ code: 'PLAN_OPTIONAL_COLUMN_MISSING', params: expect.objectContaining({ section: 'Tỷ lệ', column: 'Tỷ lệ (%)', effect: 'skipped' }) }),
    ]);
    expect(result.plan?.ratioRules).toEqual([]);
    expect(result.plan?.unitAwards).toEqual(plan.unitAwards);
  });

  it('reports a missing section by name and returns no plan', () => {
    const rows = gridOf(plan);
    const [start, end] = sectionRange(rows, 'Xếp loại');
    rows.splice(start, end - start);
    const result = parseGrid(rows);
    expect(result.plan).toBeUndefined();
    expect(result.findings).toEqual([
      expect.objectContaining({ code: 'HEADER_NOT_FOUND', params: { sheet: sheetName, expected: 'Xếp loại' } }),
    ]);
  });

  it('reports a section whose header row is gone at its heading', () => {
    const rows = gridOf(plan);
    const heading = headingRow(rows, 'Xếp loại');
    rows.splice(heading + 1, 1);
    const result = parseGrid(rows);
    expect(result.plan).toBeUndefined();
    expect(result.findings).toEqual([
      expect.objectContaining({ code: 'HEADER_NOT_FOUND', params: { sheet: sheetName, expected: 'Xếp loại' }, cell: { sheet: sheetName, address: `A${heading + 1}` } }),
    ]);
  });

  it('reports a missing required column', () => {
    const rows = gridOf(plan);
    const { row, col } = headerCell(rows, 'Tiêu chí', 'Cách tính');
    setCell(rows, row, col, 'Ghi chú');
    const result = parseGrid(rows);
    expect(result.plan).toBeUndefined();
    expect(result.findings).toEqual([
      expect.objectContaining({ code: 'COLUMN_MISSING', params: { sheet: sheetName, column: 'Cách tính' }, cell: { sheet: sheetName, address: `A${row + 1}` } }),
    ]);
  });

  it('reports every value it cannot read, each at its own cell', () => {
    const rows = gridOf(plan);
    const put = (section: string, key: string, header: string, value: CellValue) => {
      const row = dataRow(rows, section, key);
      const { col } = headerCell(rows, section, header);
      setCell(rows, row, col, value);
      return address(row, col);
    };
    const kind = put('Tiêu chí', '3.1', 'Loại', 'phụ');
    const steps = put('Tiêu chí', '8.2', 'Các mức', 'ba gương: 5');
    const mandatory = put('Tiêu chí', '3.2', 'Bắt buộc', 'chắc chắn');
    const quota = put('Khen thưởng đơn vị', 'Bằng khen của Chủ tịch UBND tỉnh', 'Số lượng mỗi khối', 2.5);
    const order = put('Khen thưởng đơn vị', 'Giấy khen của Chủ tịch UBND huyện', 'Thứ tự', 1.5);
    const subject = put('Tỷ lệ', 'Tập thể nhỏ, cá nhân trực tiếp – khen thưởng cấp huyện', 'Đối tượng tính (tử số)', 'đoàn viên');
    const unreadable = parseGrid(rows).findings.filter((f) => f.code === 'PLAN_SETTING_UNREADABLE');
    expect(unreadable.map((f) => [f.params.setting, f.cell?.address])).toEqual([
      ['Tiêu chí 3.1 – Loại', kind],
      ['Tiêu chí 3.2 – Bắt buộc', mandatory],
      ['Tiêu chí 8.2 – Các mức', steps],
      ['Khen thưởng “Bằng khen của Chủ tịch UBND tỉnh” – Số lượng mỗi khối', quota],
      ['Khen thưởng “Giấy khen của Chủ tịch UBND huyện” – Thứ tự', order],
      ['Quy tắc tỷ lệ “Tập thể nhỏ, cá nhân trực tiếp – khen thưởng cấp huyện” – Đối tượng tính (tử số)', subject],
    ]);
  });

  it('turns schema issues into PLAN_INVALID with a readable field, the cell and a Vietnamese message', () => {
    const rows = gridOf(plan);
    const yearRow = dataRow(rows, 'Thông tin chung', 'Năm');
    setCell(rows, yearRow, 2, null);
    const bandRow = dataRow(rows, 'Xếp loại', 'Xuất sắc');
    const ratioCol = headerCell(rows, 'Xếp loại', 'Mỗi tiêu chí tối thiểu (% điểm tối đa)').col;
    setCell(rows, bandRow, ratioCol, 1.5 * 100);
    const codeRow = dataRow(rows, 'Tiêu chí', '4.1');
    setCell(rows, codeRow, 0, '4..1');
    const quotaRow = dataRow(rows, 'Khen thưởng đơn vị', 'Cờ thi đua của UBND tỉnh');
    const quotaCol = headerCell(rows, 'Khen thưởng đơn vị', 'Số lượng mỗi khối').col;
    setCell(rows, quotaRow, quotaCol, null);
    const result = parseGrid(rows);
    expect(result.plan).toBeUndefined();
    const invalid = result.findings.filter((f) => f.code === 'PLAN_INVALID');
    expect(invalid.map((f) => [f.params.field, f.params.issue, f.cell?.address])).toEqual([
      ['Năm', 'number', `C${yearRow + 1}`],
      ['Tiêu chí 4..1 – Mã', 'criterionCode', `A${codeRow + 1}`],
      ['Xếp loại Xuất sắc – Mỗi tiêu chí tối thiểu (% điểm tối đa)', 'fraction', address(bandRow, ratioCol)],
      ['Khen thưởng “Cờ thi đua của UBND tỉnh” – Số lượng mỗi khối', 'required', address(quotaRow, quotaCol)],
    ]);
    // The issue travels as a key and is put into words where it is shown.
    expect(describeFinding(invalid[0]!, 'vi').message).toContain('Phải là một số.');
    expect(describeFinding(invalid[0]!, 'en').message).toContain('Must be a number.');
    expect(invalid.every((f) => f.params.sheet === sheetName)).toBe(true);
  });

  it('reports an empty sheet as its three required sections missing', () => {
    const result = parseGrid([]);
    expect(result.plan).toBeUndefined();
    expect(codes(result.findings)).toEqual(Array(3).fill('HEADER_NOT_FOUND'));
    expect(result.findings.map((f) => f.params.expected)).toEqual(sectionNames.slice(0, 3));
  });
});

describe('the «Đề nghị khi chưa đủ dữ liệu» setting', () => {
  const base = planPresets[0]?.plan;
  it('is unset when blank, so an older plan keeps its fingerprint, and reads yes and no', () => {
    if (!base) throw new Error('no preset');
    expect(parsePlanSheet(rendered(base)).plan?.info.proposeProvisional).toBeUndefined();
    for (const value of [true, false]) {
      const plan = { ...base, info: { ...base.info, proposeProvisional: value } };
      const result = parsePlanSheet(rendered(plan));
      expect(result.findings).toEqual([]);
      expect(result.plan?.info.proposeProvisional).toBe(value);
    }
    // Written only when set: a plan that says «không» has the row, and «có» typed there reads as yes.
    const rows = gridOf({ ...base, info: { ...base.info, proposeProvisional: false } });
    setCell(rows, dataRow(rows, 'Thông tin chung', 'Đề nghị khi chưa đủ dữ liệu'), headerCell(rows, 'Thông tin chung', 'Giá trị').col, 'có');
    expect(parseGrid(rows).plan?.info.proposeProvisional).toBe(true);
  });
});
