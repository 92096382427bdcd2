/**
 * Plan consistency check: what in a plan would make scores, ranks or awards wrong or surprising.
 * Findings only; the plan is never changed. Also holds the criterion-tree helpers the engine shares.
 */
import { compareCodes, compareFindings, finding, type Finding } from '../findings';
import type { Unit } from '../input/schema';
import { foldKey, nameKey } from '../text/normalize';
import { roundScore } from '../text/numbers';
import { checkContradictions, placeAtPlanCells, type PlanCellOf } from './contradictions';
import type { Criterion, Plan } from './schema';

/** "2.1.3" → "2.1"; a top-level code has no parent. */
export function parentCode(code: string): string | undefined {
  const cut = code.lastIndexOf('.');
  return cut < 0 ? undefined : code.slice(0, cut);
}

/** Proper prefixes of a code, outermost first: "2.1.3" → ["2", "2.1"]. */
export function codePrefixes(code: string): string[] {
  const prefixes: string[] = [];
  for (let cut = code.indexOf('.'); cut >= 0; cut = code.indexOf('.', cut + 1)) prefixes.push(code.slice(0, cut));
  return prefixes;
}

/** Group codes: every proper prefix of a criterion code, sorted "1" < "1.2" < "2". */
export function groupCodes(criteria: readonly Pick<Criterion, 'code'>[]): string[] {
  const groups = new Set<string>();
  for (const c of criteria) for (const p of codePrefixes(c.code)) groups.add(p);
  return [...groups].sort(compareCodes);
}

/** The first criterion of each code that has no children: the ones that are scored. */
export function leafCriteria(criteria: readonly Criterion[]): Criterion[] {
  const groups = new Set(groupCodes(criteria));
  const seen = new Set<string>();
  const leaves: Criterion[] = [];
  for (const c of criteria) {
    if (groups.has(c.code) || seen.has(c.code)) continue;
    seen.add(c.code);
    leaves.push(c);
  }
  return leaves;
}

export function checkPlan(plan: Plan, input?: { units: readonly Unit[]; cellOf?: PlanCellOf }): Finding[] {
  const findings = [
    ...checkCriteria(plan),
    ...checkBands(plan),
    ...checkAwards(plan, input?.units),
    ...checkRatioLevels(plan),
    ...checkTieBreaks(plan),
  ];
  return placeAtPlanCells(plan, [...findings, ...checkContradictions(plan, input)], input?.cellOf).sort(compareFindings);
}

function checkCriteria(plan: Plan): Finding[] {
  const findings: Finding[] = [];
  const counts = new Map<string, number>();
  for (const c of plan.criteria) counts.set(c.code, (counts.get(c.code) ?? 0) + 1);
  for (const [code, count] of counts) {
    if (count > 1) findings.push(finding('PLAN_DUPLICATE_CRITERION', { code, count }, { criterionCode: code }));
  }

  // First occurrence of each code is the one the engine uses, so the checks below read the same.
  const firsts = new Map<string, Criterion>();
  for (const c of plan.criteria) if (!firsts.has(c.code)) firsts.set(c.code, c);

  const childSums = new Map<string, number>();
  for (const c of firsts.values()) {
    const parent = parentCode(c.code);
    if (parent === undefined) continue;
    if (!firsts.has(parent)) findings.push(finding('PLAN_ORPHAN_CRITERION', { code: c.code, parent }, { criterionCode: c.code }));
    childSums.set(parent, (childSums.get(parent) ?? 0) + c.maxPoints);
  }
  for (const [code, sum] of childSums) {
    const group = firsts.get(code);
    if (group && roundScore(group.maxPoints) !== roundScore(sum)) {
      findings.push(finding('PLAN_GROUP_MAX_MISMATCH', { code, max: group.maxPoints, sum: roundScore(sum) }, { criterionCode: code }));
    }
  }

  let baseSum = 0;
  for (const leaf of leafCriteria(plan.criteria)) {
    if (leaf.kind === 'base') baseSum += leaf.maxPoints;
    if (leaf.method === 'targetRatio' && leaf.target === undefined) {
      findings.push(finding('PLAN_TARGET_MISSING', { code: leaf.code }, { criterionCode: leaf.code }));
    }
    if (leaf.method === 'steps' && leaf.steps.length === 0) {
      findings.push(finding('PLAN_STEPS_MISSING', { code: leaf.code }, { criterionCode: leaf.code }));
    }
  }
  if (roundScore(baseSum) !== roundScore(plan.info.scale)) {
    findings.push(finding('PLAN_BASE_TOTAL_NOT_SCALE', { sum: roundScore(baseSum), scale: plan.info.scale }));
  }
  return findings;
}

function checkBands(plan: Plan): Finding[] {
  const byMin = new Map<number, string[]>();
  for (const b of plan.bands) byMin.set(b.minScore, [...(byMin.get(b.minScore) ?? []), b.name]);
  const findings: Finding[] = [];
  for (const [minScore, names] of byMin) {
    if (names.length > 1) findings.push(finding('PLAN_BANDS_OVERLAP', { minScore, bands: names.join(', ') }));
  }
  return findings;
}

function checkAwards(plan: Plan, units: readonly Unit[] | undefined): Finding[] {
  const findings: Finding[] = [];
  const bandKeys = new Set(plan.bands.map((b) => nameKey(b.name)));
  const levelKeys = new Set(plan.info.levels.map(foldKey));
  const blockSizes = new Map<string, number>();
  for (const u of units ?? []) blockSizes.set(u.block, (blockSizes.get(u.block) ?? 0) + 1);

  for (const rule of plan.unitAwards) {
    const minBand = rule.minBand?.trim();
    if (minBand && !bandKeys.has(nameKey(minBand))) {
      findings.push(finding('PLAN_UNKNOWN_BAND', { band: minBand, form: rule.form }));
    }
    if (!levelKeys.has(foldKey(rule.level))) {
      findings.push(finding('PLAN_UNKNOWN_LEVEL', { level: rule.level, where: rule.form }));
    }
    if (rule.quota.kind !== 'count') continue;
    for (const [block, size] of blockSizes) {
      if (rule.quota.value > size) {
        findings.push(finding('PLAN_QUOTA_OVER_BLOCK', { form: rule.form, level: rule.level, quota: rule.quota.value, block, units: size }));
      }
    }
  }
  return findings;
}

function checkRatioLevels(plan: Plan): Finding[] {
  const levelKeys = new Set(plan.info.levels.map(foldKey));
  return plan.ratioRules.flatMap((rule) =>
    rule.levels.filter((level) => !levelKeys.has(foldKey(level))).map((level) => finding('PLAN_UNKNOWN_LEVEL', { level, where: rule.name })),
  );
}

function checkTieBreaks(plan: Plan): Finding[] {
  const groups = new Set(groupCodes(plan.criteria));
  const findings: Finding[] = [];
  for (const tb of plan.tieBreaks) {
    if (tb.kind === 'groupScore' && !groups.has(tb.group)) findings.push(finding('PLAN_UNKNOWN_GROUP', { group: tb.group }));
  }
  return findings;
}
