/**
 * Scoring one unit: each leaf criterion from its entry (criterion.ts), then sections with their caps,
 * totals, group scores and band. Blank is not zero: a criterion with no score is 'missing', adds
 * nothing and is reported.
 */
import { finding, type Finding } from '../findings';
import type { Entry, Unit } from '../input/schema';
import { codeKey } from '../plan/codes';
import { buildCriteriaTree, keyOf, type CriteriaTree } from '../plan/tree';
import type { Band, Criterion, Plan } from '../plan/schema';
import { roundScore } from '../text/numbers';
import { cleanWhere, criterionAchieved, isCaseCount, judgeTier, selfScoreOf, type Tier } from './criterion';
import type { CriterionScore, SectionTotal, UnitScore } from './types';

export { computeFromActual, selfScoreOf, stepReached } from './criterion';

/** An entered self score this close to the one computed from the actual value agrees with it. */
const computedTolerance = 0.001;

export interface LeafLayout {
  readonly criterion: Criterion;
  /** Below this many points the score of record is a shortfall (base criteria). */
  readonly shortfallBelow: number;
  /** Points needed to achieve a mandatory points/steps criterion. */
  readonly mandatoryAt: number;
}

/** One criterion as the root of a section: itself when scored, and every criterion under it. */
export interface SectionLayout {
  readonly criterion: Criterion;
  readonly key: string;
  /** Index into PlanLayout.leaves when the criterion is scored itself. */
  readonly leaf?: number;
  /** Indexes into PlanLayout.sections of the criteria directly under it. */
  readonly children: readonly number[];
}

export interface BandLayout {
  readonly band: Band;
  /** Per leaf (same order as PlanLayout.leaves): points a base leaf must reach, undefined when no floor applies. */
  readonly floors: readonly (number | undefined)[];
}

/** What scoring needs from the plan, computed once per evaluation rather than per unit. */
export interface PlanLayout {
  readonly plan: Plan;
  readonly tree: CriteriaTree;
  readonly leaves: readonly LeafLayout[];
  /** Every criterion of the plan as a section root, in plan order. */
  readonly sections: readonly SectionLayout[];
  /** Indexes into sections of the criteria without a parent. */
  readonly roots: readonly number[];
  /** Indexes into sections whose score the unit carries in groupScores (groups, parents, tie-break targets). */
  readonly scored: readonly number[];
  /** Whether any criterion caps its section: only then are sections walked for every unit. */
  readonly sectionCaps: boolean;
  /** Bands best first (minScore descending, plan order among equals). */
  readonly bands: readonly BandLayout[];
}

export function bandsBestFirst(bands: readonly Band[]): Band[] {
  return bands
    .map((band, index) => ({ band, index }))
    .sort((a, b) => b.band.minScore - a.band.minScore || a.index - b.index)
    .map((x) => x.band);
}

/** Whether a total reaches a band's score: from its minimum, or above it («trên 90 điểm»). */
export function reachesBand(band: Band, total: number): boolean {
  return band.strict === true ? total > band.minScore : total >= band.minScore;
}

function hasSectionCap(c: Criterion): boolean {
  return c.sectionBonusCap !== undefined || c.sectionDeductionCap !== undefined || c.sectionAdjustmentCap !== undefined;
}

export function planLayout(plan: Plan): PlanLayout {
  const tree = buildCriteriaTree(plan.criteria);
  const leaves = tree.leaves.map(
    (criterion): LeafLayout => ({
      criterion,
      shortfallBelow: roundScore((criterion.warnBelow ?? plan.info.warnBelow) * criterion.maxPoints),
      mandatoryAt: roundScore((criterion.warnBelow ?? 1) * criterion.maxPoints),
    }),
  );
  const leafIndex = new Map(tree.leaves.map((c, i) => [keyOf(c), i]));
  const keys = [...tree.byKey.keys()];
  const sectionIndex = new Map(keys.map((key, i) => [key, i]));
  const sections = keys.map((key): SectionLayout => {
    const leaf = leafIndex.get(key);
    const children = (tree.childrenOf.get(key) ?? []).flatMap((child) => sectionIndex.get(child) ?? []);
    return { criterion: tree.byKey.get(key) as Criterion, key, children, ...(leaf === undefined ? {} : { leaf }) };
  });
  const named = new Set(plan.tieBreaks.flatMap((tb) => (tb.kind === 'groupScore' ? [codeKey(tb.group) ?? tb.group] : [])));
  const scored = sections.flatMap((s, i) => (s.children.length > 0 || named.has(s.key) ? [i] : []));
  const roots = tree.roots.flatMap((c) => sectionIndex.get(keyOf(c)) ?? []);
  const bands = bandsBestFirst(plan.bands).map(
    (band): BandLayout => ({
      band,
      floors: leaves.map((l) =>
        band.minCriterionRatio === undefined || l.criterion.kind !== 'base' ? undefined : roundScore(band.minCriterionRatio * l.criterion.maxPoints),
      ),
    }),
  );
  return { plan, tree, leaves, sections, roots, scored, sectionCaps: plan.criteria.some(hasSectionCap), bands };
}

/** First entry per criterion wins (the parser reports duplicate rows); «01.1» and «1.1» are one criterion. */
export function entriesByCode(entries: readonly Entry[]): Map<string, Entry> {
  const map = new Map<string, Entry>();
  for (const e of entries) {
    const key = codeKey(e.criterionCode) ?? e.criterionCode;
    if (!map.has(key)) map.set(key, e);
  }
  return map;
}

/** A section's figures after its own caps and those below it. */
interface Figures {
  base: number;
  bonus: number;
  deduction: number;
}

/**
 * Walks the sections bottom-up: each adds its own score and its children's (already capped), then
 * applies its caps. The bonus and deduction caps cut each side; the adjustment cap («điểm cộng, trừ
 * của mục không quá 7») limits the net of the two either way. Each cut is a finding with how many points.
 */
function sectionFigures(layout: PlanLayout, used: readonly (number | undefined)[], unitCode: string, findings: Finding[]): Figures[] {
  const figures: (Figures | undefined)[] = new Array(layout.sections.length);
  const visit = (i: number): Figures => {
    const done = figures[i];
    if (done) return done;
    const section = layout.sections[i] as SectionLayout;
    const f: Figures = { base: 0, bonus: 0, deduction: 0 };
    figures[i] = f; // a loop in the tree (cut by the tree builder) cannot recurse forever
    if (section.leaf !== undefined) {
      const value = used[section.leaf];
      if (value !== undefined) f[section.criterion.kind] += value;
    }
    for (const child of section.children) {
      const cf = visit(child);
      f.base += cf.base;
      f.bonus += cf.bonus;
      f.deduction += cf.deduction;
    }
    f.base = roundScore(f.base);
    f.bonus = roundScore(f.bonus);
    f.deduction = roundScore(f.deduction);
    const c = section.criterion;
    const cut = (kind: 'bonus' | 'deduction' | 'adjustment', raw: number, cap: number): number => {
      const points = roundScore(raw - cap);
      findings.push(finding('SECTION_CAP_APPLIED', { code: c.code, kind, raw, cap, cut: points }, { unitCode, criterionCode: c.code }));
      return points;
    };
    if (c.sectionBonusCap !== undefined && f.bonus > c.sectionBonusCap) f.bonus = roundScore(f.bonus - cut('bonus', f.bonus, c.sectionBonusCap));
    if (c.sectionDeductionCap !== undefined && f.deduction > c.sectionDeductionCap) {
      f.deduction = roundScore(f.deduction - cut('deduction', f.deduction, c.sectionDeductionCap));
    }
    const cap = c.sectionAdjustmentCap;
    if (cap !== undefined) {
      const net = roundScore(f.bonus - f.deduction);
      if (net > cap) f.bonus = roundScore(f.bonus - cut('adjustment', net, cap));
      else if (-net > cap) f.deduction = roundScore(f.deduction - cut('adjustment', -net, cap));
    }
    return f;
  };
  return layout.sections.map((_, i) => visit(i));
}

export interface UnitScoring {
  readonly score: UnitScore;
  readonly findings: Finding[];
}

/**
 * Scores one unit from its entries. `layout` is planLayout(plan); pass it when scoring many units.
 * Findings are in the order met; the run sorts all it gathered once (sortFindings).
 */
export function scoreUnit(plan: Plan, unit: Unit, entries: readonly Entry[], layout: PlanLayout = planLayout(plan)): UnitScoring {
  return scoreUnitEntries(layout, unit, entriesByCode(entries));
}

/** scoreUnit over entries already keyed by criterion code key (entriesByCode). */
export function scoreUnitEntries(layout: PlanLayout, unit: Unit, byCode: ReadonlyMap<string, Entry>): UnitScoring {
  const plan = layout.plan;
  const findings: Finding[] = [];
  const info = plan.info;
  const unitCode = unit.code;
  const criteria: CriterionScore[] = [];
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
  const gatesFailed: string[] = [];
  const usedByLeaf: (number | undefined)[] = [];

  for (const leaf of layout.leaves) {
    const c = leaf.criterion;
    const code = c.code;
    const entry = byCode.get(keyOf(c));
    const actual = entry?.actual;
    if (c.method === 'perCase' && actual !== undefined && !isCaseCount(actual)) {
      findings.push(finding('CASE_COUNT_INVALID', { code, value: actual }, cleanWhere({ unitCode, criterionCode: code, cell: entry?.actualSource })));
    }
    const own = selfScoreOf(c, entry);
    const computed = own.computed;
    const enteredSelf = entry?.selfScore;
    const self = own.value;
    const appraised = entry?.appraisedScore;
    const selfCell = own.cell;
    const appraisedCell = entry?.appraisedSource;

    // A computed score comes from an actual value, so both are there.
    if (enteredSelf !== undefined && computed !== undefined && actual !== undefined && Math.abs(enteredSelf - computed) > computedTolerance) {
      findings.push(finding('SCORE_DIFFERS_FROM_ACTUAL', { code, value: enteredSelf, computed, actual }, cleanWhere({ unitCode, criterionCode: code, cell: selfCell })));
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
    if (c.mandatory || c.gate === true) {
      mandatoryMet = criterionAchieved(c, leaf.mandatoryAt, entry, usedFrom, used);
      const where = cleanWhere({ unitCode, criterionCode: code, cell: usedCell ?? entry?.actualSource });
      if (!mandatoryMet && c.mandatory) {
        mandatoryFailed.push(code);
        const required = c.method === 'points' || c.method === 'steps' ? leaf.mandatoryAt : c.maxPoints;
        findings.push(
          finding(
            'MANDATORY_FAILED',
            { code, method: c.method, required, ...(used === undefined ? {} : { value: used }), ...(actual === undefined ? {} : { actual }), ...(c.target === undefined ? {} : { target: c.target }) },
            where,
          ),
        );
      }
      if (!mandatoryMet && c.gate === true) {
        gatesFailed.push(code);
        findings.push(finding('GATE_FAILED', { code, text: c.text }, where));
      }
    }

    if (used !== undefined) {
      if (c.kind === 'base') base += used;
      else if (c.kind === 'bonus') bonusRaw += used;
      else deductionRaw += used;
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
  const sections = sectionFigures(layout, usedByLeaf, unitCode, layout.sectionCaps ? findings : []);
  // What the section caps kept, then the plan-wide caps over it.
  let bonusKept = bonusRaw;
  let deductionKept = deductionRaw;
  if (layout.sectionCaps) {
    bonusKept = roundScore(layout.roots.reduce((sum, i) => sum + (sections[i]?.bonus ?? 0), 0));
    deductionKept = roundScore(layout.roots.reduce((sum, i) => sum + (sections[i]?.deduction ?? 0), 0));
  }
  const bonus = capped(bonusKept, info.bonusCap, 'BONUS_CAPPED', unitCode, findings);
  const deduction = capped(deductionKept, info.deductionCap, 'DEDUCTION_CAPPED', unitCode, findings);
  const total = roundScore(base + bonus - deduction);

  // A section's score counts its deductions against it: base + bonus − deduction, after its caps.
  const groupScores: Record<string, number> = {};
  for (const i of layout.scored) {
    const f = sections[i];
    const s = layout.sections[i];
    if (f && s) groupScores[s.key] = roundScore(f.base + f.bonus - f.deduction);
  }

  const sectionTotals: SectionTotal[] | undefined = info.sectionSubtotals
    ? layout.roots.flatMap((i) => {
        const f = sections[i];
        const s = layout.sections[i];
        return f && s ? [{ code: s.criterion.code, base: f.base, bonus: f.bonus, deduction: f.deduction, total: roundScore(f.base + f.bonus - f.deduction) }] : [];
      })
    : undefined;

  // A failed gate leaves the unit without a band («không xếp loại»), whatever its total.
  const band =
    gatesFailed.length > 0
      ? undefined
      : layout.bands.find(
          (b) =>
            reachesBand(b.band, total) &&
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
      ...(gatesFailed.length > 0 ? { gatesFailed } : {}),
      ...(sectionTotals ? { sectionTotals } : {}),
    },
    findings,
  };
}

function capped(raw: number, cap: number | undefined, code: 'BONUS_CAPPED' | 'DEDUCTION_CAPPED', unitCode: string, findings: Finding[]): number {
  if (cap === undefined || raw <= cap) return raw;
  findings.push(finding(code, { raw, cap }, { unitCode }));
  return cap;
}
