import { evaluate } from '../../src/domain/evaluate';
import { rankBlock } from '../../src/domain/evaluate/rank';
import { scoreUnit } from '../../src/domain/evaluate/score';
import type { UnitScore } from '../../src/domain/evaluate/types';
import type { Plan } from '../../src/domain/plan/schema';
import { crit, entry, input, makePlan, only, result, unit } from './fixtures';

const criteria = [
  crit('1', 80),
  crit('1.1', 40),
  crit('1.2', 40),
  crit('2', 20),
  crit('3', 10, { kind: 'bonus' }),
  crit('4', 10, { kind: 'deduction' }),
];

/** A unit scored from [1.1, 1.2, 2, bonus, deduction] self scores, optional appraised base scores. */
function scored(plan: Plan, code: string, name: string, s: [number, number, number, number, number], appraised?: [number, number, number]): UnitScore {
  const a = appraised ?? [undefined, undefined, undefined];
  return scoreUnit(plan, unit(code, name), [entry('1.1', s[0], a[0]), entry('1.2', s[1], a[1]), entry('2', s[2], a[2]), entry('3', s[3]), entry('4', s[4])]).score;
}

function order(units: readonly { unit: { code: string }; rank: number }[]): string[] {
  return units.map((u) => `${u.unit.code}:${u.rank}`);
}

describe('rankBlock', () => {
  it('ranks by total, descending', () => {
    const plan = makePlan({ criteria });
    const { units } = rankBlock(plan, 'Khối A', [
      scored(plan, 'A', 'An', [30, 30, 10, 0, 0]),
      scored(plan, 'B', 'Bình', [40, 40, 20, 0, 0]),
      scored(plan, 'C', 'Cường', [35, 35, 15, 0, 0]),
    ]);
    expect(order(units)).toEqual(['B:1', 'C:2', 'A:3']);
  });

  it('competition ranking 1, 1, 3 by default; dense 1, 1, 2 as an option', () => {
    const make = (plan: Plan): UnitScore[] => [
      scored(plan, 'A', 'An', [40, 40, 10, 0, 0]),
      scored(plan, 'B', 'Bình', [40, 40, 10, 0, 0]),
      scored(plan, 'C', 'Cường', [30, 30, 10, 0, 0]),
    ];
    const competition = makePlan({ criteria });
    expect(rankBlock(competition, 'K', make(competition)).units.map((u) => u.rank)).toEqual([1, 1, 3]);
    const dense = makePlan({ criteria, info: { rankingStyle: 'dense' } });
    expect(rankBlock(dense, 'K', make(dense)).units.map((u) => u.rank)).toEqual([1, 1, 2]);
  });

  it('applies the tie-breaks in the plan order and says which one decided', () => {
    const plan = makePlan({ criteria, tieBreaks: [{ kind: 'baseTotal' }, { kind: 'fewerDeductions' }] });
    // All total 85. A: base 85. B: base 80 + bonus 10 − 5. C: base 80 + bonus 8 − 3.
    const units = rankBlock(plan, 'K', [
      scored(plan, 'B', 'Bình', [40, 30, 10, 10, 5]),
      scored(plan, 'C', 'Cường', [40, 30, 10, 8, 3]),
      scored(plan, 'A', 'An', [40, 35, 10, 0, 0]),
    ]).units;
    expect(units.map((u) => u.total)).toEqual([85, 85, 85]);
    expect(order(units)).toEqual(['A:1', 'C:2', 'B:3']);
    // A over C by tie-break 0 (base); C over B by tie-break 1 (deductions); C keeps the reason it is below A.
    expect(units.map((u) => u.decidedByTieBreak)).toEqual([0, 0, 1]);
    expect(units.every((u) => !u.unresolvedTie)).toBe(true);
  });

  it('a different tie-break order gives a different result', () => {
    const plan = makePlan({ criteria, tieBreaks: [{ kind: 'fewerDeductions' }, { kind: 'baseTotal' }] });
    const units = rankBlock(plan, 'K', [scored(plan, 'B', 'Bình', [40, 30, 10, 10, 5]), scored(plan, 'A', 'An', [40, 35, 10, 0, 0])]).units;
    expect(order(units)).toEqual(['A:1', 'B:2']);
    const plan2 = makePlan({ criteria, tieBreaks: [{ kind: 'moreBonus' }] });
    const units2 = rankBlock(plan2, 'K', [scored(plan2, 'A', 'An', [40, 35, 10, 0, 0]), scored(plan2, 'B', 'Bình', [40, 30, 10, 10, 5])]).units;
    expect(order(units2)).toEqual(['B:1', 'A:2']);
  });

  it('units with different totals carry no tie-break reason', () => {
    const plan = makePlan({ criteria, tieBreaks: [{ kind: 'baseTotal' }] });
    const units = rankBlock(plan, 'K', [scored(plan, 'A', 'An', [40, 40, 10, 0, 0]), scored(plan, 'B', 'Bình', [30, 40, 10, 0, 0])]).units;
    expect(units.map((u) => u.decidedByTieBreak)).toEqual([undefined, undefined]);
  });

  it('smallerGap: the smaller self/appraised gap wins, a missing appraisal is the worst', () => {
    const plan = makePlan({ criteria, tieBreaks: [{ kind: 'smallerGap' }], info: { gapWarning: 100 } });
    const units = rankBlock(plan, 'K', [
      scored(plan, 'N', 'Nam', [40, 40, 10, 0, 0]), // not appraised: gap unknown
      scored(plan, 'G', 'Giang', [40, 40, 20, 0, 0], [40, 40, 10]), // gap 10
      scored(plan, 'H', 'Hà', [40, 40, 12, 0, 0], [40, 40, 10]), // gap 2
    ]).units;
    expect(units.map((u) => u.total)).toEqual([90, 90, 90]);
    expect(order(units)).toEqual(['H:1', 'G:2', 'N:3']);
  });

  it('groupScore: the higher score in the named group wins', () => {
    const plan = makePlan({ criteria, tieBreaks: [{ kind: 'groupScore', group: '1' }] });
    const units = rankBlock(plan, 'K', [scored(plan, 'A', 'An', [30, 40, 20, 0, 0]), scored(plan, 'B', 'Bình', [40, 40, 10, 0, 0])]).units;
    expect(order(units)).toEqual(['B:1', 'A:2']);
    expect(units.map((u) => u.decidedByTieBreak)).toEqual([0, 0]);
  });

  it('a tie surviving every tie-break: shared rank, flagged, ONE finding per group', () => {
    const plan = makePlan({ criteria, tieBreaks: [{ kind: 'baseTotal' }] });
    const { units, findings } = rankBlock(plan, 'Khối THCS', [
      scored(plan, 'X', 'Trường Xuân', [30, 30, 10, 0, 0]),
      scored(plan, 'A', 'Trường Ánh Dương', [40, 40, 10, 0, 0]),
      scored(plan, 'B', 'Trường Bình Minh', [40, 40, 10, 0, 0]),
      scored(plan, 'D', 'Trường Đông Hòa', [40, 40, 10, 0, 0]),
    ]);
    expect(order(units)).toEqual(['A:1', 'B:1', 'D:1', 'X:4']);
    expect(units.map((u) => u.unresolvedTie)).toEqual([true, true, true, false]);
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'TIE_UNRESOLVED',
        params: expect.objectContaining({ block: 'Khối THCS', rank: 1, count: 3, units: 'Trường Ánh Dương, Trường Bình Minh, Trường Đông Hòa' }),
      }),
    ]);
  });

  it('tie order is Vietnamese collation of the names, then code — never input order', () => {
    const plan = makePlan({ criteria });
    const names: [string, string][] = [
      ['Z9', 'Đoàn Kết'],
      ['A1', 'Dân Chủ'],
      ['M5', 'Ân Thi'],
      ['B2', 'An Bình'],
    ];
    const scores = names.map(([code, name]) => scored(plan, code, name, [40, 40, 10, 0, 0]));
    const forward = rankBlock(plan, 'K', scores).units.map((u) => u.unit.name);
    const backward = rankBlock(plan, 'K', [...scores].reverse()).units.map((u) => u.unit.name);
    // Vietnamese order: a < ă < â, d < đ (not code order A1, B2, M5, Z9, not input order).
    expect(forward).toEqual(['An Bình', 'Ân Thi', 'Dân Chủ', 'Đoàn Kết']);
    expect(backward).toEqual(forward);
  });

  it('equal names in a tie fall back to the unit code', () => {
    const plan = makePlan({ criteria });
    const scores = [scored(plan, 'U2', 'Trường A', [40, 40, 10, 0, 0]), scored(plan, 'U1', 'Trường A', [40, 40, 10, 0, 0])];
    expect(rankBlock(plan, 'K', scores).units.map((u) => u.unit.code)).toEqual(['U1', 'U2']);
  });
});

describe('ranking through evaluate', () => {
  it('ranks units only against their own block; blocks in order of first appearance', () => {
    const plan = makePlan();
    const units = [unit('T1', 'Tiểu học 1', 'Tiểu học'), unit('M1', 'Mầm non 1', 'Mầm non'), unit('T2', 'Tiểu học 2', 'Tiểu học'), unit('M2', 'Mầm non 2', 'Mầm non')];
    const results = [result('T1', [entry('1', 70)]), result('M1', [entry('1', 60)]), result('T2', [entry('1', 90)]), result('M2', [entry('1', 50)])];
    const ev = evaluate(plan, input(units, results));
    expect(ev.blocks.map((b) => [b.block, b.units.map((u) => `${u.unit.code}:${u.rank}`)])).toEqual([
      ['Tiểu học', ['T2:1', 'T1:2']],
      ['Mầm non', ['M1:1', 'M2:2']],
    ]);
    expect(only(ev.findings, 'TIE_UNRESOLVED')).toEqual([]);
  });
});
