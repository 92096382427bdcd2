/** Random plans and inputs for property tests, shared by the engine's and the summary's properties. */
import fc from 'fast-check';
import type { Entry, EvaluationInput, Proposal, Unit, UnitResult } from '../../src/domain/input/schema';
import type { Plan, PlanInput } from '../../src/domain/plan/schema';
import { crit, makePlan } from '../domain/fixtures';

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
/** The plan's id of each written level, as the parser matches it (workbook/terms.ts). */
const levelIds: Readonly<Record<string, string>> = { Huyện: 'huyện' };

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

export const planArb: fc.Arbitrary<Plan> = fc
  .record({
    rankingStyle: fc.constantFrom('competition' as const, 'dense' as const),
    rankingScore: fc.constantFrom('appraised' as const, 'self' as const),
    overMax: fc.constantFrom('clamp' as const, 'reject' as const),
    bonusCap: fc.option(fc.constantFrom(0, 5, 8), { nil: undefined }),
    deductionCap: fc.option(fc.constantFrom(0, 3, 6), { nil: undefined }),
    awards: fc.tuple(awardArb(1), awardArb(2), awardArb(3)).chain((all) => fc.integer({ min: 0, max: 3 }).map((n) => all.slice(0, n))),
    tieBreaks: tieBreakArb,
  })
  .map((r) =>
    makePlan({
      criteria,
      info: { rankingStyle: r.rankingStyle, rankingScore: r.rankingScore, overMax: r.overMax, bonusCap: r.bonusCap, deductionCap: r.deductionCap, gapWarning: 5 },
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
}).map((p) => ({ ...p, levelId: levelIds[p.level] ?? p.level }));

export const inputArb: fc.Arbitrary<EvaluationInput> = fc
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

