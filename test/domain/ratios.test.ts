import { checkRatios, gapToClose, ratioMet } from '../../src/domain/evaluate/ratios';
import type { PlanInput } from '../../src/domain/plan/schema';
import type { Plan } from '../../src/domain/plan/schema';
import type { Proposal } from '../../src/domain/input/schema';
import { planTerms, proposalTerms } from '../../src/workbook/terms';
import { makePlan, only, proposal } from './fixtures';

/** A proposal whose level is written as a person writes it, matched to the plan's id as the parser does. */
function written(plan: Plan, level: string, kind: Proposal['kind'], smallOrDirect: boolean): Proposal {
  const { levelId: _, ...rest } = proposal(level, kind, smallOrDirect);
  return { ...rest, ...proposalTerms(planTerms(plan), rest) };
}

type RuleInput = NonNullable<PlanInput['ratioRules']>[number];

const rule = (extra: Partial<RuleInput> = {}): RuleInput => ({ name: 'Tỷ lệ cấp huyện', levels: ['huyện'], ratio: 0.8, ...extra });

/** Smallest k in [0, limit] with ok(k) by trying them all; -1 when none. */
function bruteSmallest(limit: number, ok: (k: number) => boolean): number {
  for (let k = 0; k <= limit; k++) if (ok(k)) return k;
  return -1;
}

describe('gapToClose against brute force', () => {
  const thresholds = [0, 0.2, 1 / 3, 0.45, 0.5, 0.7, 0.8, 0.9, 0.99, 1];
  const search = 3000; // far above any answer for n ≤ 20 and p ≤ 0.99

  it.each(['atLeast', 'atMost'] as const)('%s: add and remove are the smallest counts that work', (comparison) => {
    for (let n = 0; n <= 20; n++) {
      for (let q = 0; q <= n; q++) {
        for (const p of thresholds) {
          const others = n - q;
          const got = gapToClose(comparison, q, n, p);
          if (ratioMet(comparison, q, n, p)) {
            expect(got).toEqual({ add: 0, remove: 0 });
            continue;
          }
          const nonEmpty = (a: number, b: number): boolean => b > 0 && ratioMet(comparison, a, b, p);
          const add =
            comparison === 'atLeast'
              ? bruteSmallest(search, (k) => nonEmpty(q + k, n + k))
              : bruteSmallest(search, (k) => nonEmpty(q, n + k));
          const remove =
            comparison === 'atLeast'
              ? bruteSmallest(others, (m) => nonEmpty(q, n - m))
              : bruteSmallest(q, (m) => nonEmpty(q - m, n - m));
          expect({ comparison, q, n, p, ...got }).toEqual({ comparison, q, n, p, add, remove });
        }
      }
    }
  });

  it('matches the closed form for large counts without walking them', () => {
    // 50,000 proposals, 30,000 qualifying, 80% needed: (30000 + k)/(50000 + k) ≥ 0.8 ⇔ k ≥ 50,000.
    expect(gapToClose('atLeast', 30000, 50000, 0.8)).toEqual({ add: 50000, remove: 12500 });
    // at most 20%: 15,000 of 50,000 → add 25,000 others, or remove m with (15000 − m)/(50000 − m) ≤ 0.2 ⇔ m ≥ 6,250.
    expect(gapToClose('atMost', 15000, 50000, 0.2)).toEqual({ add: 25000, remove: 6250 });
  });

  it('4 of 5 meets 80% despite float noise; 100% cannot be reached by adding', () => {
    expect(ratioMet('atLeast', 4, 5, 0.8)).toBe(true);
    expect(ratioMet('atLeast', 7, 10, 0.7)).toBe(true);
    expect(gapToClose('atLeast', 3, 4, 1)).toEqual({ add: -1, remove: 1 });
    expect(gapToClose('atLeast', 0, 4, 0.5)).toEqual({ add: 4, remove: -1 });
  });
});

describe('checkRatios', () => {
  it('levels are the plan ids the written text matched (case, diacritics, «cấp»); the default subject is small collectives or direct workers, pooled', () => {
    const plan = makePlan({ ratioRules: [rule()] });
    const proposals = [
      written(plan, 'Huyện', 'individual', true),
      written(plan, 'huyen', 'collective', true),
      written(plan, ' cấp HUYỆN ', 'individual', false),
      written(plan, 'tỉnh', 'individual', false),
      // A level the plan does not name (reported by the parser) counts in no rule.
      written(plan, 'huyện đảo', 'individual', false),
    ];
    const { checks, findings } = checkRatios(plan, proposals);
    expect(checks).toEqual([expect.objectContaining({ scope: 'all', qualifying: 2, total: 3, met: false, closeByAdding: 2, closeByRemoving: 1 })]);
    expect(checks[0]?.ratio).toBeCloseTo(2 / 3);
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'RATIO_NOT_MET',
        severity: 'error',
        params: expect.objectContaining({ rule: 'Tỷ lệ cấp huyện', qualifying: 2, total: 3, ratio: 66.666667, threshold: 80, add: 2, remove: 1 }),
      }),
    ]);
  });

  it('a rule covers proposals at any of its levels together', () => {
    const plan = makePlan({ ratioRules: [rule({ levels: ['tỉnh', 'Trung ương'], ratio: 0.45 })] });
    const { checks } = checkRatios(plan, [proposal('Trung ương', 'individual', true), proposal('tỉnh', 'collective', false), proposal('huyện', 'individual', false)]);
    expect(checks[0]).toEqual(expect.objectContaining({ qualifying: 1, total: 2, met: true, closeByAdding: 0, closeByRemoving: 0 }));
  });

  it.each([
    ['smallCollectiveOrDirectWorker', 2],
    ['smallCollective', 1],
    ['directWorker', 1],
    ['individual', 2],
    ['collective', 2],
  ] as const)('subject %s counts %d of the four', (subject, qualifying) => {
    const plan = makePlan({ ratioRules: [rule({ subject })] });
    const proposals = [
      proposal('huyện', 'individual', true),
      proposal('huyện', 'individual', false),
      proposal('huyện', 'collective', true),
      proposal('huyện', 'collective', false),
    ];
    expect(checkRatios(plan, proposals).checks[0]?.qualifying).toBe(qualifying);
  });

  it('not pooled: one check per kind present, each against its own kind', () => {
    const plan = makePlan({ ratioRules: [rule({ pooled: false, ratio: 0.5 })] });
    const proposals = [proposal('huyện', 'collective', true), proposal('huyện', 'collective', false), proposal('huyện', 'collective', false)];
    const { checks } = checkRatios(plan, proposals);
    expect(checks.map((c) => [c.scope, c.qualifying, c.total, c.met])).toEqual([['collective', 1, 3, false]]);
    const both = checkRatios(plan, [...proposals, proposal('huyện', 'individual', true)]).checks;
    expect(both.map((c) => c.scope)).toEqual(['individual', 'collective']);
  });

  it('at most: the gap is closed by adding others or withdrawing qualifying ones', () => {
    const plan = makePlan({ ratioRules: [rule({ comparison: 'atMost', ratio: 0.25, subject: 'individual' })] });
    const proposals = [proposal('huyện', 'individual', false), proposal('huyện', 'individual', false), proposal('huyện', 'collective', false), proposal('huyện', 'collective', false)];
    expect(checkRatios(plan, proposals).checks[0]).toEqual(expect.objectContaining({ qualifying: 2, total: 4, met: false, closeByAdding: 4, closeByRemoving: 2 }));
  });

  it('no proposals at the level: met, ratio undefined, RATIO_NO_PROPOSALS info', () => {
    const plan = makePlan({ ratioRules: [rule()] });
    const { checks, findings } = checkRatios(plan, [proposal('tỉnh', 'individual', false)]);
    expect(checks[0]).toEqual(expect.objectContaining({ total: 0, met: true, ratio: undefined, closeByAdding: 0, closeByRemoving: 0 }));
    expect(only(findings, 'RATIO_NO_PROPOSALS').map((f) => f.severity)).toEqual(['info']);
    expect(only(findings, 'RATIO_NOT_MET')).toEqual([]);
  });
});

describe('a level with no proposal', () => {
  it('has no verdict: neither met nor not met', () => {
    const plan = makePlan({ ratioRules: [rule(), rule({ name: 'Cấp tỉnh', levels: ['tỉnh'] })] });
    const out = checkRatios(plan, [proposal('huyện', 'individual', true)]);
    expect(out.checks.map((c) => [c.rule.name, c.verdict])).toEqual([
      ['Tỷ lệ cấp huyện', 'met'],
      ['Cấp tỉnh', 'noProposals'],
    ]);
    expect(only(out.findings, 'RATIO_NO_PROPOSALS')).toHaveLength(1);
  });
});
