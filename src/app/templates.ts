/**
 * The unit-templates use case, the same for every host: read the plan and the unit register from the
 * open workbook and render one template per unit — and, when the plan has cross-scoring, one scorer
 * form per scoring unit. A host turns each template into a file or sheets.
 */
import { finding, type Finding } from '../domain/findings';
import { vi } from '../i18n/vi';
import type { Unit } from '../domain/input/schema';
import type { Plan } from '../domain/plan/schema';
import type { WorkbookSnapshot } from '../workbook/grid';
import { parseInputs } from '../workbook/parse/inputs';
import { parsePlanSheet } from '../workbook/plan/parse';
import { findPlanSheet } from '../workbook/run';
import { renderUnitTemplate, withUniqueFileNames, type UnitTemplate } from '../workbook/template/render';
import { renderScorerTemplates } from '../workbook/template/scorer';
import type { WorkbookPort } from './port';

export interface TemplatesResult {
  readonly plan?: Plan;
  readonly units: readonly Unit[];
  readonly templates: readonly UnitTemplate[];
  /** Why the plan or the register could not be read (empty when templates were made). */
  readonly findings: readonly Finding[];
}

/** Without a register, why it was not found; unit result sheets are not the point when making blank forms. */
const noRegisterCodes = new Set<string>(['SHEET_MISSING', 'HEADER_NOT_FOUND', 'SHEET_EMPTY']);

export function makeTemplatesFromSnapshot(snapshot: WorkbookSnapshot, options: { readonly period?: string } = {}): TemplatesResult {
  const planSheet = findPlanSheet(snapshot);
  if (!planSheet) return { units: [], templates: [], findings: [finding('SHEET_MISSING', { sheet: vi.sheets.names.plan })] };
  const parsedPlan = parsePlanSheet(planSheet);
  const plan = parsedPlan.plan;
  if (!plan) return { units: [], templates: [], findings: parsedPlan.findings };
  const parsed = parseInputs(snapshot, plan, { skipSheets: new Set([planSheet.name]) });
  const units = parsed.input.units;
  const findings = parsed.findings.filter((f) =>
    parsed.registerSheet !== undefined && f.cell?.sheet === parsed.registerSheet ? true : units.length === 0 && noRegisterCodes.has(f.code),
  );
  const unitForms = units.map((u) => renderUnitTemplate(plan, u, options));
  const scorerForms = plan.info.crossScoring ? renderScorerTemplates(plan, units, options) : [];
  // One set of file names: a scorer form never takes a unit form's name, nor the other way round.
  return { plan, units, templates: withUniqueFileNames([...unitForms, ...scorerForms]), findings };
}

export async function makeTemplates(port: WorkbookPort, options: { readonly period?: string } = {}): Promise<TemplatesResult> {
  return makeTemplatesFromSnapshot(await port.readSnapshot(), options);
}
