/**
 * What each task-pane button does, the same for every host (Office, ExcelJS, memory): one
 * function per button, no state kept between calls — the workbook is the state.
 */
import { finding, type Finding } from '../domain/findings';
import { vi } from '../i18n/vi';
import type { CellRef } from '../domain/input/schema';
import { findPreset } from '../domain/plan/presets';
import type { Plan } from '../domain/plan/schema';
import { parsePlanSheet } from '../workbook/plan/parse';
import { sheetNameKey } from '../workbook/sheet-name';
import { renderPlanSheet } from '../workbook/render/plan-sheet';
import { findPlanSheet, runScoring, type RunResult } from '../workbook/run';
import type { WorkbookPort } from './port';

export interface PlanStatus {
  /** The sheet the plan was read from; absent when the workbook has none. */
  readonly sheet?: string;
  /** The plan, when it could be read and is valid. */
  readonly plan?: Plan;
  readonly findings: readonly Finding[];
}

/** Step 1: finds and reads the plan sheet, writing nothing. */
export async function checkPlan(port: WorkbookPort): Promise<PlanStatus> {
  const snapshot = await port.readSnapshot();
  const sheet = findPlanSheet(snapshot);
  if (!sheet) return { findings: [finding('SHEET_MISSING', { sheet: vi.sheets.names.plan })] };
  const parsed = parsePlanSheet(sheet);
  return { sheet: sheet.name, plan: parsed.plan, findings: parsed.findings };
}

export type CreatePlanOutcome =
  | { readonly status: 'created'; readonly sheet: string; readonly preset: string }
  | { readonly status: 'exists'; readonly sheet: string }
  | { readonly status: 'unknownPreset' };

/**
 * Step 1, when the workbook has no plan: writes the chosen preset as the plan sheet. Refuses when
 * a plan sheet exists, so a plan someone edited is never overwritten.
 */
export async function createPlanSheet(port: WorkbookPort, presetId: string): Promise<CreatePlanOutcome> {
  const preset = findPreset(presetId);
  if (!preset) return { status: 'unknownPreset' };
  const existing = findPlanSheet(await port.readSnapshot());
  if (existing) return { status: 'exists', sheet: existing.name };
  const spec = renderPlanSheet(preset.plan);
  // No `highlights` key: the port leaves the add-in's highlights as they are.
  await port.apply({ sheets: [spec] });
  return { status: 'created', sheet: spec.name, preset: preset.title };
}

/** Steps 2 and 3: the whole run (findings, ranking) without writing anything. */
export async function checkData(port: WorkbookPort, now: Date): Promise<RunResult> {
  return runScoring(await port.readSnapshot(), { now });
}

/**
 * Owned output sheets of a run that already exist in the workbook and would be replaced. The state
 * sheet is internal, and the run log is not replaced but extended (its rows are written back).
 */
export function sheetsToReplace(result: RunResult, existingNames: readonly string[]): string[] {
  const existing = new Set(existingNames.map(sheetNameKey));
  const { summary, findings, tiers, proposals } = result.outputSheets;
  return [summary, findings, tiers, ...(proposals ? [proposals] : [])].filter((name) => existing.has(sheetNameKey(name)));
}

export type ScoreOutcome =
  | { readonly status: 'needsConfirm'; readonly replaces: readonly string[]; readonly result: RunResult }
  | { readonly status: 'written'; readonly written: readonly string[]; readonly result: RunResult };

/**
 * Step 4: scores and writes the summary, findings, tiers, log and state sheets. When that would replace
 * sheets already there (the add-in's own, from an earlier run) and the user has not confirmed,
 * nothing is written and the names are returned for the confirmation dialog.
 */
export async function scoreAndWrite(port: WorkbookPort, now: Date, options: { readonly confirmReplace: boolean; readonly user?: string }): Promise<ScoreOutcome> {
  const snapshot = await port.readSnapshot();
  // Only a run that writes adds a row to the log: checkData computes the same row and drops it.
  const result = runScoring(snapshot, options.user === undefined ? { now } : { now, user: options.user });
  const replaces = sheetsToReplace(result, snapshot.sheets.map((s) => s.name));
  if (replaces.length > 0 && !options.confirmReplace) return { status: 'needsConfirm', replaces, result };
  await port.apply(result.writePlan);
  const { summary, findings, tiers, log, proposals } = result.outputSheets;
  return { status: 'written', written: [summary, ...(proposals ? [proposals] : []), findings, tiers, log], result };
}

/** Step 5: removes the add-in's highlights, and nothing else. */
export async function clearHighlights(port: WorkbookPort): Promise<void> {
  await port.clearHighlights();
}

/** Shows a finding's cell in the workbook; false when the host has no window to show it in. */
export async function showCell(port: WorkbookPort, cell: CellRef): Promise<boolean> {
  if (!port.select) return false;
  await port.select(cell.sheet, cell.address);
  return true;
}
