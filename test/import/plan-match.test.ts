import fc from 'fast-check';
import type { Unit } from '../../src/domain/input/schema';
import { planPresets } from '../../src/domain/plan/presets';
import type { Plan } from '../../src/domain/plan/schema';
import { diffPlan, isSamePlan } from '../../src/workbook/import/plan-diff';
import { matchUnit } from '../../src/workbook/import/match-unit';
import { templateCriteria } from '../../src/workbook/template/state';

const plan = planPresets[1]?.plan;
if (!plan) throw new Error('preset missing');

describe('diffPlan', () => {
  it('finds nothing between a plan and its own template', () => {
    const diff = diffPlan(templateCriteria(plan), plan);
    expect(isSamePlan(diff)).toBe(true);
    expect(diff.unchanged).toEqual(plan.criteria.map((c) => c.code));
  });

  it('lists added, removed and changed maximums, and keeps only unchanged codes importable', () => {
    const [first, second, ...rest] = plan.criteria;
    if (!first || !second) throw new Error('plan too small');
    const older = templateCriteria({ ...plan, criteria: [{ ...first, maxPoints: first.maxPoints + 1 }, ...rest] });
    const extra = { code: '99.9', kind: first.kind, maxPoints: 3, method: first.method };
    const diff = diffPlan([...older, extra], plan);
    expect(diff.added).toEqual([second.code]);
    expect(diff.removed).toEqual(['99.9']);
    expect(diff.maxChanged).toEqual([{ code: first.code, was: first.maxPoints + 1, now: first.maxPoints }]);
    expect(diff.unchanged).not.toContain(first.code);
    expect(diff.unchanged).not.toContain(second.code);
  });

  it('property: every code of the plan is exactly one of added, changed or unchanged', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: plan.criteria.length, maxLength: plan.criteria.length }), fc.array(fc.boolean(), { minLength: plan.criteria.length, maxLength: plan.criteria.length }), (keep, bump) => {
        const criteria = plan.criteria.flatMap((c, i) => (keep[i] ? [{ ...c, maxPoints: bump[i] ? c.maxPoints + 1 : c.maxPoints }] : []));
        const older: Plan = { ...plan, criteria };
        const diff = diffPlan(templateCriteria(older), plan);
        const all = [...diff.added, ...diff.maxChanged.map((m) => m.code), ...diff.unchanged].sort();
        expect(all).toEqual(plan.criteria.map((c) => c.code).sort());
        expect(diff.removed).toEqual([]);
        for (const code of diff.unchanged) expect(criteria.find((c) => c.code === code)?.maxPoints).toBe(plan.criteria.find((c) => c.code === code)?.maxPoints);
      }),
      { numRuns: 50 },
    );
  });
});

const units: Unit[] = [
  { code: 'TH01', name: 'Trường Tiểu học Hòa Bình', block: 'Tiểu học', size: 'large' },
  { code: 'TH02', name: 'Trường Tiểu học An Hòa', block: 'Tiểu học', size: 'large' },
  { code: 'CS01', name: 'Trường An Hòa', block: 'THCS', size: 'large' },
  { code: 'CS02', name: 'Trường An Hòa', block: 'THPT', size: 'large' },
];

describe('matchUnit', () => {
  it('trusts the template record first, even when the sheet names another unit', () => {
    const m = matchUnit(units, { templateCode: 'TH02', sheetText: 'TH01', fileName: 'x.xlsx' });
    expect(m).toMatchObject({ status: 'matched', by: 'template', unit: { code: 'TH02' } });
  });
  it('reads the sheet, ignoring diacritics, and a block hint settles namesakes', () => {
    expect(matchUnit(units, { sheetText: 'truong tieu hoc hoa binh', fileName: 'x.xlsx' })).toMatchObject({ status: 'matched', unit: { code: 'TH01' } });
    expect(matchUnit(units, { sheetText: 'Trường An Hòa', blockText: 'Khối THCS', fileName: 'x.xlsx' })).toMatchObject({ status: 'matched', unit: { code: 'CS01' } });
  });
  it('asks about namesakes instead of guessing', () => {
    const m = matchUnit(units, { sheetText: 'Trường An Hòa', fileName: 'ket-qua.xlsx' });
    expect(m.status).toBe('ambiguous');
    if (m.status === 'ambiguous') expect(m.candidates.map((u) => u.code).sort()).toEqual(['CS01', 'CS02']);
  });
  it('falls back to the file name, then says unknown', () => {
    expect(matchUnit(units, { fileName: 'TH02_Truong-Tieu-hoc-An-Hoa.xlsx' })).toMatchObject({ status: 'matched', by: 'fileName', unit: { code: 'TH02' } });
    expect(matchUnit(units, { templateCode: 'ZZ9', sheetText: 'Trường Không Có', fileName: 'abc.xlsx' })).toEqual({ status: 'unknown' });
  });
});
