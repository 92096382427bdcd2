/**
 * Plan consistency check: what in a plan would make scores, ranks or awards wrong or surprising.
 * Findings only; the plan is never changed. The criteria tree is tree.ts's, as everywhere.
 */
import { finding, type Finding } from '../findings';
import { codeKey, structuralParentCode } from './codes';
import { buildCriteriaTree, keyOf } from './tree';
import type { Unit } from '../input/schema';
import { nameKey } from '../text/normalize';
import { roundScore } from '../text/numbers';
import { checkContradictions, placeAtPlanCells, type PlanCellOf } from './contradictions';
import type { Plan } from './schema';
import { checkSignature } from './signature';


export function checkPlan(plan: Plan, input?: { units: readonly Unit[]; cellOf?: PlanCellOf }): Finding[] {
  const findings = [
    ...checkCriteria(plan),
    ...checkBands(plan),
    ...checkAwards(plan, input?.units),
    ...checkRatioLevels(plan),
    ...checkTieBreaks(plan),
    ...checkSignature(plan),
  ];
  return placeAtPlanCells(plan, [...findings, ...checkContradictions(plan, input)], input?.cellOf);
}

function checkCriteria(plan: Plan): Finding[] {
  const findings: Finding[] = [];
  const tree = buildCriteriaTree(plan.criteria);
  const counts = new Map<string, number>();
  for (const c of plan.criteria) counts.set(keyOf(c), (counts.get(keyOf(c)) ?? 0) + 1);
  for (const [key, count] of counts) {
    const code = tree.byKey.get(key)?.code ?? key;
    if (count > 1) findings.push(finding('PLAN_DUPLICATE_CRITERION', { code, count }, { criterionCode: code }));
  }

  // The tree keeps the first of duplicate codes, as the engine does, so the checks below read the same.
  const childSums = new Map<string, number>();
  for (const [key, c] of tree.byKey) {
    const parentKey = tree.parentOf.get(key);
    if (parentKey === undefined) {
      const parent = c.group ?? structuralParentCode(c.code);
      if (parent !== undefined) findings.push(finding('PLAN_ORPHAN_CRITERION', { code: c.code, parent }, { criterionCode: c.code }));
      continue;
    }
    // A section's maximum is the sum of its criteria of its own kind: a deduction under a base group
    // takes points away, a per-case criterion without a cap has no maximum to add.
    const parent = tree.byKey.get(parentKey);
    if (parent === undefined || c.kind !== parent.kind || c.capped === false) continue;
    childSums.set(parentKey, (childSums.get(parentKey) ?? 0) + c.maxPoints);
  }
  for (const [key, sum] of childSums) {
    const group = tree.byKey.get(key);
    if (group && tree.groups.has(key) && roundScore(group.maxPoints) !== roundScore(sum)) {
      findings.push(finding('PLAN_GROUP_MAX_MISMATCH', { code: group.code, max: group.maxPoints, sum: roundScore(sum) }, { criterionCode: group.code }));
    }
  }

  let baseSum = 0;
  for (const leaf of tree.leaves) {
    if (leaf.kind === 'base') baseSum += leaf.maxPoints;
    if (leaf.method === 'targetRatio' && leaf.target === undefined) {
      findings.push(finding('PLAN_TARGET_MISSING', { code: leaf.code }, { criterionCode: leaf.code }));
    }
    if (leaf.method === 'steps' && leaf.steps.length === 0) {
      findings.push(finding('PLAN_STEPS_MISSING', { code: leaf.code }, { criterionCode: leaf.code }));
    }
    if (leaf.method === 'perCase' && leaf.pointsPerCase === undefined) {
      findings.push(finding('PLAN_POINTS_PER_CASE_MISSING', { code: leaf.code }, { criterionCode: leaf.code }));
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
  // A rule's level is the plan's id (the plan sheet's reader writes each reference as the level it names).
  const levelKeys = new Set(plan.info.levels);
  const blockSizes = new Map<string, number>();
  for (const u of units ?? []) blockSizes.set(u.block, (blockSizes.get(u.block) ?? 0) + 1);

  for (const rule of plan.unitAwards) {
    const minBand = rule.minBand?.trim();
    if (minBand && !bandKeys.has(nameKey(minBand))) {
      findings.push(finding('PLAN_UNKNOWN_BAND', { band: minBand, form: rule.form }));
    }
    if (!levelKeys.has(rule.level)) {
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
  const levelKeys = new Set(plan.info.levels);
  return plan.ratioRules.flatMap((rule) =>
    rule.levels.filter((level) => !levelKeys.has(level)).map((level) => finding('PLAN_UNKNOWN_LEVEL', { level, where: rule.name })),
  );
}

function checkTieBreaks(plan: Plan): Finding[] {
  const tree = buildCriteriaTree(plan.criteria);
  const findings: Finding[] = [];
  for (const tb of plan.tieBreaks) {
    // Any criterion of the plan names a section: a group, or one criterion with its adjustments.
    if (tb.kind === 'groupScore' && !tree.byKey.has(codeKey(tb.group) ?? tb.group)) findings.push(finding('PLAN_UNKNOWN_GROUP', { group: tb.group }));
  }
  return findings;
}
