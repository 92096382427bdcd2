/**
 * Several scorers per unit (chấm chéo): the figures of every scorer of a criterion combined into
 * one appraised score by the plan's rule (mean, median, or a trimmed mean dropping the highest and
 * lowest), a unit never scoring itself, abstentions kept with their reason, «x of y scored», and the
 * spread between scorers flagged above the plan's threshold. Pure.
 */
import { finding, type Finding } from '../findings';
import type { CellRef, EvaluationInput, Unit } from '../input/schema';
import type { Plan } from '../plan/schema';
import { roundScore } from '../text/numbers';

export type CombineRule = NonNullable<Plan['info']['crossScoring']>;

/** One scorer's figure for one unit and criterion: a score, or an abstention with its reason. */
export interface ScorerMark {
  readonly scorer: string;
  readonly unitCode: string;
  readonly criterionCode: string;
  readonly value?: number;
  /** Set when the scorer abstained; '' when no reason was given. */
  readonly abstain?: string;
  readonly cell?: CellRef;
}

export interface CombinedScore {
  readonly unitCode: string;
  readonly criterionCode: string;
  /** Undefined when no scorer scored it. */
  readonly combined?: number;
  /** Every counted figure, by scorer, in scorer order: all stay visible. */
  readonly figures: readonly { readonly scorer: string; readonly value: number }[];
  readonly abstentions: readonly { readonly scorer: string; readonly reason: string }[];
  /** «x of y scored»: y is every scorer expected (the block's other units). */
  readonly scored: number;
  readonly expected: number;
  readonly spread?: number;
  readonly flagged: boolean;
  /** A trimmed mean with too few figures to drop any: the plain mean was taken. */
  readonly untrimmed: boolean;
}

/** The plan's rule over a list of figures; undefined for none. */
export function combine(values: readonly number[], rule: CombineRule): { value?: number; untrimmed: boolean } {
  if (values.length === 0) return { untrimmed: false };
  const sorted = [...values].sort((a, b) => a - b);
  const mean = (xs: readonly number[]): number => roundScore(xs.reduce((a, b) => a + b, 0) / xs.length);
  switch (rule.combine) {
    case 'mean':
      return { value: mean(sorted), untrimmed: false };
    case 'median': {
      const mid = Math.floor(sorted.length / 2);
      const value = sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : mean([sorted[mid - 1] ?? 0, sorted[mid] ?? 0]);
      return { value: roundScore(value), untrimmed: false };
    }
    case 'trimmedMean': {
      const trim = rule.trim ?? 1;
      // Dropping needs something left in the middle; otherwise every figure counts, and it is said.
      if (sorted.length <= 2 * trim) return { value: mean(sorted), untrimmed: true };
      return { value: mean(sorted.slice(trim, sorted.length - trim)), untrimmed: false };
    }
  }
}

/**
 * Combines every mark of a block's units. Scorers are the units of the same block; a unit's marks
 * for itself are not counted (CROSS_SELF_SCORE), a second mark of one scorer for the same cell neither.
 */
export function combineCrossScores(plan: Plan, units: readonly Unit[], marks: readonly ScorerMark[]): { scores: CombinedScore[]; findings: Finding[] } {
  const rule = plan.info.crossScoring;
  const findings: Finding[] = [];
  if (!rule) return { scores: [], findings };
  const blockOf = new Map(units.map((u) => [u.code, u.block] as const));
  const byCell = new Map<string, ScorerMark[]>();
  for (const m of marks) {
    const where = { unitCode: m.unitCode, criterionCode: m.criterionCode, ...(m.cell ? { cell: m.cell } : {}) };
    if (m.scorer === m.unitCode) {
      findings.push(finding('CROSS_SELF_SCORE', { scorer: m.scorer, code: m.criterionCode }, where));
      continue;
    }
    if (blockOf.get(m.scorer) !== blockOf.get(m.unitCode)) {
      findings.push(finding('CROSS_OTHER_BLOCK', { scorer: m.scorer, unit: m.unitCode }, where));
      continue;
    }
    if (m.abstain === '') findings.push(finding('CROSS_ABSTAIN_NO_REASON', { scorer: m.scorer, code: m.criterionCode }, where));
    const key = `${m.unitCode}\u0000${m.criterionCode}`;
    const list = byCell.get(key) ?? [];
    if (list.some((x) => x.scorer === m.scorer)) continue;
    list.push(m);
    byCell.set(key, list);
  }
  const scores: CombinedScore[] = [];
  for (const list of byCell.values()) {
    const first = list[0];
    if (!first) continue;
    const block = blockOf.get(first.unitCode);
    const expected = units.filter((u) => u.block === block && u.code !== first.unitCode).length;
    const figures = list.flatMap((m) => (m.value === undefined || m.abstain !== undefined ? [] : [{ scorer: m.scorer, value: m.value }]));
    const abstentions = list.flatMap((m) => (m.abstain === undefined ? [] : [{ scorer: m.scorer, reason: m.abstain }]));
    const { value, untrimmed } = combine(
      figures.map((f) => f.value),
      rule,
    );
    const values = figures.map((f) => f.value);
    const spread = values.length > 1 ? roundScore(Math.max(...values) - Math.min(...values)) : undefined;
    const flagged = spread !== undefined && rule.spreadThreshold !== undefined && spread > rule.spreadThreshold + 1e-9;
    if (flagged) findings.push(finding('CROSS_SPREAD', { code: first.criterionCode, spread: spread ?? 0, threshold: rule.spreadThreshold ?? 0 }, { unitCode: first.unitCode, criterionCode: first.criterionCode }));
    scores.push({
      unitCode: first.unitCode,
      criterionCode: first.criterionCode,
      ...(value === undefined ? {} : { combined: value }),
      figures,
      abstentions,
      scored: figures.length,
      expected,
      ...(spread === undefined ? {} : { spread }),
      flagged,
      untrimmed,
    });
  }
  return { scores, findings };
}

/**
 * The combined score becomes each entry's appraised score: what the rest of the engine reads. A
 * criterion (or a unit) with a combined score and no entry of its own gets one holding just that.
 */
export function withCombinedScores(input: EvaluationInput, scores: readonly CombinedScore[]): EvaluationInput {
  const byUnit = new Map<string, Map<string, number>>();
  for (const s of scores) {
    if (s.combined === undefined) continue;
    const m = byUnit.get(s.unitCode) ?? new Map<string, number>();
    m.set(s.criterionCode, s.combined);
    byUnit.set(s.unitCode, m);
  }
  const present = new Map<string, Set<string>>();
  for (const r of input.results) {
    const codes = present.get(r.unitCode) ?? new Set<string>();
    for (const e of r.entries) codes.add(e.criterionCode);
    present.set(r.unitCode, codes);
  }
  const done = new Set<string>();
  const results = input.results.map((r) => {
    const combined = byUnit.get(r.unitCode);
    if (!combined) return r;
    const entries = r.entries.map((e) => {
      const value = combined.get(e.criterionCode);
      return value === undefined ? e : { ...e, appraisedScore: value };
    });
    // Criteria the unit left out of its own sheet get an entry holding just the combined score, once.
    if (!done.has(r.unitCode)) {
      done.add(r.unitCode);
      const codes = present.get(r.unitCode);
      for (const [code, value] of combined) if (!codes?.has(code)) entries.push({ criterionCode: code, appraisedScore: value, note: '' });
    }
    return { ...r, entries };
  });
  for (const [unitCode, combined] of byUnit) {
    if (done.has(unitCode)) continue;
    results.push({ unitCode, entries: [...combined].map(([criterionCode, appraisedScore]) => ({ criterionCode, appraisedScore, note: '' })) });
  }
  return { ...input, results };
}
