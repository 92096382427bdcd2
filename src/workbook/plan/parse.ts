/**
 * Reads the "Kế hoạch" sheet back into a plan. Sections are found by their heading text and
 * tables by their header row, tolerantly (title rows, column order, extra columns, case,
 * diacritics, TCVN3). Every value that cannot be read is a finding with its cell; the plan is
 * returned only when the sheet's structure is complete and the plan schema accepts it.
 */
import { finding } from '../../domain/findings';
import type { CellRef } from '../../domain/input/schema';
import { planSchema } from '../../domain/plan/schema';
import { withPlanIds } from '../terms';
import { isValidationKey, type ValidationKey } from '../../domain/plan/validation-keys';
import { address, type SheetSnapshot } from '../grid';
import { bandColumns, conditionColumns, criteriaColumns, infoColumns, planSectionKeys, planSettings, ratioColumns, tieBreakColumns, titleColumns, titleQuotaColumns, unitAwardColumns } from '../plan-contract';
import { compact, type Context, type Source } from './context';
import { readBands, readCriteria, readInfo, readRatioRules, readTieBreaks, readUnitAwards, settingLabel } from './read-plan';
import { readTitleQuotas, readTitles } from './read-titles';
import { findHeadings, locateTable, sectionName } from './sections';
import { type Finding } from '../../domain/findings';
import { type Plan } from '../../domain/plan/schema';

export interface PlanSheetResult {
  readonly plan?: Plan;
  readonly findings: Finding[];
  /** Where a plan field was read ("criteria.3.steps" → its cell): the plan's own contradictions are reported there. */
  readonly cellOf?: (path: string) => CellRef | undefined;
}

// Schema issues as findings

/** The schema's issue as a validation key (zod's own English messages mapped to the nearest key). */
export function issueKey(issue: { readonly code: string; readonly message: string; readonly path: readonly PropertyKey[] }, expected?: unknown): ValidationKey {
  if (isValidationKey(issue.message)) return issue.message;
  if (issue.code === 'invalid_type') {
    if (expected === 'int') return 'integer';
    return expected === 'number' ? 'number' : 'required';
  }
  if (issue.code === 'invalid_format') return 'criterionCode';
  if (issue.code === 'too_small') return 'notNegative';
  if (issue.code === 'too_big') return 'fraction';
  return 'required';
}

export function sourceOf(ctx: Context, path: readonly PropertyKey[]): Source | undefined {
  for (let n = path.length; n > 0; n--) {
    const source = ctx.sources.get(path.slice(0, n).map(String).join('.'));
    if (source !== undefined) return source;
  }
  return undefined;
}

export function parsePlanSheet(sheet: SheetSnapshot): PlanSheetResult {
  const ctx: Context = { sheet, findings: [], sources: new Map() };
  const headings = findHeadings(sheet);

  // Fallbacks so a schema issue on a field that has no row still reads well.
  for (const key of planSectionKeys) {
    const heading = headings.find((h) => h.key === key);
    ctx.sources.set(key, { field: sectionName(key), ...(heading ? { address: address(heading.row, heading.col) } : {}) });
  }
  for (const setting of planSettings) {
    ctx.sources.set(`info.${setting.key}`, { ...ctx.sources.get('info'), field: settingLabel(setting) });
  }

  const info = locateTable(ctx, headings, 'info', infoColumns);
  const criteria = locateTable(ctx, headings, 'criteria', criteriaColumns);
  const bands = locateTable(ctx, headings, 'bands', bandColumns);
  const unitAwards = locateTable(ctx, headings, 'unitAwards', unitAwardColumns);
  const ratioRules = locateTable(ctx, headings, 'ratioRules', ratioColumns);
  const tieBreaks = locateTable(ctx, headings, 'tieBreaks', tieBreakColumns);

  const titles = locateTable(ctx, headings, 'titles', titleColumns);
  const conditions = locateTable(ctx, headings, 'conditions', conditionColumns);
  const titleQuotas = locateTable(ctx, headings, 'titleQuotas', titleQuotaColumns);

  const draft = compact({
    info: info && readInfo(ctx, info),
    criteria: criteria && readCriteria(ctx, criteria),
    bands: bands && readBands(ctx, bands),
    unitAwards: unitAwards && readUnitAwards(ctx, unitAwards),
    ratioRules: ratioRules && readRatioRules(ctx, ratioRules),
    tieBreaks: tieBreaks && readTieBreaks(ctx, tieBreaks),

    titles: titles && readTitles(ctx, titles, conditions),
    titleQuotas: titleQuotas && readTitleQuotas(ctx, titleQuotas),
  });

  const result = planSchema.safeParse(draft);
  if (!result.success) {
    for (const issue of result.error.issues) {
      // A section that could not be read is already reported; its absence is not a second error.
      const section = String(issue.path[0] ?? '');
      if (!(section in draft) && section !== '') continue;
      const source = sourceOf(ctx, issue.path);
      const expected = 'expected' in issue ? issue.expected : undefined;
      ctx.findings.push(
        finding(
          'PLAN_INVALID',
          { sheet: sheet.name, field: source?.field ?? issue.path.map(String).join('.'), issue: issueKey(issue, expected) },
          source?.address === undefined ? {} : { cell: { sheet: sheet.name, address: source.address } },
        ),
      );
    }
  }
  const complete = !ctx.findings.some((f) => f.severity === 'error');
  const cellOf = (path: string): CellRef | undefined => {
    const at = ctx.sources.get(path)?.address;
    return at === undefined ? undefined : { sheet: sheet.name, address: at };
  };
  // References to levels and ratings are read as the plan's ids, so the engine compares ids only.
  return result.success && complete ? { plan: withPlanIds(result.data), findings: ctx.findings, cellOf } : { findings: ctx.findings };
}
