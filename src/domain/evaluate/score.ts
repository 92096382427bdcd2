/**
 * Scoring one unit: each leaf criterion from its entry, then totals, group scores and band.
 * Blank is not zero: a criterion with no score is 'missing', adds nothing and is reported.
 */
import { finding, type Finding } from '../findings';
import type { CellRef, Entry, Unit } from '../input/schema';
import { codePrefixes, groupCodes, leafCriteria } from '../plan/check';
import type { Band, Criterion, Plan, ScoringMethod, Step } from '../plan/schema';
import { roundScore } from '../text/numbers';
import type { CriterionScore, ScoreStatus, UnitScore } from './types';

/** A score above the maximum by less than this is float noise, not an error. */
const overMaxTolerance = 0.0001;
/** An entered self score this close to the one computed from the actual value agrees with it. */
const computedTolerance = 0.001;
const ratioTolerance = 1e-9;

export interface LeafLayout {
  readonly criterion: Criterion;
  /** Group codes this leaf adds to, as indexes into PlanLayout.groupCodes. */
  readonly groupIndexes: readonly number[];
  /** Below this many points the score of record is a shortfall (base criteria). */
  readonly shortfallBelow: number;
  /** Points needed to achieve a mandatory points/steps criterion. */
  readonly mandatoryAt: number;
}

export interface BandLayout {
  readonly band: Band;
  /** Per leaf (same order as PlanLayout.leaves): points a base leaf must reach, undefined when no floor applies. */
  readonly floors: readonly (number | undefined)[];
}

/** What scoring needs from the plan, computed once per evaluation rather than per unit. */
export interface PlanLayout {
  readonly plan: Plan;
  readonly leaves: readonly LeafLayout[];
  readonly groupCodes: readonly string[];
  /** Bands best first (minScore descending, plan order among equals). */
  readonly bands: readonly BandLayout[];
}

export function bandsBestFirst(bands: readonly Band[]): Band[] {
  return bands
    .map((band, index) => ({ band, index }))
    .sort((a, b) => b.band.minScore - a.band.minScore || a.index - b.index)
    .map((x) => x.band);
}

export function planLayout(plan: Plan): PlanLayout {
  const groups = groupCodes(plan.criteria);
  const groupIndex = new Map(groups.map((g, i) => [g, i]));
  const leaves = leafCriteria(plan.criteria).map(
    (criterion): LeafLayout => ({
      criterion,
      groupIndexes: codePrefixes(criterion.code).flatMap((p) => groupIndex.get(p) ?? []),
      shortfallBelow: roundScore((criterion.warnBelow ?? plan.info.warnBelow) * criterion.maxPoints),
      mandatoryAt: roundScore((criterion.warnBelow ?? 1) * criterion.maxPoints),
    }),
  );
  const bands = bandsBestFirst(plan.bands).map(
    (band): BandLayout => ({
      band,
      floors: leaves.map((l) =>
        band.minCriterionRatio === undefined || l.criterion.kind !== 'base' ? undefined : roundScore(band.minCriterionRatio * l.criterion.maxPoints),
      ),
    }),
  );
  return { plan, leaves, groupCodes: groups, bands };
}

type Computed = (c: Criterion, actual: number) => number | undefined;

/** Whether the actual value reaches a step: ≥ / > / ≤ / < its threshold, as the plan wrote it. */
export function stepReached(step: Step, actual: number): boolean {
  switch (step.op) {
    case 'above':
      return actual > step.from;
    case 'atMost':
      return actual <= step.from;
    case 'below':
      return actual < step.from;
    default:
      return actual >= step.from;
  }
}

/** Score computed from the actual value, per method; undefined when it cannot be computed. */
export const computeFromActual: Record<ScoringMethod, Computed> = {
  points: () => undefined,
  targetRatio: (c, actual) => (c.target === undefined ? undefined : roundScore(c.maxPoints * Math.min(1, actual / c.target))),
  // Anything but 1 or 0 was already reported by the parser; no guess here.
  passFail: (c, actual) => (actual === 1 ? c.maxPoints : actual === 0 ? 0 : undefined),
  steps: (c, actual) => {
    let best: Step | undefined;
    for (const step of c.steps) if (stepReached(step, actual) && (best === undefined || step.points > best.points)) best = step;
    return best === undefined ? 0 : best.points;
  },
  // A count of cases times the points for each; the cap is the maximum unless the plan set none.
  perCase: (c, count) => {
    if (c.pointsPerCase === undefined) return undefined;
    const points = roundScore(count * c.pointsPerCase);
    return c.capped === false ? points : Math.min(points, c.maxPoints);
  },
};

/**
 * The unit's own score of a criterion: the self score as entered, else the one computed from the
 * actual value; `cell` is where it came from (the actual's cell when computed), for findings.
 */
export function selfScoreOf(c: Criterion, entry: Entry | undefined): { value?: number; computed?: number; cell?: CellRef } {
  const actual = entry?.actual;
  const computed = actual === undefined ? undefined : computeFromActual[c.method](c, actual);
  const entered = entry?.selfScore;
  const value = entered ?? computed;
  const cell = entered === undefined ? (entry?.actualSource ?? entry?.selfSource) : entry?.selfSource;
  return { ...(value === undefined ? {} : { value }), ...(computed === undefined ? {} : { computed }), ...(cell === undefined ? {} : { cell }) };
}

type Tier = 'self' | 'appraised';

interface Judged {
  readonly used: number | undefined;
  readonly status: ScoreStatus;
}

/** Applies the sign and the plan's over-maximum rule to one tier's value, reporting what it finds. */
function judgeTier(
  value: number | undefined,
  tier: Tier,
  c: Criterion,
  plan: Plan,
  where: { unitCode: string; criterionCode: string; cell: CellRef | undefined },
  findings: Finding[],
): Judged {
  if (value === undefined) return { used: undefined, status: 'missing' };
  if (value < 0) {
    findings.push(finding('SCORE_NEGATIVE', { code: c.code, tier, value, max: c.maxPoints, kind: c.kind }, cleanWhere(where)));
    return { used: undefined, status: 'negative' };
  }
  if (value > c.maxPoints + overMaxTolerance) {
    findings.push(finding('SCORE_OVER_MAX', { code: c.code, tier, value, max: c.maxPoints, rule: plan.info.overMax }, cleanWhere(where)));
    return plan.info.overMax === 'clamp' ? { used: c.maxPoints, status: 'overMax' } : { used: undefined, status: 'rejected' };
  }
  return { used: value, status: 'ok' };
}

/** Keeps `cell` off a finding when it is unknown, so findings stay plain data. */
function cleanWhere(where: { unitCode: string; criterionCode?: string; cell: CellRef | undefined }): {
  unitCode: string;
  criterionCode?: string;
  cell?: CellRef;
} {
  const out: { unitCode: string; criterionCode?: string; cell?: CellRef } = { unitCode: where.unitCode };
  if (where.criterionCode !== undefined) out.criterionCode = where.criterionCode;
  if (where.cell !== undefined) out.cell = where.cell;
  return out;
}

/** First entry per criterion code wins (the parser reports duplicate rows). */
export function entriesByCode(entries: readonly Entry[]): Map<string, Entry> {
  const map = new Map<string, Entry>();
  for (const e of entries) if (!map.has(e.criterionCode)) map.set(e.criterionCode, e);
  return map;
}

function mandatoryAchieved(leaf: LeafLayout, actual: number | undefined, used: number | undefined): boolean {
  const c = leaf.criterion;
  // pass/fail and target criteria are judged on the actual value; a sheet holding only scores
  // (the consolidated sheet) is judged on full points instead.
  if (c.method === 'passFail' && actual !== undefined) return actual === 1;
  if (c.method === 'targetRatio' && actual !== undefined && c.target !== undefined) return actual >= c.target - ratioTolerance;
  if (used === undefined) return false;
  if (c.method === 'passFail' || c.method === 'targetRatio') return used >= c.maxPoints;
  return used >= leaf.mandatoryAt;
}

export interface UnitScoring {
  readonly score: UnitScore;
  readonly findings: Finding[];
}

/**
 * Scores one unit from its entries. `layout` is planLayout(plan); pass it when scoring many units.
 * Findings are in the order met; evaluate() sorts the whole list.
 */
export function scoreUnit(plan: Plan, unit: Unit, entries: readonly Entry[], layout: PlanLayout = planLayout(plan)): UnitScoring {
  return scoreUnitEntries(layout, unit, entriesByCode(entries));
}

/** scoreUnit over entries already keyed by criterion code. */
export function scoreUnitEntries(layout: PlanLayout, unit: Unit, byCode: ReadonlyMap<string, Entry>): UnitScoring {
  const plan = layout.plan;
  const findings: Finding[] = [];
  const info = plan.info;
  const unitCode = unit.code;
  const criteria: CriterionScore[] = [];
  const groupSums = new Array<number>(layout.groupCodes.length).fill(0);
  let base = 0;
  let bonusRaw = 0;
  let deductionRaw = 0;
  let selfBase: number | undefined;
  let appraisedBase: number | undefined;
  // Self and appraised sums over base criteria that have both, for the unit-level gap.
  let pairedSelf = 0;
  let pairedAppraised = 0;
  let pairs = 0;
  let unpaired = false;
  let missingCount = 0;
  let notAppraisedCount = 0;
  const mandatoryFailed: string[] = [];
  const usedByLeaf: (number | undefined)[] = [];

  for (const leaf of layout.leaves) {
    const c = leaf.criterion;
    const code = c.code;
    const entry = byCode.get(code);
    const actual = entry?.actual;
    const own = selfScoreOf(c, entry);
    const computed = own.computed;
    const enteredSelf = entry?.selfScore;
    const self = own.value;
    const appraised = entry?.appraisedScore;
    const selfCell = own.cell;
    const appraisedCell = entry?.appraisedSource;

    if (enteredSelf !== undefined && computed !== undefined && Math.abs(enteredSelf - computed) > computedTolerance) {
      findings.push(finding('SCORE_DIFFERS_FROM_ACTUAL', { code, value: enteredSelf, computed, actual: actual ?? '' }, cleanWhere({ unitCode, criterionCode: code, cell: selfCell })));
    }

    const selfJudged = judgeTier(self, 'self', c, plan, { unitCode, criterionCode: code, cell: selfCell }, findings);
    const appraisedJudged = judgeTier(appraised, 'appraised', c, plan, { unitCode, criterionCode: code, cell: appraisedCell }, findings);

    const usedFrom: Tier | undefined =
      info.rankingScore === 'appraised' && appraised !== undefined ? 'appraised' : self !== undefined ? 'self' : undefined;
    const judged = usedFrom === 'appraised' ? appraisedJudged : selfJudged;
    const used = judged.used;
    const usedCell = usedFrom === 'appraised' ? appraisedCell : selfCell;
    if (info.rankingScore === 'appraised' && usedFrom === 'self') notAppraisedCount++;

    // A blank bonus or deduction means nothing was claimed: only a blank base criterion is missing.
    if (judged.status === 'missing' && c.kind === 'base') {
      missingCount++;
      const computedMethod = c.method !== 'points';
      if (computedMethod && actual === undefined) {
        findings.push(finding('ACTUAL_MISSING', { code, unit: c.targetUnit, max: c.maxPoints }, cleanWhere({ unitCode, criterionCode: code, cell: entry?.actualSource ?? entry?.selfSource })));
      } else {
        findings.push(finding('SCORE_MISSING', { code, max: c.maxPoints }, cleanWhere({ unitCode, criterionCode: code, cell: entry?.selfSource ?? appraisedCell })));
      }
    }

    const shortfall = c.kind === 'base' && used !== undefined && used < leaf.shortfallBelow;
    if (shortfall) {
      findings.push(
        finding(
          'SCORE_BELOW_THRESHOLD',
          { code, value: used, max: c.maxPoints, threshold: leaf.shortfallBelow, percent: roundScore((c.warnBelow ?? info.warnBelow) * 100) },
          cleanWhere({ unitCode, criterionCode: code, cell: usedCell }),
        ),
      );
    }

    // The criterion gap is between the values as entered (what the unit claimed, what the appraiser
    // gave); over-maximum and negative values are reported on their own above.
    if (self !== undefined && appraised !== undefined && self >= 0 && appraised >= 0) {
      const gap = roundScore(Math.abs(self - appraised));
      if (gap > info.gapWarning) {
        findings.push(finding('SCORE_GAP', { code, self, appraised, gap, limit: info.gapWarning }, cleanWhere({ unitCode, criterionCode: code, cell: appraisedCell })));
      }
    }
    // Base sums for the summary's columns use the values that count (after the over-maximum rule).
    const selfValue = selfJudged.used;
    const appraisedValue = appraisedJudged.used;

    let mandatoryMet: boolean | undefined;
    if (c.mandatory) {
      mandatoryMet = mandatoryAchieved(leaf, actual, used);
      if (!mandatoryMet) {
        mandatoryFailed.push(code);
        const params: Record<string, string | number> = { code, method: c.method, required: c.method === 'points' || c.method === 'steps' ? leaf.mandatoryAt : c.maxPoints };
        if (used !== undefined) params.value = used;
        if (actual !== undefined) params.actual = actual;
        if (c.target !== undefined) params.target = c.target;
        findings.push(finding('MANDATORY_FAILED', params, cleanWhere({ unitCode, criterionCode: code, cell: usedCell ?? entry?.actualSource })));
      }
    }

    if (used !== undefined) {
      if (c.kind === 'base') base += used;
      else if (c.kind === 'bonus') bonusRaw += used;
      else deductionRaw += used;
      for (const g of leaf.groupIndexes) groupSums[g] = (groupSums[g] ?? 0) + used;
    }
    if (c.kind === 'base') {
      if (selfValue !== undefined) selfBase = (selfBase ?? 0) + selfValue;
      if (appraisedValue !== undefined) appraisedBase = (appraisedBase ?? 0) + appraisedValue;
      if (selfValue !== undefined && appraisedValue !== undefined) {
        pairedSelf += selfValue;
        pairedAppraised += appraisedValue;
        pairs++;
      } else if (selfValue !== undefined || appraisedValue !== undefined) unpaired = true;
    }
    usedByLeaf.push(used);

    criteria.push({
      code,
      kind: c.kind,
      maxPoints: c.maxPoints,
      actual,
      computed,
      self,
      appraised,
      used,
      usedFrom,
      status: judged.status,
      shortfall,
      mandatoryMet,
    });
  }

  if (notAppraisedCount > 0) {
    findings.push(finding('SCORE_NOT_APPRAISED', { count: notAppraisedCount, total: layout.leaves.length }, { unitCode }));
  }
  selfBase = selfBase === undefined ? undefined : roundScore(selfBase);
  appraisedBase = appraisedBase === undefined ? undefined : roundScore(appraisedBase);
  // Compared over the criteria appraised so far: a half-appraised unit is not a 50-point gap.
  // Once every base criterion is appraised this is exactly |selfBase − appraisedBase|.
  if (pairs > 0) {
    const self = roundScore(pairedSelf);
    const appraised = roundScore(pairedAppraised);
    const gap = roundScore(Math.abs(self - appraised));
    if (gap > info.gapWarning) {
      findings.push(finding('SCORE_GAP', unpaired ? { self, appraised, gap, limit: info.gapWarning, criteria: pairs } : { self, appraised, gap, limit: info.gapWarning }, { unitCode }));
    }
  }

  base = roundScore(base);
  bonusRaw = roundScore(bonusRaw);
  deductionRaw = roundScore(deductionRaw);
  const bonus = capped(bonusRaw, info.bonusCap, 'BONUS_CAPPED', unitCode, findings);
  const deduction = capped(deductionRaw, info.deductionCap, 'DEDUCTION_CAPPED', unitCode, findings);
  const total = roundScore(base + bonus - deduction);

  const groupScores: Record<string, number> = {};
  layout.groupCodes.forEach((g, i) => {
    groupScores[g] = roundScore(groupSums[i] ?? 0);
  });

  const band = layout.bands.find(
    (b) =>
      total >= b.band.minScore &&
      b.floors.every((floor, i) => floor === undefined || (usedByLeaf[i] ?? -Infinity) >= floor) &&
      !(b.band.requiresMandatory && mandatoryFailed.length > 0),
  )?.band.name;

  return {
    score: {
      unit,
      criteria,
      selfBase,
      appraisedBase,
      base,
      bonus,
      bonusRaw,
      deduction,
      deductionRaw,
      total,
      missingCount,
      notAppraisedCount,
      mandatoryFailed,
      band,
      groupScores,
    },
    findings,
  };
}

function capped(raw: number, cap: number | undefined, code: 'BONUS_CAPPED' | 'DEDUCTION_CAPPED', unitCode: string, findings: Finding[]): number {
  if (cap === undefined || raw <= cap) return raw;
  findings.push(finding(code, { raw, cap }, { unitCode }));
  return cap;
}
