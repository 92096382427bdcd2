/** The plan sheet's title sections (issue 5a): written, read back, older sheets without them, mistakes reported. */
import { withPlanIds } from '../../src/workbook/terms';
import fc from 'fast-check';
import { conditionKinds, planSchema, type Plan } from '../../src/domain/plan/schema';
import { planPresets } from '../../src/domain/plan/presets';
import type { CellValue } from '../../src/workbook/grid';
import { parsePlanSheet } from '../../src/workbook/plan/parse';
import { renderPlanSheet } from '../../src/workbook/render/plan-sheet';
import { snapshotFromSpec } from '../../src/workbook/spec-snapshot';

const base = planPresets[1]?.plan;
if (!base) throw new Error('no preset');
const grid = (plan: Plan): CellValue[][] => snapshotFromSpec(renderPlanSheet(plan)).rows.map((r) => [...r]);
const parse = (rows: CellValue[][]) => parsePlanSheet({ name: 'Kế hoạch', visibility: 'visible', rows, merges: [] });
const headingAt = (rows: CellValue[][], text: string) => rows.findIndex((r) => r[0] === text);

describe('plan sheet: titles, conditions and quotas', () => {
  it('writes the council size, the ratings and the three sections in Vietnamese', () => {
    const rows = grid({ ...base, info: { ...base.info, councilMembers: 11 } });
    for (const heading of ['Danh hiệu và hình thức khen thưởng', 'Điều kiện xét danh hiệu', 'Giới hạn số lượng']) expect(headingAt(rows, heading)).toBeGreaterThan(0);
    const members = rows.find((r) => r[0] === 'Số thành viên Hội đồng');
    expect(members?.[2]).toBe(11);
    expect(rows.find((r) => r[0] === 'Các mức xếp loại đánh giá (cao → thấp)')?.[2]).toBe(
      'Hoàn thành xuất sắc nhiệm vụ; Hoàn thành tốt nhiệm vụ; Hoàn thành nhiệm vụ; Không hoàn thành nhiệm vụ',
    );
    const result = parse(rows);
    expect(result.findings).toEqual([]);
    expect(result.plan?.info.councilMembers).toBe(11);
  });

  it('reads an older plan sheet without the sections as a plan without titles', () => {
    const rows = grid(base);
    const cut = headingAt(rows, 'Danh hiệu và hình thức khen thưởng');
    const result = parse(rows.slice(0, cut));
    expect(result.findings).toEqual([]);
    expect(result.plan?.titles).toEqual([]);
    expect(result.plan?.titleQuotas).toEqual([]);
  });

  it('reports a condition of a title that is not listed, at its cell, and an unknown condition kind', () => {
    const rows = grid(base);
    const conditions = headingAt(rows, 'Điều kiện xét danh hiệu');
    const first = rows[conditions + 2] ?? [];
    first[0] = 'KHÔNG CÓ';
    const second = rows[conditions + 3] ?? [];
    second[3] = 'điều kiện lạ';
    const result = parse(rows);
    expect(result.plan).toBeUndefined();
    expect(result.findings.map((f) => [f.code, f.cell?.address])).toEqual([
      ['PLAN_SETTING_UNREADABLE', `A${conditions + 3}`],
      ['PLAN_SETTING_UNREADABLE', `D${conditions + 4}`],
      // The kind is required: the schema says so at the same cell.
      ['PLAN_INVALID', `D${conditions + 4}`],
    ]);
  });

  it('reads typed variants: abbreviated kinds, "x" flags, percentages as text', () => {
    const rows = grid(base);
    const quotas = headingAt(rows, 'Giới hạn số lượng');
    const row = rows[quotas + 2] ?? [];
    row[1] = 'x';
    row[5] = '10%';
    const result = parse(rows);
    expect(result.findings).toEqual([]);
    expect(result.plan?.titleQuotas[0]).toMatchObject({ enabled: true, share: 0.1, kind: 'title' });
  });

  const word = fc.constantFrom('Bằng', 'khen', 'Tổ', 'LĐTT', '2024', '1.10', 'x', 'cấp', 'tỉnh', '0,5');
  const phrase = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
  const fraction = fc.integer({ min: 0, max: 1000 }).map((k) => k / 1000);
  const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
  const condition = fc.record({
    kind: fc.constantFrom(...conditionKinds),
    route: fc.integer({ min: 0, max: 3 }),
    ref: fc.oneof(phrase, fc.constant('')),
    years: optional(fc.integer({ min: 1, max: 10 })),
    count: optional(fc.integer({ min: 0, max: 10 })),
    share: optional(fraction),
    strict: fc.boolean(),
    level: fc.oneof(phrase, fc.constant('')),
  });
  const title = fc.record({
    name: phrase,
    aliases: fc.array(phrase, { maxLength: 3 }),
    kind: fc.constantFrom('individual' as const, 'collective' as const),
    level: phrase,
    conditions: fc.array(condition, { maxLength: 4 }),
    voteShare: optional(fraction),
    voteStrict: fc.boolean(),
    source: fc.oneof(phrase, fc.constant('')),
  });
  const quota = fc.record({
    name: phrase,
    kind: fc.constantFrom('title' as const, 'rating' as const),
    limited: phrase,
    base: phrase,
    share: fraction,
    orBetter: fc.boolean(),
    enabled: fc.boolean(),
  });

  it('round-trips any titles, conditions and quotas (property)', () => {
    fc.assert(
      fc.property(fc.array(title, { maxLength: 5 }), fc.array(quota, { maxLength: 3 }), optional(fc.integer({ min: 1, max: 99 })), (titles, titleQuotas, members) => {
        const plan = planSchema.parse({
          ...base,
          info: { ...base.info, councilMembers: members },
          titles: titles.map((t, i) => ({ ...t, id: `DH${i + 1}` })),
          titleQuotas,
        });
        const result = parse(grid(plan));
        expect(result.findings).toEqual([]);
        // The reader writes references to levels and ratings as the plan's ids («cấp tỉnh» is «tỉnh»).
        expect(result.plan).toEqual(withPlanIds(plan));
      }),
      { numRuns: 80 },
    );
  });
});
