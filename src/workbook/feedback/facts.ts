/**
 * What a unit's packet says, as data: its own scores, its place in its block, and what it lacks for
 * the next band. Only this unit's figures and two block-wide numbers (the average and the leader's
 * lead) are taken out of the evaluation: nothing here names or scores another unit.
 */
import { bandsBestFirst } from '../../domain/evaluate';
import type { UnitTiers } from '../../domain/evaluate/tiers';
import type { CriterionScore, Evaluation, RankedUnit } from '../../domain/evaluate/types';
import type { Unit } from '../../domain/input/schema';
import { buildCriteriaTree } from '../../domain/plan/tree';
import type { Band, Criterion, Plan } from '../../domain/plan/schema';
import { roundScore } from '../../domain/text/numbers';

export interface FloorGap {
  readonly code: string;
  readonly text: string;
  readonly floor: number;
  /** The score of record; undefined when the criterion has none. */
  readonly has?: number;
}

export interface NextBand {
  readonly band: Band;
  /** Points of total still needed (0 when the total is already enough). */
  readonly pointsNeeded: number;
  readonly floors: readonly FloorGap[];
  /** Mandatory criteria not met, when the band requires every one. */
  readonly mandatory: readonly string[];
}

export interface Shortfall {
  readonly code: string;
  readonly text: string;
  readonly maxPoints: number;
  readonly used?: number;
  readonly threshold: number;
  readonly mandatoryFailed: boolean;
}

export interface UnitFeedback {
  readonly unit: Unit;
  readonly block: string;
  /** Undefined: the unit sent no results and is not ranked. */
  readonly ranked?: RankedUnit;
  /** Units ranked in the block (the denominator of "rank x/n"). */
  readonly rankedInBlock: number;
  readonly blockAverage?: number;
  /** The block leader's total minus this unit's (0 for the leader). */
  readonly gapToLeader?: number;
  readonly tiers?: UnitTiers;
  readonly shortfalls: readonly Shortfall[];
  /** The band just above this unit's; undefined at the top or when the plan has no bands. */
  readonly nextBand?: NextBand;
}

/** Points below which a base criterion is a shortfall: the criterion's own warning share, else the plan's. */
function shortfallThreshold(plan: Plan, c: Criterion): number {
  return roundScore((c.warnBelow ?? plan.info.warnBelow) * c.maxPoints);
}

/** Strict bands («trên 90 điểm») need more than the minimum: the next printable step (0,01 point). */
const strictStep = 0.01;

function nextBandOf(plan: Plan, ranked: RankedUnit, leaves: readonly Criterion[]): NextBand | undefined {
  const best = bandsBestFirst(plan.bands);
  const current = ranked.band === undefined ? best.length : best.findIndex((b) => b.name === ranked.band);
  const band = current > 0 ? best[current - 1] : undefined;
  if (!band) return undefined;
  const target = band.strict ? band.minScore + strictStep : band.minScore;
  const pointsNeeded = Math.max(0, roundScore(target - ranked.total));
  const byCode = new Map(ranked.criteria.map((c) => [c.code, c] as const));
  const floors: FloorGap[] = [];
  if (band.minCriterionRatio !== undefined) {
    for (const c of leaves) {
      if (c.kind !== 'base') continue;
      const floor = roundScore(band.minCriterionRatio * c.maxPoints);
      const has = byCode.get(c.code)?.used;
      if (has === undefined || has < floor) floors.push(has === undefined ? { code: c.code, text: c.text, floor } : { code: c.code, text: c.text, floor, has });
    }
  }
  const mandatory = band.requiresMandatory ? [...ranked.mandatoryFailed] : [];
  return { band, pointsNeeded, floors, mandatory };
}

function shortfallsOf(plan: Plan, scores: readonly CriterionScore[], leaves: readonly Criterion[]): Shortfall[] {
  const byCode = new Map(scores.map((c) => [c.code, c] as const));
  const out: Shortfall[] = [];
  for (const c of leaves) {
    const s = byCode.get(c.code);
    const mandatoryFailed = s?.mandatoryMet === false;
    if (!s || (!s.shortfall && !mandatoryFailed)) continue;
    const item = { code: c.code, text: c.text, maxPoints: c.maxPoints, threshold: shortfallThreshold(plan, c), mandatoryFailed };
    out.push(s.used === undefined ? item : { ...item, used: s.used });
  }
  return out;
}

/** The facts of one unit's packet; undefined for a code not in the register. */
export function unitFeedback(plan: Plan, evaluation: Evaluation, unitCode: string): UnitFeedback | undefined {
  const leaves = buildCriteriaTree(plan.criteria).leaves;
  for (const block of evaluation.blocks) {
    const ranked = block.units.find((u) => u.unit.code === unitCode);
    const unscored = block.unscored.find((u) => u.code === unitCode);
    if (!ranked && !unscored) continue;
    const rankedInBlock = block.units.length;
    const tiers = evaluation.tiers.units.find((u) => u.unit.code === unitCode);
    const common = { block: block.block, rankedInBlock, ...(tiers ? { tiers } : {}) };
    if (!ranked) return { unit: unscored as Unit, ...common, shortfalls: [] };
    const totals = block.units.map((u) => u.total);
    // Printed to two decimals like every score; the unrounded mean would show digits nobody can check.
    const blockAverage = Math.round((totals.reduce((a, b) => a + b, 0) / totals.length) * 100) / 100;
    const leaderTotal = Math.max(...totals);
    const nextBand = nextBandOf(plan, ranked, leaves);
    return {
      unit: ranked.unit,
      ...common,
      ranked,
      blockAverage,
      gapToLeader: roundScore(leaderTotal - ranked.total),
      shortfalls: shortfallsOf(plan, ranked.criteria, leaves),
      ...(nextBand ? { nextBand } : {}),
    };
  }
  return undefined;
}
