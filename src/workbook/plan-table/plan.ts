/**
 * A proposed criteria tree as a Plan: defaults the officer reviews (name from the document's title or the
 * file, the year it names, the scale as the sum of the base maxima, one list of award levels, said in a
 * finding), validated by the plan schema; every schema issue is a finding pointing at the table row.
 */
import { finding, sortFindings, type Finding } from '../../domain/findings';
import { checkPlan } from '../../domain/plan/check';
import { buildCriteriaTree, keyOf } from '../../domain/plan/tree';
import { isValidationKey } from '../../domain/plan/validation-keys';
import { criterionSchema, planSchema, type Plan, type PlanInput } from '../../domain/plan/schema';
import { roundScore } from '../../domain/text/numbers';
import { planTable } from '../../i18n/vi/plan-table';
import type { TableProposal } from './types';

export interface PlanFromTableOptions {
  /** The file's name without folder, for the plan's name when the document has no title. */
  readonly source: string;
  readonly title?: string;
  /** Text before the table (a .docx's paragraphs), searched for the year. */
  readonly preamble?: readonly string[];
  readonly now: Date;
  readonly planCaps?: { readonly bonusCap?: number; readonly deductionCap?: number };
}

const yearPattern = /\b(19[4-9]\d|2[01]\d\d)\b/;

export function planFromProposal(proposal: TableProposal, options: PlanFromTableOptions): { plan?: Plan; findings: Finding[] } {
  const findings: Finding[] = [];
  if (proposal.criteria.length === 0) return { findings };
  const criteria = proposal.criteria.map((c) => c.criterion);
  const read = criterionSchema.array().safeParse(criteria);
  const leaves = read.success ? buildCriteriaTree(read.data).leaves : [];
  const scale = roundScore(leaves.filter((c) => c.kind === 'base').reduce((s, c) => s + c.maxPoints, 0));
  const year = [options.title ?? '', ...(options.preamble ?? []), options.source].map((t) => yearPattern.exec(t)?.[1]).find((y) => y !== undefined);
  const levels = [...planTable.defaultLevels];
  const input: PlanInput = {
    info: {
      name: options.title ?? planTable.defaultName({ source: options.source }),
      year: year === undefined ? options.now.getFullYear() : Number(year),
      ...(scale > 0 ? { scale } : {}),
      levels,
      ...(options.planCaps?.bonusCap === undefined ? {} : { bonusCap: options.planCaps.bonusCap }),
      ...(options.planCaps?.deductionCap === undefined ? {} : { deductionCap: options.planCaps.deductionCap }),
    },
    criteria,
  };
  findings.push(finding('TABLE_LEVELS_REVIEW', { levels: levels.join('; ') }));
  if (scale > 0) findings.push(finding('TABLE_SCALE_FROM_SUM', { scale }));
  const parsed = planSchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [section, index, field] = issue.path;
      const proposed = section === 'criteria' && typeof index === 'number' ? proposal.criteria[index] : undefined;
      findings.push(
        finding('PLAN_INVALID', {
          sheet: proposal.table,
          field: proposed ? `${proposed.criterion.code} (dòng ${proposed.row}) ${String(field ?? '')}`.trim() : issue.path.map(String).join('.'),
          issue: isValidationKey(issue.message) ? issue.message : 'required',
        }),
      );
    }
    return { findings };
  }
  const plan = parsed.data;
  // The reader reports a section's sum and the scale with the row; the plan check adds what it alone sees.
  const rowOf = new Map(proposal.criteria.map((c) => [keyOf(c.criterion), c.row]));
  const tree = buildCriteriaTree(plan.criteria);
  // The plan check's findings after the table's, in the order of findings.
  for (const f of sortFindings(checkPlan(plan))) {
    if (f.code === 'PLAN_GROUP_MAX_MISMATCH' || f.code === 'PLAN_BASE_TOTAL_NOT_SCALE') continue;
    // «a4.2» under «a» when the table has no «a4»: the criteria tree finds the nearest section.
    if (f.code === 'PLAN_ORPHAN_CRITERION' && f.criterionCode !== undefined && tree.parentOf.has(keyOf({ code: f.criterionCode }))) continue;
    const row = f.criterionCode === undefined ? undefined : rowOf.get(keyOf({ code: f.criterionCode }));
    findings.push(row === undefined ? f : { ...f, params: { ...f.params, row } });
  }
  return { plan, findings };
}
