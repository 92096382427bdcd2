import { evaluate } from '../../src/domain/evaluate';
import { allocateAwards, quotaFor } from '../../src/domain/evaluate/awards';
import { rankBlock, type RankedScore } from '../../src/domain/evaluate/rank';
import { scoreUnit } from '../../src/domain/evaluate/score';
import type { Plan, PlanInput } from '../../src/domain/plan/schema';
import type { Unit } from '../../src/domain/input/schema';
import { crit, entry, input, makePlan, only, result, unit } from './fixtures';

type AwardInput = NonNullable<PlanInput['unitAwards']>[number];

const bands = [
  { name: 'Xuất sắc', minScore: 90 },
  { name: 'Tốt', minScore: 80 },
  { name: 'Khá', minScore: 70 },
];
const flag: AwardInput = { form: 'Cờ thi đua', level: 'tỉnh', quota: { kind: 'count', value: 1 }, leaderOnly: true, minBand: 'xuất sắc', order: 1 };
const merit = (value: number, extra: Partial<AwardInput> = {}): AwardInput => ({ form: 'Bằng khen', level: 'tỉnh', quota: { kind: 'count', value }, order: 2, ...extra });
const certificate = (value: number, extra: Partial<AwardInput> = {}): AwardInput => ({ form: 'Giấy khen', level: 'huyện', quota: { kind: 'count', value }, order: 3, ...extra });

/** Units scored on one base criterion "1" (100 points); optional mandatory criterion "2" (0 points, pass/fail). */
function ranked(plan: Plan, totals: [string, number, Partial<Unit>?][]): RankedScore[] {
  const scores = totals.map(([code, total, extra]) => scoreUnit(plan, unit(code, `Đơn vị ${code}`, 'K', extra ?? {}), [entry('1', total)]).score);
  return rankBlock(plan, 'K', scores).units;
}

function notes(units: readonly { unit: { code: string }; awardNote: { code: string } }[]): string[] {
  return units.map((u) => `${u.unit.code}:${u.awardNote.code}`);
}

describe('quotaFor', () => {
  it('count is the number itself', () => {
    expect(quotaFor({ kind: 'count', value: 3 }, 2)).toBe(3);
  });

  it('percent is floor(n × p), never rounded up', () => {
    const pct = (value: number, n: number, atLeastOne = false): number => quotaFor({ kind: 'percent', value, atLeastOne }, n);
    expect(pct(0.2, 7)).toBe(1);
    expect(pct(0.2, 4)).toBe(0);
    expect(pct(0.3, 9)).toBe(2);
  });

  it('float noise does not lose a unit (0.2 × 10, 0.29 × 100, 0.7 × 10)', () => {
    expect(quotaFor({ kind: 'percent', value: 0.2, atLeastOne: false }, 10)).toBe(2);
    expect(quotaFor({ kind: 'percent', value: 0.29, atLeastOne: false }, 100)).toBe(29);
    expect(quotaFor({ kind: 'percent', value: 0.7, atLeastOne: false }, 10)).toBe(7);
  });

  it('atLeastOne lifts 0 to 1, but only for a block that has units', () => {
    expect(quotaFor({ kind: 'percent', value: 0.2, atLeastOne: true }, 4)).toBe(1);
    expect(quotaFor({ kind: 'percent', value: 0.2, atLeastOne: true }, 0)).toBe(0);
    expect(quotaFor({ kind: 'percent', value: 0.2, atLeastOne: true }, 10)).toBe(2);
  });
});

describe('allocateAwards', () => {
  it('no rules: every unit gets the note noRules', () => {
    const plan = makePlan();
    const { units, quotas } = allocateAwards(plan, 'K', ranked(plan, [['A', 90]]));
    expect(notes(units)).toEqual(['A:noRules']);
    expect(quotas).toEqual([]);
  });

  it('flag to the leader only when it reaches the minimum band (name matched tolerantly); then the next rules', () => {
    const plan = makePlan({ bands, unitAwards: [certificate(1), merit(1), flag] });
    const { units, quotas } = allocateAwards(plan, 'K', ranked(plan, [['A', 95], ['B', 92], ['C', 85], ['D', 75]]));
    expect(units.map((u) => `${u.unit.code}:${u.award?.form ?? '-'}`)).toEqual(['A:Cờ thi đua', 'B:Bằng khen', 'C:Giấy khen', 'D:-']);
    expect(units[0]?.awardNote).toEqual({ code: 'awarded', params: { form: 'Cờ thi đua', level: 'tỉnh' } });
    // quotas are listed in plan.unitAwards order
    expect(quotas).toEqual([
      { form: 'Giấy khen', level: 'huyện', quota: 1, given: 1 },
      { form: 'Bằng khen', level: 'tỉnh', quota: 1, given: 1 },
      { form: 'Cờ thi đua', level: 'tỉnh', quota: 1, given: 1 },
    ]);
    expect(units[3]?.awardNote).toEqual({ code: 'quotaFull', params: { form: 'Giấy khen', level: 'huyện', quota: 1, given: 1 } });
  });

  it('the leader below the minimum band gets no flag, and nobody else may take it', () => {
    const plan = makePlan({ bands, unitAwards: [flag] });
    const { units } = allocateAwards(plan, 'K', ranked(plan, [['A', 88], ['B', 85]]));
    expect(units.map((u) => u.award)).toEqual([undefined, undefined]);
    expect(units[0]?.awardNote).toEqual({ code: 'belowMinBand', params: { form: 'Cờ thi đua', minBand: 'xuất sắc', band: 'Tốt' } });
  });

  it('leaderOnly: a rank-2 unit with the band is notLeader', () => {
    const plan = makePlan({ bands, unitAwards: [flag] });
    const { units } = allocateAwards(plan, 'K', ranked(plan, [['A', 98], ['B', 95]]));
    expect(notes(units)).toEqual(['A:awarded', 'B:notLeader']);
  });

  it('a unit gets at most one award, and rules run in ascending order', () => {
    const plan = makePlan({ unitAwards: [certificate(5, { order: 2 }), merit(1, { order: 1 })] });
    const { units, quotas } = allocateAwards(plan, 'K', ranked(plan, [['A', 95], ['B', 92], ['C', 85]]));
    expect(units.map((u) => u.award?.form)).toEqual(['Bằng khen', 'Giấy khen', 'Giấy khen']);
    expect(quotas.map((q) => q.given)).toEqual([2, 1]);
  });

  it('percent quotas never exceed floor(n × p)', () => {
    const plan = makePlan({ unitAwards: [merit(0, { quota: { kind: 'percent', value: 0.2 } })] });
    const seven = ranked(plan, [['A', 99], ['B', 98], ['C', 97], ['D', 96], ['E', 95], ['F', 94], ['G', 93]]);
    const { units, quotas } = allocateAwards(plan, 'K', seven);
    expect(units.filter((u) => u.award).map((u) => u.unit.code)).toEqual(['A']);
    expect(quotas[0]).toEqual({ form: 'Bằng khen', level: 'tỉnh', quota: 1, given: 1 });
  });

  it('a zero quota is reported once and everyone eligible is quotaFull', () => {
    const plan = makePlan({ unitAwards: [merit(0, { quota: { kind: 'percent', value: 0.2 } })] });
    const { units, findings } = allocateAwards(plan, 'K', ranked(plan, [['A', 99], ['B', 98], ['C', 97], ['D', 96]]));
    expect(units.every((u) => u.award === undefined && u.awardNote.code === 'quotaFull')).toBe(true);
    expect(findings.map((f) => [f.code, f.params.units])).toEqual([['AWARD_QUOTA_ZERO', 4]]);
  });

  it('the block size (not only scored units) drives percentage quotas', () => {
    const plan = makePlan({ unitAwards: [merit(0, { quota: { kind: 'percent', value: 0.2 } })] });
    const four = ranked(plan, [['A', 99], ['B', 98], ['C', 97], ['D', 96]]);
    expect(allocateAwards(plan, 'K', four, 5).quotas[0]?.quota).toBe(1);
  });

  it('a tie at the quota boundary gets none of the award: tieAtQuota for each, one finding, later units quotaFull', () => {
    const plan = makePlan({ unitAwards: [merit(2)] });
    const { units, findings, quotas } = allocateAwards(plan, 'Khối 1', ranked(plan, [['A', 95], ['B', 90], ['C', 90], ['D', 80]]));
    expect(notes(units)).toEqual(['A:awarded', 'B:tieAtQuota', 'C:tieAtQuota', 'D:quotaFull']);
    expect(quotas[0]).toEqual({ form: 'Bằng khen', level: 'tỉnh', quota: 2, given: 1 });
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'AWARD_TIE_AT_QUOTA',
        params: expect.objectContaining({ block: 'Khối 1', rank: 2, slots: 1, count: 2, units: 'Đơn vị B, Đơn vị C' }),
      }),
    ]);
    expect(units[3]?.awardNote.params.tie).toBe(1);
  });

  it('a tie that fits the remaining slots is granted entirely', () => {
    const plan = makePlan({ unitAwards: [merit(3)] });
    const { units, findings } = allocateAwards(plan, 'K', ranked(plan, [['A', 95], ['B', 90], ['C', 90], ['D', 80]]));
    expect(notes(units)).toEqual(['A:awarded', 'B:awarded', 'C:awarded', 'D:quotaFull']);
    expect(findings).toEqual([]);
  });

  it('a tie for a single leaderOnly flag: neither gets it', () => {
    const plan = makePlan({ unitAwards: [{ ...flag, minBand: undefined }] });
    const { units, findings } = allocateAwards(plan, 'K', ranked(plan, [['A', 95], ['B', 95]]));
    expect(notes(units)).toEqual(['A:tieAtQuota', 'B:tieAtQuota']);
    expect(findings.map((f) => f.code)).toEqual(['AWARD_TIE_AT_QUOTA']);
  });

  it('an ineligible tied unit does not block the eligible one', () => {
    const plan = makePlan({ unitAwards: [merit(1)] });
    const { units } = allocateAwards(plan, 'K', ranked(plan, [['A', 95, { ineligibleReason: 'Đang bị xem xét kỷ luật' }], ['B', 95]]));
    expect(notes(units)).toEqual(['A:ineligible', 'B:awarded']);
    expect(units[0]?.awardNote.params.reason).toBe('Đang bị xem xét kỷ luật');
  });

  it('eligibility reasons: ineligible, mandatory failure, minimum score', () => {
    const plan = makePlan({
      criteria: [crit('1', 100), crit('2', 0, { method: 'passFail', mandatory: true })],
      unitAwards: [merit(5, { minScore: 80 })],
    });
    const score = (code: string, total: number, pass: number, extra: Partial<Unit> = {}) =>
      scoreUnit(plan, unit(code, `Đơn vị ${code}`, 'K', extra), [entry('1', total), entry('2', undefined, undefined, { actual: pass })]).score;
    const rankedUnits = rankBlock(plan, 'K', [score('A', 95, 1, { ineligibleReason: 'Nộp hồ sơ muộn' }), score('B', 90, 0), score('C', 85, 1), score('D', 70, 1)]).units;
    const { units } = allocateAwards(plan, 'K', rankedUnits);
    expect(notes(units)).toEqual(['A:ineligible', 'B:mandatoryFailed', 'C:awarded', 'D:belowMinScore']);
    expect(units[1]?.awardNote.params).toEqual({ codes: '2' });
    expect(units[3]?.awardNote.params).toEqual({ form: 'Bằng khen', minScore: 80, total: 70 });
  });

  it('an unknown minimum band cannot be reached (checkPlan reports it)', () => {
    const plan = makePlan({ bands, unitAwards: [merit(1, { minBand: 'Hoàn thành xuất sắc' })] });
    const { units } = allocateAwards(plan, 'K', ranked(plan, [['A', 99]]));
    expect(notes(units)).toEqual(['A:belowMinBand']);
  });

  it('the note of a unit without award comes from the last rule it was eligible for', () => {
    // A takes the flag; B is eligible for Bằng khen (quota full) and below the Giấy khen minimum score.
    const plan = makePlan({ bands, unitAwards: [flag, merit(0, { minScore: 80 }), certificate(3, { minScore: 90 })] });
    const { units } = allocateAwards(plan, 'K', ranked(plan, [['A', 95], ['B', 85]]));
    expect(notes(units)).toEqual(['A:awarded', 'B:quotaFull']);
    expect(units[1]?.awardNote.params.form).toBe('Bằng khen');
    // C is eligible for nothing: the reason from the last rule.
    const { units: u2 } = allocateAwards(plan, 'K', ranked(plan, [['A', 95], ['C', 60]]));
    expect(u2[1]?.awardNote).toEqual({ code: 'belowMinScore', params: { form: 'Giấy khen', minScore: 90, total: 60 } });
  });
});

describe('awards through evaluate', () => {
  it('quotas are per block and unscored units are listed, not ranked', () => {
    // Khối A lacks a unit's results, so it is provisional: proposing anyway keeps the quotas in view.
    const plan = makePlan({ unitAwards: [merit(1)], info: { proposeProvisional: true } });
    const units = [unit('A1', 'A1', 'Khối A'), unit('A2', 'A2', 'Khối A'), unit('B1', 'B1', 'Khối B'), unit('A3', 'Chưa nộp', 'Khối A')];
    const results = [result('A1', [entry('1', 90, 90)]), result('A2', [entry('1', 95, 95)]), result('B1', [entry('1', 50, 50)]), result('ZZ', [entry('1', 100, 100)])];
    const ev = evaluate(plan, input(units, results));
    expect(ev.blocks.map((b) => b.provisional)).toEqual([true, false]);
    expect(ev.blocks.map((b) => [b.block, b.units.map((u) => `${u.unit.code}:${u.award?.form ?? '-'}`), b.unscored.map((u) => u.code)])).toEqual([
      ['Khối A', ['A2:Bằng khen', 'A1:-'], ['A3']],
      ['Khối B', ['B1:Bằng khen'], []],
    ]);
    // nothing is said about the unscored unit or the unknown result here: the parser reports them
    expect(ev.findings.filter((f) => f.unitCode === 'A3' || f.unitCode === 'ZZ')).toEqual([]);
    expect(only(ev.findings, 'AWARD_QUOTA_ZERO')).toEqual([]);
    expect(only(ev.findings, 'AWARD_PROVISIONAL').map((f) => f.params.block)).toEqual(['Khối A']);
  });
});
