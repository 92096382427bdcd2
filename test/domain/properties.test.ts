import fc from 'fast-check';
import { evaluate, sortFindings } from '../../src/domain/evaluate';
import { compareFindings, finding, type Finding } from '../../src/domain/findings';
import type { Evaluation } from '../../src/domain/evaluate/types';
import type { Entry, EvaluationInput, Proposal, Unit, UnitResult } from '../../src/domain/input/schema';
import type { Plan, PlanInput } from '../../src/domain/plan/schema';
import { crit, deepFreeze, makePlan } from './fixtures';

const leafMax: Record<string, number> = { '1.1': 30, '1.2': 30, '2': 40, '3': 10, '4': 10 };
const criteria = [
  crit('1', 60, { mandatory: false }),
  crit('1.1', 30, { mandatory: true, warnBelow: 0.5 }),
  crit('1.2', 30),
  crit('2', 40, { method: 'targetRatio', target: 100 }),
  crit('3', 10, { kind: 'bonus' }),
  crit('4', 10, { kind: 'deduction' }),
];
const names = ['Trường An', 'Trường Ân', 'Trường Bình', 'trường an', 'Trường Đông', 'Trường Dương'];
const blocks = ['Khối Mầm non', 'Khối Tiểu học', 'Khối THCS'];
const levels = ['huyện', 'Huyện', 'tỉnh', 'Trung ương'];

/** undefined most of the time (fc.option's freq is the inverse of the chance of undefined). */
const rarely = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: arb });

type AwardInput = NonNullable<PlanInput['unitAwards']>[number];
type TieBreakInput = NonNullable<PlanInput['tieBreaks']>[number];

const quotaArb: fc.Arbitrary<AwardInput['quota']> = fc.oneof(
  fc.record({ kind: fc.constant('count' as const), value: fc.integer({ min: 0, max: 4 }) }),
  fc.record({ kind: fc.constant('percent' as const), value: fc.constantFrom(0, 0.1, 0.2, 0.29, 0.3, 0.5, 1), atLeastOne: fc.boolean() }),
);

const awardArb = (i: number): fc.Arbitrary<AwardInput> =>
  fc.record({
    form: fc.constant(`Hình thức ${i}`),
    level: fc.constantFrom('huyện', 'tỉnh'),
    quota: quotaArb,
    minBand: rarely(fc.constantFrom('Xuất sắc', 'tốt', 'Khá')),
    minScore: rarely(fc.constantFrom(50, 70, 85)),
    leaderOnly: fc.boolean(),
    order: fc.integer({ min: 0, max: 2 }),
  });

const tieBreakArb: fc.Arbitrary<TieBreakInput[]> = fc.shuffledSubarray<TieBreakInput>(
  [{ kind: 'baseTotal' }, { kind: 'fewerDeductions' }, { kind: 'moreBonus' }, { kind: 'smallerGap' }, { kind: 'groupScore', group: '1' }],
);

const planArb: fc.Arbitrary<Plan> = fc
  .record({
    rankingStyle: fc.constantFrom('competition' as const, 'dense' as const),
    rankingScore: fc.constantFrom('appraised' as const, 'self' as const),
    overMax: fc.constantFrom('clamp' as const, 'reject' as const),
    bonusCap: fc.option(fc.constantFrom(0, 5, 8), { nil: undefined }),
    awards: fc.tuple(awardArb(1), awardArb(2), awardArb(3)).chain((all) => fc.integer({ min: 0, max: 3 }).map((n) => all.slice(0, n))),
    tieBreaks: tieBreakArb,
  })
  .map((r) =>
    makePlan({
      criteria,
      info: { rankingStyle: r.rankingStyle, rankingScore: r.rankingScore, overMax: r.overMax, bonusCap: r.bonusCap, gapWarning: 5 },
      bands: [
        { name: 'Xuất sắc', minScore: 90, minCriterionRatio: 0.85, requiresMandatory: true },
        { name: 'Tốt', minScore: 80 },
        { name: 'Khá', minScore: 70 },
      ],
      unitAwards: r.awards,
      tieBreaks: r.tieBreaks,
      ratioRules: [
        { name: 'Cấp huyện', levels: ['huyện'], ratio: 0.8 },
        { name: 'Cấp tỉnh', levels: ['tỉnh'], ratio: 0.7, pooled: false },
        { name: 'Cá nhân tối đa', levels: ['Trung ương', 'tỉnh'], ratio: 0.5, comparison: 'atMost', subject: 'individual' },
      ],
    }),
  );

/** Coarse scores so ties are common; blank, 0, over-max and negative all appear. */
const scoreArb = (max: number): fc.Arbitrary<number | undefined> =>
  fc.oneof(
    { weight: 1, arbitrary: fc.constant(undefined) },
    { weight: 6, arbitrary: fc.constantFrom(0, max / 2, max) },
    { weight: 2, arbitrary: fc.integer({ min: 0, max: max * 2 }).map((n) => n / 2) },
    { weight: 1, arbitrary: fc.constantFrom(max + 1, -1, max / 2) },
  );

const entryArb = (code: string): fc.Arbitrary<Entry> =>
  fc
    .record({
      self: scoreArb(leafMax[code] ?? 10),
      appraised: fc.option(scoreArb(leafMax[code] ?? 10), { nil: undefined, freq: 2 }),
      actual: fc.option(fc.constantFrom(0, 50, 80, 100, 120), { nil: undefined }),
    })
    .map((r) => {
      const e: Entry = { criterionCode: code, note: '', selfSource: { sheet: 'KQ', address: `E${code.length}` } };
      if (code === '2') {
        if (r.actual !== undefined) e.actual = r.actual;
      } else if (r.self !== undefined) e.selfScore = r.self;
      if (r.appraised !== undefined) e.appraisedScore = r.appraised;
      return e;
    });

const unitDataArb = fc.record({
  name: fc.constantFrom(...names),
  block: fc.constantFrom(...blocks),
  ineligible: rarely(fc.constant('Nộp hồ sơ muộn')),
  hasResult: fc.option(fc.constant(true), { nil: false, freq: 8 }),
  profile: fc.nat({ max: 3 }),
});

/** Units draw their entries from a few profiles, so full ties (after every tie-break) are common. */
const profileArb = fc.tuple(...Object.keys(leafMax).map(entryArb));

const proposalArb: fc.Arbitrary<Proposal> = fc.record({
  name: fc.constant('Nguyễn Văn A'),
  kind: fc.constantFrom('individual' as const, 'collective' as const),
  smallOrDirect: fc.boolean(),
  level: fc.constantFrom(...levels),
  unitName: fc.constant(''),
  position: fc.constant(''),
  form: fc.constant('Giấy khen'),
  rating: fc.constant(''),
  initiative: fc.constant(''),
  note: fc.constant(''),
});

const inputArb: fc.Arbitrary<EvaluationInput> = fc
  .record({
    units: fc.array(unitDataArb, { minLength: 1, maxLength: 14 }),
    profiles: fc.array(profileArb, { minLength: 4, maxLength: 4 }),
    proposals: fc.array(proposalArb, { maxLength: 25 }),
  })
  .map(({ units, profiles, proposals }) => {
    const unitList: Unit[] = units.map((u, i) => {
      const unit: Unit = { code: `U${String(i).padStart(2, '0')}`, name: u.name, block: u.block, size: 'large' };
      if (u.ineligible !== undefined) unit.ineligibleReason = u.ineligible;
      return unit;
    });
    const results: UnitResult[] = units.flatMap((u, i) => (u.hasResult ? [{ unitCode: unitList[i]?.code ?? '', entries: structuredClone(profiles[u.profile] ?? []) }] : []));
    return { units: unitList, results, proposals };
  });

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
        const a = evaluate(plan, input);
        const b = evaluate(plan, shuffleInput(input, seed));
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
        return finding(r.code, { n: r.n }, where);
      });
    fc.assert(
      fc.property(fc.array(findingArb, { maxLength: 60 }), (findings) => {
        expect(sortFindings(findings)).toEqual([...findings].sort(compareFindings));
      }),
      { numRuns: 300 },
    );
  });
});
