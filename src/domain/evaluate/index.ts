/**
 * The engine: score → rank → awards → ratios → findings. Pure and deterministic; inputs are
 * already validated (no zod here) and never mutated. checkPlan's findings are the caller's to add, and
 * the findings come in the order met: the caller sorts everything it gathered once (sortFindings).
 */
import { finding, type Finding } from '../findings';
import { hasAnyValue } from '../input/blank';
import type { EvaluationInput, Unit } from '../input/schema';
import type { Plan } from '../plan/schema';
import { compareVietnamese } from '../text/normalize';
import { allocateAwards } from './awards';
import { rankBlock } from './rank';
import { checkRatios } from './ratios';
import { evaluateEligibility } from './eligibility';
import { markProvisional, missingData, withheldFromQuotas } from './provisional';
import { explainBlock } from './explain';
import { planLayout, scoreUnitEntries } from './score';
import { entriesByUnit, reviewTiers } from './tiers';
import type { BlockResult, Evaluation, UnitScore } from './types';

export { scoreUnit, scoreUnitEntries, planLayout, bandsBestFirst, entriesByCode, type PlanLayout } from './score';
export { rankBlock, type RankedScore } from './rank';
export { allocateAwards, quotaFor } from './awards';
export { checkRatios, gapToClose, ratioMet } from './ratios';
export { reviewTiers, tierThreshold, tierOrder, type TierName, type TierReview, type UnitTiers, type CriterionTiers, type TierChange } from './tiers';
export { evaluateEligibility, votesNeeded } from './eligibility';
export { baseNotAppraised, markProvisional, missingData } from './provisional';
export { explainBlock, bandBlockers } from './explain';

function compareUnitsByName(a: Unit, b: Unit): number {
  return compareVietnamese(a.name, b.name) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

export function evaluate(plan: Plan, input: EvaluationInput): Evaluation {
  const layout = planLayout(plan);
  const findings: Finding[] = [];

  // Entries per unit, all result sheets of a unit together; the first entry of a criterion wins
  // (the parser reports duplicates and unknown units).
  const entries = entriesByUnit(input);

  // Blocks in order of first appearance in the register; a duplicated unit code counts once.
  const blocks = new Map<string, { scores: UnitScore[]; unscored: Unit[]; size: number }>();
  const seen = new Set<string>();
  for (const unit of input.units) {
    if (seen.has(unit.code)) continue;
    seen.add(unit.code);
    let block = blocks.get(unit.block);
    if (!block) {
      block = { scores: [], unscored: [], size: 0 };
      blocks.set(unit.block, block);
    }
    block.size++;
    const byCode = entries.get(unit.code);
    if (!byCode) {
      block.unscored.push(unit);
      continue;
    }
    // Blank is not zero: a form with nothing typed in it is no result, not «0 điểm, Yếu».
    if (!hasAnyValue(byCode.values())) {
      block.unscored.push(unit);
      const sheets = input.results.filter((r) => r.unitCode === unit.code && r.sheet !== undefined).map((r) => r.sheet ?? '');
      findings.push(finding('SCORE_FORM_BLANK', { unit: unit.name, sheet: sheets.join(', ') }, { unitCode: unit.code }));
      continue;
    }
    const scored = scoreUnitEntries(layout, unit, byCode);
    block.scores.push(scored.score);
    for (const f of scored.findings) findings.push(f);
  }

  const blockResults: BlockResult[] = [];
  for (const [name, block] of blocks) {
    const ranked = rankBlock(plan, name, block.scores);
    // Percentage quotas count every registered unit of the block, scored or not.
    const awarded = allocateAwards(plan, name, ranked.units, block.size, input.councilChoices ?? []);
    const unscored = [...block.unscored].sort(compareUnitsByName);
    const marked = markProvisional(plan, name, awarded.units, unscored);
    const quotas = withheldFromQuotas(awarded.quotas, marked.units);
    for (const f of ranked.findings) findings.push(f);
    for (const f of awarded.findings) findings.push(f);
    for (const f of marked.findings) findings.push(f);
    blockResults.push({
      block: name,
      units: explainBlock(layout, marked.units, quotas),
      unscored,
      provisional: unscored.length > 0,
      quotas,
      quotaTies: awarded.ties,
    });
  }

  const ratios = checkRatios(plan, input.proposals);
  for (const f of ratios.findings) findings.push(f);

  const tiers = reviewTiers(plan, input, entries);
  for (const f of tiers.findings) findings.push(f);

  // Eligibility of every proposal for the plan's titles.
  const eligibility = plan.titles.length > 0 ? evaluateEligibility(plan, input) : undefined;
  if (eligibility) for (const f of eligibility.findings) findings.push(f);

  return { missing: missingData(plan, blockResults), blocks: blockResults, ratios: ratios.checks, tiers, findings, ...(eligibility ? { eligibility: eligibility.result } : {}) };
}
