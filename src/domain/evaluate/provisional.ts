/**
 * A result is provisional («tạm tính») while its data is incomplete: a unit whose base criteria are
 * not all appraised (when the plan ranks by the appraised score), every unit of a block where a
 * registered unit has no results. No award is proposed for it as final: by default the award it would
 * get is withheld; a plan that allows proposing anyway keeps it, marked provisional.
 */
import { finding, type Finding } from '../findings';
import type { Unit } from '../input/schema';
import type { Plan } from '../plan/schema';
import type { BlockResult, MissingData, RankedUnit, UnitScore } from './types';

/** Base criteria with no appraised score, when the plan ranks by the appraised score; else none. */
export function baseNotAppraised(plan: Plan, score: UnitScore): string[] {
  if (plan.info.rankingScore !== 'appraised') return [];
  return score.criteria.filter((c) => c.kind === 'base' && c.appraised === undefined).map((c) => c.code);
}

/** Marks the provisional units of one block and withholds (or flags) their awards. */
export function markProvisional(plan: Plan, block: string, units: readonly RankedUnit[], unscored: readonly Unit[]): { units: RankedUnit[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const blockIncomplete = unscored.length > 0;
  const propose = plan.info.proposeProvisional === true;
  let withheldInBlock = 0;
  const marked = units.map((u): RankedUnit => {
    const notAppraised = baseNotAppraised(plan, u);
    if (!blockIncomplete && notAppraised.length === 0) return u;
    const provisional = { notAppraised, blockIncomplete };
    if (!u.award) return { ...u, provisional };
    if (propose) return { ...u, provisional };
    if (blockIncomplete) withheldInBlock++;
    else findings.push(finding('AWARD_PROVISIONAL', { scope: 'unit', unit: u.unit.name, form: u.award.form, level: u.award.level, count: notAppraised.length, codes: notAppraised.join(', ') }, { unitCode: u.unit.code }));
    const { award, ...rest } = u;
    return { ...rest, provisional, withheldAward: award, awardNote: { code: 'provisional', params: { form: award.form, level: award.level } } };
  });
  if (blockIncomplete) {
    findings.push(
      finding('AWARD_PROVISIONAL', {
        scope: 'block',
        block,
        count: unscored.length,
        size: units.length + unscored.length,
        units: unscored.map((u) => u.name).join(', '),
        withheld: propose ? 0 : withheldInBlock,
      }),
    );
  }
  return { units: marked, findings };
}

/** What is missing, block by block, for the sheet, the pane and the command line to say first. */
export function missingData(plan: Plan, blocks: readonly BlockResult[]): MissingData {
  const out = blocks
    .map((b) => ({
      block: b.block,
      size: b.units.length + b.unscored.length,
      unitsWithoutResults: b.unscored.map((u) => ({ code: u.code, name: u.name })),
      criteriaNotAppraised: b.units.flatMap((u) => (u.provisional && u.provisional.notAppraised.length > 0 ? [{ code: u.unit.code, name: u.unit.name, criteria: u.provisional.notAppraised, baseCount: u.criteria.filter((c) => c.kind === 'base').length }] : [])),
    }))
    .filter((b) => b.unitsWithoutResults.length > 0 || b.criteriaNotAppraised.length > 0);
  return { complete: out.length === 0, awardsWithheld: plan.info.proposeProvisional !== true, blocks: out };
}

/** Quotas with the slots held for provisional units counted apart from the awards proposed. */
export function withheldFromQuotas(quotas: BlockResult['quotas'], units: readonly RankedUnit[]): BlockResult['quotas'] {
  return quotas.map((q) => {
    const withheld = units.filter((u) => u.withheldAward && u.withheldAward.form === q.form && u.withheldAward.level === q.level).length;
    return withheld === 0 ? q : { ...q, given: q.given - withheld, withheld };
  });
}
