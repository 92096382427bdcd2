import { scoreUnit } from '../../src/domain/evaluate/score';
import { cell, codes, crit, entry, makePlan, only, unit } from './fixtures';

const u = unit('U1');

describe('points method and the score of record', () => {
  const plan = makePlan({ criteria: [crit('1', 60), crit('2', 40)], info: { gapWarning: 50 } });

  it('uses the appraised score, and the self score when nothing was appraised', () => {
    const { score, findings } = scoreUnit(plan, u, [entry('1', 50, 45), entry('2', 30)]);
    expect(score.criteria.map((c) => [c.used, c.usedFrom])).toEqual([
      [45, 'appraised'],
      [30, 'self'],
    ]);
    expect(score.total).toBe(75);
    expect(score.notAppraisedCount).toBe(1);
    expect(only(findings, 'SCORE_NOT_APPRAISED')).toEqual([expect.objectContaining({ unitCode: 'U1', params: { count: 1, total: 2 } })]);
  });

  it('emits one SCORE_NOT_APPRAISED per unit, not one per criterion', () => {
    const { findings } = scoreUnit(plan, u, [entry('1', 50), entry('2', 30)]);
    expect(only(findings, 'SCORE_NOT_APPRAISED')).toHaveLength(1);
    expect(only(findings, 'SCORE_NOT_APPRAISED')[0]?.params.count).toBe(2);
  });

  it("uses the self score when the plan ranks on 'self'", () => {
    const selfPlan = makePlan({ criteria: [crit('1', 60), crit('2', 40)], info: { rankingScore: 'self', gapWarning: 50 } });
    const { score, findings } = scoreUnit(selfPlan, u, [entry('1', 50, 45), entry('2', 30)]);
    expect(score.total).toBe(80);
    expect(score.notAppraisedCount).toBe(0);
    expect(codes(findings)).not.toContain('SCORE_NOT_APPRAISED');
  });
});

describe('blank is not zero', () => {
  const plan = makePlan({ criteria: [crit('1', 60), crit('2', 40)], info: { warnBelow: 0 } });

  it('a blank score is missing, counted, reported with its cell, and adds nothing', () => {
    const { score, findings } = scoreUnit(plan, u, [entry('1', 50), entry('2', undefined, undefined, { selfSource: cell('E12') })]);
    const c2 = score.criteria[1];
    expect(c2?.status).toBe('missing');
    expect(c2?.used).toBeUndefined();
    expect(score.missingCount).toBe(1);
    expect(score.total).toBe(50);
    expect(only(findings, 'SCORE_MISSING')).toEqual([expect.objectContaining({ criterionCode: '2', cell: cell('E12'), severity: 'warning' })]);
  });

  it('0 is a valid score: ok, not missing, no finding', () => {
    const { score, findings } = scoreUnit(plan, u, [entry('1', 50), entry('2', 0)]);
    expect(score.criteria[1]).toEqual(expect.objectContaining({ used: 0, status: 'ok' }));
    expect(score.missingCount).toBe(0);
    expect(codes(findings)).not.toContain('SCORE_MISSING');
  });

  it('an absent entry is all blank', () => {
    const { score } = scoreUnit(plan, u, [entry('1', 50)]);
    expect(score.criteria[1]?.status).toBe('missing');
    expect(score.missingCount).toBe(1);
  });

  it('selfBase and appraisedBase stay undefined when nothing was entered', () => {
    const { score } = scoreUnit(plan, u, []);
    expect(score.selfBase).toBeUndefined();
    expect(score.appraisedBase).toBeUndefined();
    expect(score.total).toBe(0);
    expect(score.missingCount).toBe(2);
  });
});

describe('computed methods', () => {
  it('targetRatio: max × min(1, actual / target)', () => {
    const plan = makePlan({ criteria: [crit('1', 10, { method: 'targetRatio', target: 100 }), crit('2', 10, { method: 'targetRatio', target: 100 })], info: { scale: 20 } });
    const { score } = scoreUnit(plan, u, [entry('1', undefined, undefined, { actual: 80 }), entry('2', undefined, undefined, { actual: 130 })]);
    expect(score.criteria.map((c) => [c.computed, c.self, c.used])).toEqual([
      [8, 8, 8],
      [10, 10, 10],
    ]);
  });

  it('passFail: 1 gives the maximum, 0 gives 0', () => {
    const plan = makePlan({ criteria: [crit('1', 5, { method: 'passFail' }), crit('2', 5, { method: 'passFail' })], info: { scale: 10, warnBelow: 0 } });
    const { score } = scoreUnit(plan, u, [entry('1', undefined, undefined, { actual: 1 }), entry('2', undefined, undefined, { actual: 0 })]);
    expect(score.criteria.map((c) => c.used)).toEqual([5, 0]);
  });

  it('steps: the highest step reached, 0 below every step, whatever order the steps are listed in', () => {
    const steps = [
      { from: 1, points: 4 },
      { from: 3, points: 10 },
      { from: 2, points: 7 },
    ];
    const plan = makePlan({ criteria: [crit('1', 10, { method: 'steps', steps })], info: { scale: 10, warnBelow: 0 } });
    const at = (actual: number): number | undefined => scoreUnit(plan, u, [entry('1', undefined, undefined, { actual })]).score.criteria[0]?.used;
    expect([at(0), at(1), at(2.5), at(3), at(7)]).toEqual([0, 4, 7, 10, 10]);
  });

  it('an entered self score wins over the computed one but a difference is reported', () => {
    const plan = makePlan({ criteria: [crit('1', 10, { method: 'targetRatio', target: 100 })], info: { scale: 10 } });
    const { score, findings } = scoreUnit(plan, u, [entry('1', 9, undefined, { actual: 80, selfSource: cell('E5') })]);
    expect(score.criteria[0]?.self).toBe(9);
    expect(score.criteria[0]?.computed).toBe(8);
    expect(only(findings, 'SCORE_DIFFERS_FROM_ACTUAL')).toEqual([expect.objectContaining({ cell: cell('E5'), params: expect.objectContaining({ value: 9, computed: 8 }) })]);
    const agree = scoreUnit(plan, u, [entry('1', 8.0005, undefined, { actual: 80 })]);
    expect(codes(agree.findings)).not.toContain('SCORE_DIFFERS_FROM_ACTUAL');
  });

  it('the appraised score of a computed criterion is only what was entered', () => {
    const plan = makePlan({ criteria: [crit('1', 10, { method: 'targetRatio', target: 100 })], info: { scale: 10 } });
    const { score } = scoreUnit(plan, u, [entry('1', undefined, 6, { actual: 80 })]);
    expect(score.criteria[0]).toEqual(expect.objectContaining({ self: 8, appraised: 6, used: 6, usedFrom: 'appraised' }));
  });

  it('actual blank and no score: ACTUAL_MISSING (not SCORE_MISSING), status missing', () => {
    const plan = makePlan({ criteria: [crit('1', 10, { method: 'targetRatio', target: 100, targetUnit: '%' })], info: { scale: 10 } });
    const { score, findings } = scoreUnit(plan, u, [entry('1', undefined, undefined, { actualSource: cell('D5') })]);
    expect(score.criteria[0]?.status).toBe('missing');
    expect(codes(findings)).toEqual(expect.arrayContaining(['ACTUAL_MISSING']));
    expect(codes(findings)).not.toContain('SCORE_MISSING');
    expect(only(findings, 'ACTUAL_MISSING')[0]?.cell).toEqual(cell('D5'));
  });
});

describe('over the maximum and negative scores', () => {
  const crits = [crit('1', 10), crit('2', 90)];

  it("clamp: reported, used = maximum, status 'overMax'", () => {
    const plan = makePlan({ criteria: crits, info: { overMax: 'clamp' } });
    const { score, findings } = scoreUnit(plan, u, [entry('1', 12, undefined, { selfSource: cell('E5') }), entry('2', 90)]);
    expect(score.criteria[0]).toEqual(expect.objectContaining({ used: 10, status: 'overMax', self: 12 }));
    expect(score.total).toBe(100);
    expect(only(findings, 'SCORE_OVER_MAX')).toEqual([
      expect.objectContaining({ severity: 'error', cell: cell('E5'), params: expect.objectContaining({ value: 12, max: 10 }) }),
    ]);
  });

  it("reject: reported, not counted, status 'rejected'", () => {
    const plan = makePlan({ criteria: crits, info: { overMax: 'reject' } });
    const { score, findings } = scoreUnit(plan, u, [entry('1', 12), entry('2', 90)]);
    expect(score.criteria[0]).toEqual(expect.objectContaining({ used: undefined, status: 'rejected' }));
    expect(score.total).toBe(90);
    expect(codes(findings)).toContain('SCORE_OVER_MAX');
  });

  it('a self score over the maximum is reported even when the appraised score is used', () => {
    const plan = makePlan({ criteria: crits });
    const { score, findings } = scoreUnit(plan, u, [entry('1', 15, 9, { selfSource: cell('E5'), appraisedSource: cell('F5') }), entry('2', 90, 90)]);
    expect(score.criteria[0]).toEqual(expect.objectContaining({ used: 9, status: 'ok' }));
    expect(only(findings, 'SCORE_OVER_MAX').map((f) => [f.cell?.address, f.params.tier])).toEqual([['E5', 'self']]);
  });

  it('the tolerance absorbs float noise', () => {
    const plan = makePlan({ criteria: crits });
    const { findings } = scoreUnit(plan, u, [entry('1', 10.00005), entry('2', 90)]);
    expect(codes(findings)).not.toContain('SCORE_OVER_MAX');
  });

  it("a negative score is an error and is not counted (status 'negative')", () => {
    const plan = makePlan({ criteria: crits });
    const { score, findings } = scoreUnit(plan, u, [entry('1', -2), entry('2', 90)]);
    expect(score.criteria[0]).toEqual(expect.objectContaining({ used: undefined, status: 'negative' }));
    expect(score.total).toBe(90);
    expect(only(findings, 'SCORE_NEGATIVE')[0]?.severity).toBe('error');
  });

  it('deductions hold positive numbers: a negative deduction is rejected too, never read as a bonus', () => {
    const plan = makePlan({ criteria: [crit('1', 100), crit('2', 10, { kind: 'deduction' })] });
    const { score, findings } = scoreUnit(plan, u, [entry('1', 90), entry('2', -3)]);
    expect(score.total).toBe(90);
    expect(score.deduction).toBe(0);
    expect(only(findings, 'SCORE_NEGATIVE')[0]?.params.kind).toBe('deduction');
  });
});

describe('shortfall and gaps', () => {
  it('base criteria below warnBelow × max are a shortfall; the criterion threshold overrides the plan one', () => {
    const plan = makePlan({
      criteria: [crit('1', 50), crit('2', 50, { warnBelow: 0.8 }), crit('3', 10, { kind: 'bonus' })],
      info: { warnBelow: 0.5 },
    });
    const { score, findings } = scoreUnit(plan, u, [entry('1', 25), entry('2', 39), entry('3', 1)]);
    expect(score.criteria.map((c) => c.shortfall)).toEqual([false, true, false]);
    expect(only(findings, 'SCORE_BELOW_THRESHOLD').map((f) => [f.criterionCode, f.params.threshold])).toEqual([['2', 40]]);
  });

  it('a threshold such as 0.7 × 10 is exact: 7 is not a shortfall', () => {
    const plan = makePlan({ criteria: [crit('1', 10, { warnBelow: 0.7 }), crit('2', 90)] });
    const { score } = scoreUnit(plan, u, [entry('1', 7), entry('2', 90)]);
    expect(score.criteria[0]?.shortfall).toBe(false);
  });

  it('criterion gap above gapWarning is reported at the appraised cell; the unit gap once without criterion', () => {
    const plan = makePlan({ criteria: [crit('1', 50), crit('2', 50)], info: { gapWarning: 5 } });
    const { score, findings } = scoreUnit(plan, u, [entry('1', 50, 40, { appraisedSource: cell('F5') }), entry('2', 45, 41)]);
    const gaps = only(findings, 'SCORE_GAP');
    expect(gaps).toHaveLength(2);
    expect(gaps[0]).toEqual(expect.objectContaining({ criterionCode: '1', cell: cell('F5'), params: expect.objectContaining({ gap: 10 }) }));
    expect(gaps[1]).toEqual(expect.objectContaining({ unitCode: 'U1', params: expect.objectContaining({ self: 95, appraised: 81, gap: 14 }) }));
    expect(gaps[1]?.criterionCode).toBeUndefined();
    expect([score.selfBase, score.appraisedBase]).toEqual([95, 81]);
  });

  it('the criterion gap is between the values as entered, even when one is over the maximum', () => {
    const plan = makePlan({ criteria: [crit('1', 30), crit('2', 70)], info: { gapWarning: 5 } });
    const { score, findings } = scoreUnit(plan, u, [entry('1', 35, 20), entry('2', 70, 70)]);
    expect(only(findings, 'SCORE_GAP').map((f) => [f.criterionCode, f.params.self, f.params.gap])).toEqual([
      ['1', 35, 15],
      [undefined, 100, 10],
    ]);
    // the base sums follow the values that count (35 clamped to 30)
    expect(score.selfBase).toBe(100);
  });

  it('the unit gap compares only criteria that were appraised, so partial appraisal is no false alarm', () => {
    const plan = makePlan({ criteria: [crit('1', 50), crit('2', 50)], info: { gapWarning: 5 } });
    const partial = scoreUnit(plan, u, [entry('1', 50, 48), entry('2', 45)]);
    expect([partial.score.selfBase, partial.score.appraisedBase]).toEqual([95, 48]);
    expect(only(partial.findings, 'SCORE_GAP')).toEqual([]);
    const wide = scoreUnit(plan, u, [entry('1', 50, 40), entry('2', 45)]);
    expect(only(wide.findings, 'SCORE_GAP').map((f) => [f.criterionCode, f.params.gap, f.params.criteria])).toEqual([
      ['1', 10, undefined],
      [undefined, 10, 1],
    ]);
  });

  it('a gap equal to the limit is not reported', () => {
    const plan = makePlan({ criteria: [crit('1', 50), crit('2', 50)], info: { gapWarning: 5 } });
    const { findings } = scoreUnit(plan, u, [entry('1', 50, 45), entry('2', 50, 50)]);
    expect(codes(findings)).not.toContain('SCORE_GAP');
  });
});

describe('mandatory criteria', () => {
  it('points: achieved at warnBelow × max (default the full maximum); missing fails', () => {
    const plan = makePlan({ criteria: [crit('1', 50, { mandatory: true, warnBelow: 0.8 }), crit('2', 50, { mandatory: true })] });
    const a = scoreUnit(plan, u, [entry('1', 40), entry('2', 50)]);
    expect(a.score.mandatoryFailed).toEqual([]);
    expect(a.score.criteria.map((c) => c.mandatoryMet)).toEqual([true, true]);
    const b = scoreUnit(plan, u, [entry('1', 39), entry('2', 49)]);
    expect(b.score.mandatoryFailed).toEqual(['1', '2']);
    expect(only(b.findings, 'MANDATORY_FAILED').map((f) => f.severity)).toEqual(['error', 'error']);
    const c = scoreUnit(plan, u, [entry('2', 50)]);
    expect(c.score.mandatoryFailed).toEqual(['1']);
  });

  it('passFail is achieved on pass; targetRatio when actual ≥ target', () => {
    const plan = makePlan({
      criteria: [crit('1', 50, { mandatory: true, method: 'passFail' }), crit('2', 50, { mandatory: true, method: 'targetRatio', target: 100 })],
    });
    const ok = scoreUnit(plan, u, [entry('1', undefined, undefined, { actual: 1 }), entry('2', undefined, undefined, { actual: 100 })]);
    expect(ok.score.mandatoryFailed).toEqual([]);
    const ko = scoreUnit(plan, u, [entry('1', undefined, undefined, { actual: 0 }), entry('2', undefined, undefined, { actual: 99 })]);
    expect(ko.score.mandatoryFailed).toEqual(['1', '2']);
  });

  it('non-mandatory criteria carry no mandatoryMet', () => {
    const plan = makePlan();
    expect(scoreUnit(plan, u, [entry('1', 10)]).score.criteria[0]?.mandatoryMet).toBeUndefined();
  });
});

describe('totals', () => {
  const criteria = [crit('1', 100), crit('2', 10, { kind: 'bonus' }), crit('3', 10, { kind: 'bonus' }), crit('4', 20, { kind: 'deduction' })];

  it('total = base + min(bonus, cap) − min(deduction, cap), caps reported', () => {
    const plan = makePlan({ criteria, info: { bonusCap: 5, deductionCap: 8 } });
    const { score, findings } = scoreUnit(plan, u, [entry('1', 80), entry('2', 4), entry('3', 3), entry('4', 10)]);
    expect(score).toEqual(expect.objectContaining({ base: 80, bonusRaw: 7, bonus: 5, deductionRaw: 10, deduction: 8, total: 77 }));
    expect(only(findings, 'BONUS_CAPPED')[0]?.params).toEqual({ raw: 7, cap: 5 });
    expect(only(findings, 'DEDUCTION_CAPPED')[0]?.params).toEqual({ raw: 10, cap: 8 });
  });

  it('no caps: nothing capped', () => {
    const plan = makePlan({ criteria });
    const { score, findings } = scoreUnit(plan, u, [entry('1', 80), entry('2', 4), entry('3', 3), entry('4', 10)]);
    expect(score.total).toBe(77);
    expect(codes(findings)).not.toContain('BONUS_CAPPED');
  });

  it('sums carry no float noise', () => {
    const plan = makePlan({ criteria: [crit('1', 0.1), crit('2', 0.2), crit('3', 99.7)], info: { warnBelow: 0 } });
    const { score } = scoreUnit(plan, u, [entry('1', 0.1), entry('2', 0.2), entry('3', 0)]);
    expect(score.total).toBe(0.3);
  });

  it('groups are not scored; groupScores sum their leaves at every level', () => {
    const plan = makePlan({
      criteria: [crit('1', 60), crit('1.1', 30), crit('1.2', 30), crit('1.2.1', 10), crit('1.2.2', 20), crit('2', 40)],
    });
    const { score } = scoreUnit(plan, u, [entry('1', 60), entry('1.1', 25), entry('1.2.1', 8), entry('1.2.2', 15), entry('2', 30)]);
    expect(score.criteria.map((c) => c.code)).toEqual(['1.1', '1.2.1', '1.2.2', '2']);
    expect(score.total).toBe(78);
    expect(score.groupScores).toEqual({ '1': 48, '1.2': 23 });
  });
});

describe('bands', () => {
  const bands = [
    { name: 'Tốt', minScore: 80 },
    { name: 'Xuất sắc', minScore: 90, minCriterionRatio: 0.85, requiresMandatory: true },
    { name: 'Khá', minScore: 70 },
  ];
  const plan = makePlan({ criteria: [crit('1', 50, { mandatory: true, warnBelow: 0.5 }), crit('2', 50)], bands });

  it('the best band whose score and conditions are met', () => {
    expect(scoreUnit(plan, u, [entry('1', 45), entry('2', 46)]).score.band).toBe('Xuất sắc');
    expect(scoreUnit(plan, u, [entry('1', 45), entry('2', 35)]).score.band).toBe('Tốt');
  });

  it('minCriterionRatio: one base criterion under 85% of its maximum drops the band', () => {
    expect(scoreUnit(plan, u, [entry('1', 50), entry('2', 42)]).score.band).toBe('Tốt');
    expect(scoreUnit(plan, u, [entry('1', 50), entry('2', 42.5)]).score.band).toBe('Xuất sắc');
  });

  it('minCriterionRatio: a missing criterion fails it', () => {
    const p = makePlan({ criteria: [crit('1', 90), crit('2', 10)], bands });
    expect(scoreUnit(p, u, [entry('1', 90), entry('2', 0)]).score.band).toBe('Tốt');
    expect(scoreUnit(p, u, [entry('1', 90)]).score.band).toBe('Tốt');
    expect(scoreUnit(p, u, [entry('1', 90), entry('2', 10)]).score.band).toBe('Xuất sắc');
  });

  it('requiresMandatory: a mandatory failure drops the band', () => {
    const p = makePlan({ criteria: [crit('1', 50, { mandatory: true }), crit('2', 50)], bands });
    expect(scoreUnit(p, u, [entry('1', 49), entry('2', 50)]).score.band).toBe('Tốt');
  });

  it('below every band: undefined', () => {
    expect(scoreUnit(plan, u, [entry('1', 30), entry('2', 30)]).score.band).toBeUndefined();
  });
});
