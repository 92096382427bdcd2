import { sortFindings } from '../../src/domain/findings';
import { checkPlan } from '../../src/domain/plan/check';
import { withPlanIds } from '../../src/workbook/terms';
import { buildCriteriaTree } from '../../src/domain/plan/tree';
import { codes, crit, makePlan, unit } from './fixtures';

/** A consistent plan: groups sum their children, base leaves sum to the scale. */
const good = {
  criteria: [crit('1', 60), crit('1.1', 30), crit('1.2', 30), crit('2', 40, { method: 'targetRatio' as const, target: 100 }), crit('3', 10, { kind: 'bonus' as const })],
  bands: [
    { name: 'Xuất sắc', minScore: 90 },
    { name: 'Tốt', minScore: 80 },
  ],
  unitAwards: [{ form: 'Bằng khen', level: 'Tỉnh', quota: { kind: 'count' as const, value: 2 }, minBand: 'xuất sắc' }],
  ratioRules: [{ name: 'Cấp huyện', levels: ['Huyen'], ratio: 0.8 }],
  tieBreaks: [{ kind: 'groupScore' as const, group: '1' }],
};

describe('criterion tree helpers', () => {
  it('groups and leaves come from the one tree', () => {
    expect(buildCriteriaTree(makePlan(good).criteria).leaves.map((c) => c.code)).toEqual(['1.1', '1.2', '2', '3']);
  });
});

describe('checkPlan', () => {
  it('a consistent plan gives no findings (tolerant band names; levels as the plan sheet\'s reader writes them)', () => {
    // The reader writes each level a rule names as the plan's id («Tỉnh» → «tỉnh», «Huyen» → «huyện»).
    expect(checkPlan(withPlanIds(makePlan(good)), { units: [unit('A'), unit('B'), unit('C', 'C', 'Khối B'), unit('D', 'D', 'Khối B')] })).toEqual([]);
    // The check itself compares ids: a level no id matches is reported.
    expect(checkPlan(makePlan(good)).map((f) => [f.code, f.params.level])).toEqual([
      ['PLAN_UNKNOWN_LEVEL', 'Tỉnh'],
      ['PLAN_UNKNOWN_LEVEL', 'Huyen'],
    ]);
  });

  it('duplicate criterion codes', () => {
    const f = checkPlan(makePlan({ ...good, criteria: [...good.criteria, crit('1.2', 5)] }));
    expect(f.filter((x) => x.code === 'PLAN_DUPLICATE_CRITERION')).toEqual([expect.objectContaining({ criterionCode: '1.2', params: { code: '1.2', count: 2 }, severity: 'error' })]);
  });

  it('a criterion whose parent group is missing', () => {
    const f = checkPlan(makePlan({ ...good, criteria: [crit('1', 60), crit('1.1', 30), crit('1.2', 30), crit('2.1', 40)] }));
    expect(f.filter((x) => x.code === 'PLAN_ORPHAN_CRITERION')).toEqual([expect.objectContaining({ params: { code: '2.1', parent: '2' } })]);
  });

  it('group maximum differs from the sum of its children', () => {
    const f = checkPlan(makePlan({ ...good, criteria: [crit('1', 50), crit('1.1', 30), crit('1.2', 30), crit('2', 40)] }));
    expect(f.filter((x) => x.code === 'PLAN_GROUP_MAX_MISMATCH')).toEqual([expect.objectContaining({ params: { code: '1', max: 50, sum: 60 } })]);
  });

  it('base leaves do not add up to the scale (groups and bonus are not counted)', () => {
    const f = checkPlan(makePlan({ ...good, info: { scale: 1000 } }));
    expect(f.filter((x) => x.code === 'PLAN_BASE_TOTAL_NOT_SCALE')).toEqual([expect.objectContaining({ params: { sum: 100, scale: 1000 } })]);
    expect(codes(checkPlan(makePlan({ ...good, criteria: [crit('1', 0.1), crit('2', 0.2), crit('3', 99.7)] })))).not.toContain('PLAN_BASE_TOTAL_NOT_SCALE');
  });

  it('targetRatio without target; steps without steps; per case without points per case', () => {
    const f = checkPlan(makePlan({ ...good, criteria: [crit('1', 50, { method: 'targetRatio' }), crit('2', 50, { method: 'steps' }), crit('3', 1, { kind: 'deduction', method: 'perCase' })] }));
    expect(codes(f)).toEqual(expect.arrayContaining(['PLAN_TARGET_MISSING', 'PLAN_STEPS_MISSING', 'PLAN_POINTS_PER_CASE_MISSING']));
  });

  it('two bands with the same minimum score', () => {
    const f = checkPlan(makePlan({ ...good, bands: [...good.bands, { name: 'Hoàn thành tốt', minScore: 80 }] }));
    expect(f.filter((x) => x.code === 'PLAN_BANDS_OVERLAP')).toEqual([expect.objectContaining({ params: { minScore: 80, bands: 'Tốt, Hoàn thành tốt' } })]);
  });

  it('award minimum band not among the bands', () => {
    const f = checkPlan(makePlan({ ...good, unitAwards: [{ ...good.unitAwards[0]!, minBand: 'Xuất sắc nhất' }] }));
    expect(f.filter((x) => x.code === 'PLAN_UNKNOWN_BAND')).toEqual([expect.objectContaining({ params: { band: 'Xuất sắc nhất', form: 'Bằng khen' } })]);
  });

  it('award or ratio level not in the plan levels', () => {
    const f = checkPlan(
      makePlan({ ...good, unitAwards: [{ ...good.unitAwards[0]!, level: 'Bộ' }], ratioRules: [{ name: 'Cấp TW', levels: ['Trung ương', 'Quốc gia'], ratio: 0.45 }] }),
    );
    expect(f.filter((x) => x.code === 'PLAN_UNKNOWN_LEVEL').map((x) => x.params)).toEqual([
      { level: 'Bộ', where: 'Bằng khen' },
      { level: 'Quốc gia', where: 'Cấp TW' },
    ]);
  });

  it('count quota larger than a block, only when units are given', () => {
    const plan = makePlan(good);
    expect(codes(checkPlan(plan))).not.toContain('PLAN_QUOTA_OVER_BLOCK');
    const f = checkPlan(plan, { units: [unit('A'), unit('B'), unit('C', 'C', 'Khối nhỏ')] });
    expect(f.filter((x) => x.code === 'PLAN_QUOTA_OVER_BLOCK')).toEqual([
      expect.objectContaining({ params: { form: 'Bằng khen', level: 'Tỉnh', quota: 2, block: 'Khối nhỏ', units: 1 } }),
    ]);
  });

  it('groupScore tie-break naming a criterion that does not exist; a criterion without children names itself', () => {
    expect(codes(checkPlan(makePlan({ ...good, tieBreaks: [{ kind: 'groupScore', group: '4' }] })))).toContain('PLAN_UNKNOWN_GROUP');
    expect(codes(checkPlan(makePlan({ ...good, tieBreaks: [{ kind: 'groupScore', group: '2' }] })))).not.toContain('PLAN_UNKNOWN_GROUP');
    expect(codes(checkPlan(makePlan({ ...good, tieBreaks: [{ kind: 'groupScore', group: '01' }] })))).not.toContain('PLAN_UNKNOWN_GROUP');
  });

  it("a group's maximum sums its criteria of its own kind: a deduction or an uncapped per-case criterion adds nothing", () => {
    const criteria = [
      crit('1', 60),
      crit('1.1', 30),
      crit('1.2', 30),
      crit('1.3', 2, { kind: 'deduction' as const }),
      crit('1.4', 5, { kind: 'bonus' as const, method: 'perCase' as const, pointsPerCase: 1, capped: false }),
      crit('2', 40),
    ];
    expect(codes(checkPlan(makePlan({ ...good, criteria, tieBreaks: [] })))).not.toContain('PLAN_GROUP_MAX_MISMATCH');
  });

  it('codes as plans write them: «I», «I.1», «a», «a1», «a1.1»; a parent from «Nhóm»', () => {
    const criteria = [
      crit('I', 60),
      crit('I.1', 30),
      crit('I.2', 30),
      crit('a', 40),
      crit('a1', 40),
      crit('a1.1', 1.5, { kind: 'deduction' as const, method: 'perCase' as const, pointsPerCase: 0.5 }),
      crit('x', 5, { kind: 'bonus' as const, group: 'zz' }),
    ];
    const f = checkPlan(makePlan({ ...good, criteria, tieBreaks: [{ kind: 'groupScore', group: 'i' }] }));
    expect(codes(f)).not.toContain('PLAN_UNKNOWN_GROUP');
    expect(codes(f)).not.toContain('PLAN_GROUP_MAX_MISMATCH');
    expect(codes(f)).not.toContain('PLAN_BASE_TOTAL_NOT_SCALE');
    expect(f.filter((x) => x.code === 'PLAN_ORPHAN_CRITERION')).toEqual([expect.objectContaining({ params: { code: 'x', parent: 'zz' } })]);
    expect(codes(checkPlan(makePlan({ ...good, criteria: [crit('a1', 50), crit('a1.1', 50)] })))).toContain('PLAN_ORPHAN_CRITERION');
  });

  it('«01.1» and «1.1» are one code: a duplicate', () => {
    const f = checkPlan(makePlan({ ...good, criteria: [crit('1', 100), crit('01', 5)] }));
    expect(f.filter((x) => x.code === 'PLAN_DUPLICATE_CRITERION')).toEqual([expect.objectContaining({ params: { code: '1', count: 2 } })]);
  });

  it('findings are sorted where the run gathers them: errors first', () => {
    const f = sortFindings(checkPlan(withPlanIds(makePlan({ ...good, info: { scale: 90 }, criteria: [...good.criteria, crit('1.1', 1)] }))));
    expect(f.map((x) => x.severity)).toEqual([...f.map((x) => x.severity)].sort((a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b)));
    expect(f[0]?.code).toBe('PLAN_DUPLICATE_CRITERION');
  });
});
