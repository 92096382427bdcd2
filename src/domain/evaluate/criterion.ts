/**
 * Scoring one criterion of one unit: the score computed from the achieved value, each tier judged
 * against the maximum, whether a mandatory criterion or a gate is achieved. The unit's totals,
 * sections and band are score.ts's.
 */
import { finding, type Finding } from '../findings';
import type { CellRef, Entry } from '../input/schema';
import type { Criterion, Plan, ScoringMethod, Step } from '../plan/schema';
import { roundScore } from '../text/numbers';
import type { ScoreStatus } from './types';

/** A score above the maximum by less than this is float noise, not an error. */
const overMaxTolerance = 0.0001;
const ratioTolerance = 1e-9;

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

/** A count of cases is a whole number, zero or more: «2,5 trường hợp» or «-1» is a typing slip. */
export function isCaseCount(value: number): boolean {
  return Number.isInteger(value) && value >= 0;
}

/** The points a per-case criterion can give at most; undefined when the plan sets no cap. */
export function perCaseCap(c: Criterion): number | undefined {
  return c.capped === false ? undefined : c.maxPoints;
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
  // A count of cases times the points for each, up to the cap; a count that is not whole is reported, not guessed.
  perCase: (c, count) => {
    if (c.pointsPerCase === undefined || !isCaseCount(count)) return undefined;
    const points = roundScore(count * c.pointsPerCase);
    const cap = perCaseCap(c);
    return cap === undefined ? points : Math.min(points, cap);
  },
};

export type Tier = 'self' | 'appraised';

export interface Judged {
  readonly used: number | undefined;
  readonly status: ScoreStatus;
}

export interface Where {
  readonly unitCode: string;
  readonly criterionCode?: string;
  readonly cell: CellRef | undefined;
}

/** Keeps `cell` off a finding when it is unknown, so findings stay plain data. */
export function cleanWhere(where: Where): { unitCode: string; criterionCode?: string; cell?: CellRef } {
  const out: { unitCode: string; criterionCode?: string; cell?: CellRef } = { unitCode: where.unitCode };
  if (where.criterionCode !== undefined) out.criterionCode = where.criterionCode;
  if (where.cell !== undefined) out.cell = where.cell;
  return out;
}

/** Applies the sign and the plan's over-maximum rule to one tier's value, reporting what it finds. */
export function judgeTier(value: number | undefined, tier: Tier, c: Criterion, plan: Plan, where: Where, findings: Finding[]): Judged {
  if (value === undefined) return { used: undefined, status: 'missing' };
  if (value < 0) {
    findings.push(finding('SCORE_NEGATIVE', { code: c.code, tier, value, max: c.maxPoints, kind: c.kind }, cleanWhere(where)));
    return { used: undefined, status: 'negative' };
  }
  // A per-case criterion without a cap has no maximum to exceed.
  if (c.method === 'perCase' && perCaseCap(c) === undefined) return { used: value, status: 'ok' };
  if (value > c.maxPoints + overMaxTolerance) {
    findings.push(finding('SCORE_OVER_MAX', { code: c.code, tier, value, max: c.maxPoints, rule: plan.info.overMax }, cleanWhere(where)));
    return plan.info.overMax === 'clamp' ? { used: c.maxPoints, status: 'overMax' } : { used: undefined, status: 'rejected' };
  }
  return { used: value, status: 'ok' };
}

/**
 * Whether a mandatory criterion or a gate is achieved. The value of record decides: when the council's
 * appraised score is the one used, its 0 or «Không đạt» fails the criterion even if the unit wrote «Đạt».
 * Pass/fail and target criteria judged on the unit's own value use the achieved value; a sheet holding
 * only scores (the consolidated sheet) is judged on full points.
 */
export function criterionAchieved(c: Criterion, mandatoryAt: number, entry: Entry | undefined, usedFrom: Tier | undefined, used: number | undefined): boolean {
  const fromCouncil = usedFrom === 'appraised';
  const actual = fromCouncil ? entry?.appraisedActual : entry?.actual;
  if (c.method === 'passFail' && actual !== undefined) return actual === 1;
  if (c.method === 'targetRatio' && actual !== undefined && c.target !== undefined && !fromCouncil) return actual >= c.target - ratioTolerance;
  // A pass/fail worth 0 points says nothing through its score: the unit's own result stands.
  if (c.method === 'passFail' && c.maxPoints === 0 && entry?.actual !== undefined) return entry.actual === 1;
  if (used === undefined) return false;
  if (c.method === 'passFail' || c.method === 'targetRatio') return used >= c.maxPoints - ratioTolerance;
  return used >= mandatoryAt;
}

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
