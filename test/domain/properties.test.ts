import fc from 'fast-check';
import { evaluate } from '../../src/domain/evaluate';
import { compareFindings, findingSeverity, sortFindings, type Finding } from '../../src/domain/findings';
import type { Evaluation } from '../../src/domain/evaluate/types';
import type { EvaluationInput } from '../../src/domain/input/schema';
import { deepFreeze } from './fixtures';
import { inputArb, planArb } from '../helpers/arbitraries';

/** A small deterministic shuffle for the tests (the engine itself never uses randomness). */
function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    const j = s % (i + 1);
    const a = out[i] as T;
    out[i] = out[j] as T;
    out[j] = a;
  }
  return out;
}

/** Shuffles every list of the input but keeps the blocks' first-appearance order (which is meaningful). */
function shuffleInput(input: EvaluationInput, seed: number): EvaluationInput {
  const firstSeen = new Map<string, number>();
  input.units.forEach((u, i) => {
    if (!firstSeen.has(u.block)) firstSeen.set(u.block, i);
  });
  const units = shuffle(input.units, seed).sort((a, b) => (firstSeen.get(a.block) ?? 0) - (firstSeen.get(b.block) ?? 0));
  const results = shuffle(input.results, seed + 1).map((r, i) => ({ ...r, entries: shuffle(r.entries, seed + i + 2) }));
  return { units, results, proposals: shuffle(input.proposals, seed + 3) };
}

const runs = { numRuns: 200 };

describe('engine properties', () => {
  it('a quota is never exceeded, and a unit has at most one award', () => {
    fc.assert(
      fc.property(planArb, inputArb, (plan, input) => {
        const ev = evaluate(plan, input);
        for (const block of ev.blocks) {
          plan.unitAwards.forEach((rule, i) => {
            const q = block.quotas[i];
            const holders = block.units.filter((u) => u.award?.form === rule.form).length;
            expect(q?.given).toBe(holders);
            expect(holders).toBeLessThanOrEqual(q?.quota ?? 0);
          });
          for (const u of block.units) expect(u.award === undefined).toBe(u.awardNote.code !== 'awarded');
        }
      }),
      runs,
    );
  });

  it('ranks agree with totals: higher total ⇒ better (smaller) rank; a shared rank means equal totals and a flagged tie', () => {
    fc.assert(
      fc.property(planArb, inputArb, (plan, input) => {
        const ev = evaluate(plan, input);
        for (const block of ev.blocks) {
          const us = block.units;
          for (let i = 1; i < us.length; i++) expect(us[i]!.rank).toBeGreaterThanOrEqual(us[i - 1]!.rank);
          for (const a of us) {
            for (const b of us) {
              if (a.total > b.total) expect(a.rank).toBeLessThan(b.rank);
              if (a !== b && a.rank === b.rank) {
                expect(a.total).toBe(b.total);
                expect(a.unresolvedTie && b.unresolvedTie).toBe(true);
              }
            }
          }
          if (plan.info.rankingStyle === 'competition') us.forEach((u) => expect(u.rank).toBe(us.findIndex((v) => v.rank === u.rank) + 1));
        }
      }),
      runs,
    );
  });

  it('shuffling the input order gives the same evaluation', () => {
    fc.assert(
      fc.property(planArb, inputArb, fc.integer({ min: 1, max: 2 ** 30 }), (plan, input, seed) => {
        // Findings come in the order met; the run sorts what it gathered once, so they are compared sorted.
        const sorted = (e: Evaluation): Evaluation => ({ ...e, findings: sortFindings(e.findings) });
        const a = sorted(evaluate(plan, input));
        const b = sorted(evaluate(plan, shuffleInput(input, seed)));
        expect(b).toEqual(a);
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      }),
      runs,
    );
  });

  it('the same input twice gives JSON-identical output', () => {
    fc.assert(
      fc.property(planArb, inputArb, (plan, input) => {
        const once: Evaluation = evaluate(plan, input);
        const twice: Evaluation = evaluate(structuredClone(plan), structuredClone(input));
        expect(JSON.stringify(twice)).toBe(JSON.stringify(once));
      }),
      runs,
    );
  });

  it('evaluate does not mutate its input', () => {
    fc.assert(
      fc.property(planArb, inputArb, (plan, input) => {
        const planCopy = structuredClone(plan);
        const inputCopy = structuredClone(input);
        evaluate(deepFreeze(plan), deepFreeze(input));
        expect(plan).toEqual(planCopy);
        expect(input).toEqual(inputCopy);
      }),
      runs,
    );
  });

  it('every scored unit appears exactly once; unscored ones are listed apart', () => {
    fc.assert(
      fc.property(planArb, inputArb, (plan, input) => {
        const ev = evaluate(plan, input);
        const ranked = ev.blocks.flatMap((b) => b.units.map((u) => u.unit.code));
        const unscored = ev.blocks.flatMap((b) => b.unscored.map((u) => u.code));
        const withResults = new Set(input.results.map((r) => r.unitCode));
        expect([...ranked].sort()).toEqual(input.units.filter((u) => withResults.has(u.code)).map((u) => u.code).sort());
        expect([...unscored].sort()).toEqual(input.units.filter((u) => !withResults.has(u.code)).map((u) => u.code).sort());
      }),
      runs,
    );
  });

  it('sortFindings orders exactly as compareFindings does', () => {
    const findingArb: fc.Arbitrary<Finding> = fc
      .record({
        code: fc.constantFrom('SCORE_MISSING' as const, 'SCORE_GAP' as const, 'SCORE_OVER_MAX' as const, 'TIE_UNRESOLVED' as const, 'BONUS_CAPPED' as const),
        unitCode: fc.option(fc.constantFrom('U1', 'u1', 'U10', 'U2', 'Ư1', ''), { nil: undefined }),
        criterionCode: fc.option(fc.constantFrom('1', '01', '1.1', '1.10', '1.2', '2', '10', ''), { nil: undefined }),
        address: fc.option(fc.constantFrom('E5', 'E12', 'AA5', 'F5', 'x'), { nil: undefined }),
        n: fc.nat({ max: 3 }),
      })
      .map((r) => {
        const where: { unitCode?: string; criterionCode?: string; cell?: { sheet: string; address: string } } = {};
        if (r.unitCode !== undefined) where.unitCode = r.unitCode;
        if (r.criterionCode !== undefined) where.criterionCode = r.criterionCode;
        if (r.address !== undefined) where.cell = { sheet: 'KQ', address: r.address };
        // Not through finding(): n only tells equal-keyed findings apart, so the order is seen to be stable.
        return { code: r.code, severity: findingSeverity[r.code], params: { n: r.n }, ...where };
      });
    fc.assert(
      fc.property(fc.array(findingArb, { maxLength: 60 }), (findings) => {
        expect(sortFindings(findings)).toEqual([...findings].sort(compareFindings));
      }),
      { numRuns: 300 },
    );
  });
});
