/**
 * Real scoring tables: codes as plans write them, points per case, caps per section, strict
 * thresholds, gates, sections in tie-breaks and subtotals, the council's «Không đạt» on a mandatory rule.
 */
import { evaluate } from '../../src/domain/evaluate';
import { scoreUnit, stepReached } from '../../src/domain/evaluate/score';
import { codes as findingCodes, crit, entry, input, makePlan, result, unit } from './fixtures';

const u = unit('A');

describe('codes as plans write them', () => {
  it('a plan coded «01», «01.1» matches entries written «1.1»; parents from the code or from «Nhóm»', () => {
    const plan = makePlan({ criteria: [crit('01', 60), crit('01.1', 30), crit('01.2', 30), crit('x', 40)] });
    const { score, findings } = scoreUnit(plan, u, [entry('1.1', 20), entry('1.2', 25), entry('X', 30)]);
    expect(score.total).toBe(75);
    expect(score.criteria.map((c) => c.code)).toEqual(['01.1', '01.2', 'x']);
    expect(score.groupScores).toEqual({ '1': 45 });
    expect(findingCodes(findings)).not.toContain('SCORE_MISSING');
  });

  it('«Nhóm» names the parent when the code does not say it', () => {
    const plan = makePlan({ criteria: [crit('TC1', 100), crit('1', 60, { group: 'TC1' }), crit('2', 40, { group: 'TC1' })], tieBreaks: [{ kind: 'groupScore', group: 'tc1' }] });
    const { score } = scoreUnit(plan, u, [entry('1', 50), entry('2', 30)]);
    expect(score.total).toBe(80);
    expect(score.groupScores).toEqual({ 'tc.1': 80 });
  });
});

describe('points per case', () => {
  const plan = makePlan({
    criteria: [
      crit('1', 100),
      crit('2', 1.5, { kind: 'deduction', method: 'perCase', pointsPerCase: 0.5 }),
      crit('3', 0, { kind: 'bonus', method: 'perCase', pointsPerCase: 1, capped: false }),
    ],
  });

  it('count × points per case, capped at the maximum unless the plan sets no cap', () => {
    const { score, findings } = scoreUnit(plan, u, [entry('1', 90), entry('2', undefined, undefined, { actual: 5 }), entry('3', undefined, undefined, { actual: 7 })]);
    expect(score.deduction).toBe(1.5);
    expect(score.bonus).toBe(7);
    expect(score.total).toBe(95.5);
    expect(findingCodes(findings)).not.toContain('SCORE_OVER_MAX');
  });

  it('a fraction or a negative count is a finding at its cell and counts nothing', () => {
    const cell = { sheet: 'A', address: 'D9' };
    const { score, findings } = scoreUnit(plan, u, [entry('1', 90), entry('2', undefined, undefined, { actual: 2.5, actualSource: cell }), entry('3', undefined, undefined, { actual: -1 })]);
    expect(score.deduction).toBe(0);
    expect(score.bonus).toBe(0);
    expect(findings.filter((f) => f.code === 'CASE_COUNT_INVALID')).toEqual([
      expect.objectContaining({ criterionCode: '2', cell, params: { code: '2', value: 2.5 } }),
      expect.objectContaining({ criterionCode: '3', params: { code: '3', value: -1 } }),
    ]);
  });
});

describe('caps per section', () => {
  const criteria = [
    crit('a', 10),
    crit('a1', 3, { sectionDeductionCap: 1.5 }),
    crit('a1.1', 5, { kind: 'deduction', method: 'perCase', pointsPerCase: 0.5, capped: false }),
    crit('a2', 7),
    crit('d', 90, { sectionAdjustmentCap: 2 }),
    crit('d1', 90),
    crit('d2', 5, { kind: 'bonus' }),
    crit('d3', 5, { kind: 'bonus', sectionBonusCap: 1 }),
  ];
  const plan = makePlan({ criteria, info: { sectionSubtotals: true }, tieBreaks: [{ kind: 'groupScore', group: 'a1' }] });

  it('a base criterion with only deductions under it is scored itself; its section caps them, and says how many points', () => {
    const { score, findings } = scoreUnit(plan, u, [entry('a1', 3), entry('a1.1', undefined, undefined, { actual: 6 }), entry('a2', 7), entry('d1', 80), entry('d2', 4), entry('d3', 3)]);
    // a1.1: 3 points of deductions, cut to 1.5; d3: 3 cut to 1; d: bonus 5 cut to the net cap 2.
    expect(score.deductionRaw).toBe(3);
    expect(score.deduction).toBe(1.5);
    expect(score.bonusRaw).toBe(7);
    expect(score.bonus).toBe(2);
    expect(score.total).toBe(90 + 2 - 1.5);
    expect(findings.filter((f) => f.code === 'SECTION_CAP_APPLIED').map((f) => f.params)).toEqual([
      { code: 'a1', kind: 'deduction', raw: 3, cap: 1.5, cut: 1.5 },
      { code: 'd3', kind: 'bonus', raw: 3, cap: 1, cut: 2 },
      { code: 'd', kind: 'adjustment', raw: 5, cap: 2, cut: 3 },
    ]);
    expect(score.groupScores).toEqual({ a: 8.5, 'a.1': 1.5, d: 82 });
    expect(score.sectionTotals).toEqual([
      { code: 'a', base: 10, bonus: 0, deduction: 1.5, total: 8.5 },
      { code: 'd', base: 80, bonus: 2, deduction: 0, total: 82 },
    ]);
  });

  it('no section subtotals unless the plan asks', () => {
    const { score } = scoreUnit(makePlan({ criteria }), u, [entry('a1', 3)]);
    expect(score.sectionTotals).toBeUndefined();
  });
});

describe('sections in the tie-break «Điểm nhóm N»', () => {
  it('a deduction inside a group counts against it; a criterion without children names itself', () => {
    const plan = makePlan({
      criteria: [crit('1', 50), crit('1.1', 50), crit('1.2', 5, { kind: 'deduction' }), crit('2', 50)],
      tieBreaks: [{ kind: 'groupScore', group: '1' }, { kind: 'groupScore', group: '2' }],
    });
    const a = scoreUnit(plan, unit('A'), [entry('1.1', 45), entry('1.2', 5), entry('2', 45)]).score;
    expect(a.groupScores).toEqual({ '1': 40, '2': 45 });
    const ev = evaluate(
      plan,
      input([unit('A'), unit('B')], [result('A', [entry('1.1', 45), entry('1.2', 5), entry('2', 45)]), result('B', [entry('1.1', 40), entry('2', 45)])]),
    );
    const ranked = ev.blocks[0]?.units ?? [];
    // Equal totals (85): B's group 1 is 40 as A's, so group 2 decides nothing either; never A by a deduction added.
    expect(ranked.map((r) => [r.unit.code, r.total, r.rank])).toEqual([
      ['A', 85, 1],
      ['B', 85, 1],
    ]);
  });
});

describe('strict thresholds', () => {
  it('steps compare as written: ≥, >, ≤, <', () => {
    expect(stepReached({ from: 92, points: 1 }, 92)).toBe(true);
    expect(stepReached({ from: 92, points: 1, op: 'above' }, 92)).toBe(false);
    expect(stepReached({ from: 50, points: 1, op: 'below' }, 50)).toBe(false);
    expect(stepReached({ from: 50, points: 1, op: 'atMost' }, 50)).toBe(true);
    const plan = makePlan({ criteria: [crit('1', 100, { method: 'steps', steps: [{ from: 92, points: 100, op: 'above' }, { from: 80, points: 70 }] })] });
    expect(scoreUnit(plan, u, [entry('1', undefined, undefined, { actual: 92 })]).score.total).toBe(70);
  });

  it('a strict band starts above its score («trên 90»)', () => {
    const plan = makePlan({ bands: [{ name: 'Xuất sắc', minScore: 90, strict: true }, { name: 'Tốt', minScore: 80 }] });
    expect(scoreUnit(plan, u, [entry('1', 90)]).score.band).toBe('Tốt');
    expect(scoreUnit(plan, u, [entry('1', 90.5)]).score.band).toBe('Xuất sắc');
  });
});

describe('gates', () => {
  const plan = makePlan({
    criteria: [crit('1', 100), crit('2', 0, { method: 'passFail', gate: true, text: 'Gửi báo cáo giải trình đúng hạn' })],
    bands: [{ name: 'Tốt', minScore: 50 }],
    unitAwards: [{ form: 'Giấy khen', level: 'huyện', quota: { kind: 'count', value: 2 } }],
    // Ranked by the units' own scores: nothing here waits for an appraisal.
    info: { rankingScore: 'self' },
  });

  it('a failed gate: no band, no award, a finding at its cell', () => {
    const cell = { sheet: 'A', address: 'D10' };
    const ev = evaluate(plan, input([unit('A'), unit('B')], [result('A', [entry('1', 95), entry('2', undefined, undefined, { actual: 0, actualSource: cell })]), result('B', [entry('1', 60), entry('2', undefined, undefined, { actual: 1 })])]));
    const [a, b] = [...(ev.blocks[0]?.units ?? [])].sort((x, y) => x.unit.code.localeCompare(y.unit.code));
    expect(a?.band).toBeUndefined();
    expect(a?.gatesFailed).toEqual(['2']);
    expect(a?.award).toBeUndefined();
    expect(a?.awardNote).toEqual({ code: 'gateFailed', params: { codes: '2' } });
    expect(b?.band).toBe('Tốt');
    expect(b?.award).toBeDefined();
    expect(ev.findings.filter((f) => f.code === 'GATE_FAILED')).toEqual([expect.objectContaining({ unitCode: 'A', criterionCode: '2', cell })]);
  });

  it('a gate not filled in is not met', () => {
    expect(scoreUnit(plan, u, [entry('1', 95)]).score.band).toBeUndefined();
  });
});

describe('the council decides a mandatory pass/fail criterion', () => {
  const plan = makePlan({
    criteria: [crit('1', 90), crit('2', 10, { method: 'passFail', mandatory: true })],
    bands: [{ name: 'Tốt', minScore: 50, requiresMandatory: true }],
  });

  it("the council's 0 beats the unit's «Đạt»", () => {
    const { score, findings } = scoreUnit(plan, u, [entry('1', 80, 80), entry('2', undefined, 0, { actual: 1 })]);
    expect(score.mandatoryFailed).toEqual(['2']);
    expect(score.band).toBeUndefined();
    expect(findingCodes(findings)).toContain('MANDATORY_FAILED');
  });

  it("the council's «Không đạt» (read as 0 with the council's fail) beats the unit's «Đạt»", () => {
    const { score } = scoreUnit(plan, u, [entry('1', 80, 80), entry('2', undefined, 0, { actual: 1, appraisedActual: 0 })]);
    expect(score.mandatoryFailed).toEqual(['2']);
  });

  it("the council's full points pass it even when the unit wrote «Không đạt»", () => {
    const { score } = scoreUnit(plan, u, [entry('1', 80, 80), entry('2', undefined, 10, { actual: 0 })]);
    expect(score.mandatoryFailed).toEqual([]);
    expect(score.band).toBe('Tốt');
  });

  it('when the council has not appraised it, the unit\'s own result stands', () => {
    expect(scoreUnit(plan, u, [entry('1', 80, 80), entry('2', undefined, undefined, { actual: 1 })]).score.mandatoryFailed).toEqual([]);
  });
});
