import fc from 'fast-check';
import { reviewTiers, tierThreshold } from '../../src/domain/evaluate/tiers';
import { evaluate } from '../../src/domain/evaluate';
import type { Entry } from '../../src/domain/input/schema';
import { cell, crit, entry, makePlan, unit } from './fixtures';

const plan = makePlan({ criteria: [crit('1', 40), crit('2', 40), crit('3', 20), crit('4', 5, { kind: 'bonus' })], info: { gapWarning: 5, tierThreshold: 2 } });
const u = unit('U1');

function review(entries: readonly Entry[], p = plan) {
  return reviewTiers(p, { units: [u], results: [{ unitCode: 'U1', entries: [...entries] }], proposals: [] });
}

const withLeader = (code: string, self: number | undefined, leader: number | undefined, council: number | undefined, extra: Partial<Entry> = {}): Entry =>
  entry(code, self, council, { ...(leader === undefined ? {} : { blockLeaderScore: leader }), blockLeaderSource: cell(`F${code}`), appraisedSource: cell(`G${code}`), ...extra });

describe('tiers of appraisal', () => {
  it('the threshold is the plan setting, else the self/appraised gap warning', () => {
    expect(tierThreshold(plan)).toBe(2);
    expect(tierThreshold(makePlan({ info: { gapWarning: 7 } }))).toBe(7);
  });

  it('lists each change between consecutive present tiers, and a change beyond the threshold without a reason is a finding at the later cell', () => {
    const r = review([withLeader('1', 40, 35, 36), withLeader('2', 30, 30, 30), withLeader('3', 20, 19, 19), withLeader('4', 5, 5, 5)]);
    const c1 = r.units[0]?.criteria[0];
    expect(c1?.changes).toEqual([
      expect.objectContaining({ from: 'self', to: 'blockLeader', fromValue: 40, toValue: 35, delta: -5, beyondThreshold: true, cell: cell('F1') }),
      expect.objectContaining({ from: 'blockLeader', to: 'council', delta: 1, beyondThreshold: false, cell: cell('G1') }),
    ]);
    expect(c1?.verdict).toBe('unexplained');
    expect(r.units[0]?.criteria[1]?.verdict).toBe('unchanged');
    expect(r.units[0]?.criteria[2]?.verdict).toBe('withinThreshold');
    expect(r.findings).toEqual([
      expect.objectContaining({
        code: 'TIER_CHANGE_UNEXPLAINED',
        severity: 'warning',
        unitCode: 'U1',
        criterionCode: '1',
        cell: cell('F1'),
        params: { code: '1', from: 'self', to: 'blockLeader', fromValue: 40, toValue: 35, delta: -5, threshold: 2 },
      }),
    ]);
  });

  it('a missing tier is skipped, not zero: self → council when the block leader left it blank', () => {
    const r = review([withLeader('1', 40, undefined, 39)]);
    expect(r.units[0]?.criteria[0]?.changes).toEqual([expect.objectContaining({ from: 'self', to: 'council', delta: -1 })]);
    expect(r.findings).toEqual([]);
  });

  it('a change exactly at the threshold is not beyond it', () => {
    expect(review([withLeader('1', 40, 38, undefined)]).findings).toEqual([]);
    expect(review([withLeader('1', 40, 37.5, undefined)]).findings).toHaveLength(1);
  });

  it('a difference that prints as 0 is not a change (a computed score rounded by the appraiser)', () => {
    const p = makePlan({ criteria: [crit('1', 6, { method: 'targetRatio', target: 80 })], info: { tierThreshold: 0 } });
    const r = review([entry('1', undefined, 5.59, { actual: 74.5, appraisedSource: cell('G1') })], p);
    expect(r.units[0]?.criteria[0]?.scores.self?.value).toBeCloseTo(5.5875);
    expect(r.units[0]?.criteria[0]?.changes).toEqual([]);
    expect(review([entry('1', undefined, 5.6, { actual: 74.5 })], p).findings).toHaveLength(1);
  });

  it('totals per tier only when every base criterion has that tier, bonus criteria aside', () => {
    const r = review([withLeader('1', 40, 35, 36), withLeader('2', 30, undefined, 30), withLeader('3', 20, 19, 18)]);
    expect(r.units[0]?.totals).toEqual({ self: 90, council: 84 });
  });

  it('the self tier falls back to the score computed from the actual value', () => {
    const p = makePlan({ criteria: [crit('1', 10, { method: 'targetRatio', target: 100 })], info: { tierThreshold: 1 } });
    const r = review([entry('1', undefined, 6, { actual: 80, actualSource: cell('D1'), appraisedSource: cell('G1') })], p);
    expect(r.units[0]?.criteria[0]?.scores.self).toEqual({ tier: 'self', value: 8, cell: cell('D1') });
    expect(r.findings).toHaveLength(1);
  });

  it('evaluate() carries the review and its findings', () => {
    const ev = evaluate(plan, { units: [u], results: [{ unitCode: 'U1', entries: [withLeader('1', 40, 30, 30)] }], proposals: [] });
    expect(ev.tiers.units).toHaveLength(1);
    expect(ev.findings.filter((f) => f.code === 'TIER_CHANGE_UNEXPLAINED')).toHaveLength(1);
  });
});

describe('tiers: properties', () => {
  const score = fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined });
  const row = fc.record({ self: score, leader: score, council: score, reason: fc.constantFrom('', '  ', 'Bổ sung minh chứng') });
  const rows = fc.array(row, { minLength: 3, maxLength: 3 });
  const toEntries = (rs: readonly { self?: number; leader?: number; council?: number; reason: string }[], reason?: string): Entry[] =>
    rs.map((r, i) => withLeader(String(i + 1), r.self, r.leader, r.council, { reason: reason ?? r.reason }));

  it('no change between tiers gives no finding', () => {
    fc.assert(
      fc.property(fc.array(score, { minLength: 3, maxLength: 3 }), fc.array(fc.integer({ min: 0, max: 7 }), { minLength: 3, maxLength: 3 }), (values, present) => {
        // Every present tier holds the same value; which tiers are present varies.
        const entries = values.map((v, i) => {
          const mask = present[i] ?? 0;
          return withLeader(String(i + 1), mask & 1 ? v : undefined, mask & 2 ? v : undefined, mask & 4 ? v : undefined);
        });
        expect(review(entries).findings).toEqual([]);
      }),
    );
  });

  it('a reason always silences the finding', () => {
    fc.assert(
      fc.property(rows, fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''), (rs, reason) => {
        expect(review(toEntries(rs, reason)).findings).toEqual([]);
      }),
    );
  });

  it('the finding count does not depend on row order', () => {
    fc.assert(
      fc.property(rows, fc.array(fc.nat(), { minLength: 3, maxLength: 3 }), (rs, keys) => {
        const entries = toEntries(rs);
        const shuffled = entries.map((e, i) => ({ e, k: keys[i] ?? 0 })).sort((a, b) => a.k - b.k).map((x) => x.e);
        expect(review(shuffled).findings.length).toBe(review(entries).findings.length);
      }),
    );
  });
});
