/**
 * Tiers of appraisal: the unit's self score, the block leader's score and the council's (appraised)
 * score of each criterion side by side, and every change between consecutive tiers present.
 * A tier left blank is skipped, never read as 0. A change larger than the plan's threshold needs a
 * reason in the "Lý do điều chỉnh" column; without one it is a finding. Smaller changes are only shown.
 */
import { finding, type Finding } from '../findings';
import type { CellRef, Entry, EvaluationInput, Unit } from '../input/schema';
import { codeKey } from '../plan/codes';
import { buildCriteriaTree, keyOf } from '../plan/tree';
import type { Criterion, Plan } from '../plan/schema';
import { roundScore } from '../text/numbers';
import { selfScoreOf } from './score';

/** The tiers in the order a score passes through them. */
export const tierOrder = ['self', 'blockLeader', 'council'] as const;
export type TierName = (typeof tierOrder)[number];

export interface TierScore {
  readonly tier: TierName;
  readonly value: number;
  readonly cell?: CellRef;
}

export interface TierChange {
  readonly from: TierName;
  readonly to: TierName;
  readonly fromValue: number;
  readonly toValue: number;
  /** toValue − fromValue, rounded like every score. */
  readonly delta: number;
  /** The later tier's cell: where the change was made. */
  readonly cell?: CellRef;
  /** |delta| is larger than the plan's threshold. */
  readonly beyondThreshold: boolean;
}

export type TierVerdict = 'unchanged' | 'withinThreshold' | 'explained' | 'unexplained';

export interface CriterionTiers {
  readonly code: string;
  readonly kind: Criterion['kind'];
  readonly scores: Readonly<Partial<Record<TierName, TierScore>>>;
  /** Changes between consecutive present tiers; a change of 0 is not listed. */
  readonly changes: readonly TierChange[];
  /** The reason text as typed (trimmed); '' when none. */
  readonly reason: string;
  readonly reasonCell?: CellRef;
  readonly verdict: TierVerdict;
}

export interface UnitTiers {
  readonly unit: Unit;
  /** Every leaf criterion of the plan, in plan order. */
  readonly criteria: readonly CriterionTiers[];
  /**
   * Sum of the base criteria per tier, only when every base criterion has that tier's score
   * (undefined: "chưa đủ" — a partial sum would look like a drop).
   */
  readonly totals: Readonly<Partial<Record<TierName, number>>>;
}

export interface TierReview {
  readonly threshold: number;
  /** Units with results, by unit code, so the review does not depend on row order (a duplicated code counts once). */
  readonly units: readonly UnitTiers[];
  readonly findings: readonly Finding[];
}

/** The threshold in force: the plan's own, else the self/appraised gap warning. */
export function tierThreshold(plan: Plan): number {
  return plan.info.tierThreshold ?? plan.info.gapWarning;
}

/**
 * Scores are entered and printed to two decimals: a difference that prints as 0 (a score computed
 * from the actual value, rounded by the appraiser: 5,5875 → 5,59) is not a change between tiers.
 */
const changeTolerance = 0.005;
/** A change equal to the threshold is within it, whatever float arithmetic makes of it. */
const floatNoise = 1e-9;

function tierScore(tier: TierName, value: number, cell: CellRef | undefined): TierScore {
  return cell === undefined ? { tier, value } : { tier, value, cell };
}

/** The tiers present for one criterion; the self tier falls back to the score computed from the actual value. */
function tierScores(c: Criterion, entry: Entry | undefined): Partial<Record<TierName, TierScore>> {
  const out: Partial<Record<TierName, TierScore>> = {};
  if (!entry) return out;
  const self = selfScoreOf(c, entry);
  if (self.value !== undefined) out.self = tierScore('self', self.value, self.cell);
  if (entry.blockLeaderScore !== undefined) out.blockLeader = tierScore('blockLeader', entry.blockLeaderScore, entry.blockLeaderSource);
  if (entry.appraisedScore !== undefined) out.council = tierScore('council', entry.appraisedScore, entry.appraisedSource);
  return out;
}

// Plain loops and no closures: this runs once per unit and criterion (120,000 times for a big province).
function changesOf(scores: Partial<Record<TierName, TierScore>>, threshold: number): TierChange[] {
  const changes: TierChange[] = [];
  let previous: TierScore | undefined;
  for (const tier of tierOrder) {
    const b = scores[tier];
    if (b === undefined) continue;
    const a = previous;
    previous = b;
    if (a === undefined) continue;
    const delta = roundScore(b.value - a.value);
    if (Math.abs(delta) < changeTolerance) continue;
    const beyondThreshold = Math.abs(delta) > threshold + floatNoise;
    changes.push(
      b.cell === undefined
        ? { from: a.tier, to: b.tier, fromValue: a.value, toValue: b.value, delta, beyondThreshold }
        : { from: a.tier, to: b.tier, fromValue: a.value, toValue: b.value, delta, cell: b.cell, beyondThreshold },
    );
  }
  return changes;
}

function verdictOf(changes: readonly TierChange[], reason: string): TierVerdict {
  if (changes.length === 0) return 'unchanged';
  if (!changes.some((c) => c.beyondThreshold)) return 'withinThreshold';
  return reason === '' ? 'unexplained' : 'explained';
}

function reviewUnit(unit: Unit, leaves: readonly Criterion[], byCode: ReadonlyMap<string, Entry>, threshold: number, findings: Finding[]): UnitTiers {
  const criteria: CriterionTiers[] = [];
  const sums: Partial<Record<TierName, number>> = {};
  const complete: Record<TierName, boolean> = { self: true, blockLeader: true, council: true };
  for (const c of leaves) {
    const entry = byCode.get(keyOf(c));
    const scores = tierScores(c, entry);
    const changes = changesOf(scores, threshold);
    const reason = (entry?.reason ?? '').trim();
    const verdict = verdictOf(changes, reason);
    const item: CriterionTiers = { code: c.code, kind: c.kind, scores, changes, reason, verdict };
    criteria.push(entry?.reasonSource === undefined ? item : { ...item, reasonCell: entry.reasonSource });
    if (verdict === 'unexplained') {
      for (const ch of changes) {
        if (!ch.beyondThreshold) continue;
        const where = { unitCode: unit.code, criterionCode: c.code, ...(ch.cell ? { cell: ch.cell } : {}) };
        findings.push(
          finding('TIER_CHANGE_UNEXPLAINED', { code: c.code, from: ch.from, to: ch.to, fromValue: ch.fromValue, toValue: ch.toValue, delta: ch.delta, threshold }, where),
        );
      }
    }
    if (c.kind !== 'base') continue;
    for (const tier of tierOrder) {
      const s = scores[tier];
      if (s === undefined) complete[tier] = false;
      else sums[tier] = (sums[tier] ?? 0) + s.value;
    }
  }
  const totals: Partial<Record<TierName, number>> = {};
  for (const tier of tierOrder) {
    const sum = sums[tier];
    if (complete[tier] && sum !== undefined) totals[tier] = roundScore(sum);
  }
  return { unit, criteria, totals };
}

/** Entries per unit and criterion code key («01.1» and «1.1» are one); the first entry of a criterion wins, as in scoring. */
export function entriesByUnit(input: EvaluationInput): Map<string, Map<string, Entry>> {
  const entries = new Map<string, Map<string, Entry>>();
  for (const result of input.results) {
    let byCode = entries.get(result.unitCode);
    if (!byCode) {
      byCode = new Map();
      entries.set(result.unitCode, byCode);
    }
    for (const e of result.entries) {
      const key = codeKey(e.criterionCode) ?? e.criterionCode;
      if (!byCode.has(key)) byCode.set(key, e);
    }
  }
  return entries;
}

/** Reviews every unit with results. Pure; pass `entries` when the caller has built them already. */
export function reviewTiers(plan: Plan, input: EvaluationInput, entries: ReadonlyMap<string, ReadonlyMap<string, Entry>> = entriesByUnit(input)): TierReview {
  const threshold = tierThreshold(plan);
  const leaves = buildCriteriaTree(plan.criteria).leaves;
  const reviewed: { tiers: UnitTiers; findings: Finding[] }[] = [];
  const seen = new Set<string>();
  for (const unit of input.units) {
    if (seen.has(unit.code)) continue;
    seen.add(unit.code);
    const byCode = entries.get(unit.code);
    const unitFindings: Finding[] = [];
    if (byCode) reviewed.push({ tiers: reviewUnit(unit, leaves, byCode, threshold, unitFindings), findings: unitFindings });
  }
  reviewed.sort((a, b) => (a.tiers.unit.code < b.tiers.unit.code ? -1 : a.tiers.unit.code > b.tiers.unit.code ? 1 : 0));
  const units = reviewed.map((r) => r.tiers);
  const findings = reviewed.flatMap((r) => r.findings);
  return { threshold, units, findings };
}
