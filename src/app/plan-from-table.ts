/**
 * «Tạo kế hoạch từ bảng điểm», the same for the command line and the task pane: read the scoring table the
 * officer received (a .docx, or a sheet where the table was pasted), propose the plan with its findings,
 * and — only when asked, and only when the workbook has no plan — write the «Kế hoạch» sheet.
 */
import { finding, type Finding } from '../domain/findings';
import type { Plan } from '../domain/plan/schema';
import { buildCriteriaTree, keyOf } from '../domain/plan/tree';
import { foldKey } from '../domain/text/normalize';
import { roundScore } from '../domain/text/numbers';
import type { WorkbookSnapshot } from '../workbook/grid';
import { chooseScoringTable, findHeader, planFromProposal, readDocxTables, readScoringTable, sheetTable, type TableGrid, type TableProposal } from '../workbook/plan-table';
import { renderPlanSheet } from '../workbook/render/plan-sheet';
import { findPlanSheet } from '../workbook/run';
import type { WorkbookPort } from './port';

export type TableSource =
  | { readonly kind: 'docx'; readonly bytes: Uint8Array | ArrayBuffer; readonly fileName: string }
  | { readonly kind: 'workbook'; readonly snapshot: WorkbookSnapshot; readonly fileName: string; readonly sheet?: string };

export interface TableReading {
  /** notReadable: not a Word document; sheetMissing: the sheet asked for is not there; notFound: no scoring table. */
  readonly status: 'read' | 'notReadable' | 'sheetMissing' | 'notFound';
  readonly proposal?: TableProposal;
  /** The plan, when the proposal validates. */
  readonly plan?: Plan;
  readonly findings: readonly Finding[];
}

export interface ProposalSummary {
  readonly total: number;
  readonly base: number;
  readonly bonus: number;
  readonly deduction: number;
  readonly groups: number;
  readonly baseMax: number;
  readonly bonusMax: number;
  readonly deductionMax: number;
}

/** The file name without its folder and extension. */
function stem(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.[^.]+$/, '');
}

function tableOfWorkbook(snapshot: WorkbookSnapshot, sheet: string | undefined): TableGrid | 'sheetMissing' | undefined {
  if (sheet !== undefined) {
    const found = snapshot.sheets.find((s) => foldKey(s.name) === foldKey(sheet));
    return found ? sheetTable(found) : 'sheetMissing';
  }
  const plan = findPlanSheet(snapshot);
  for (const s of snapshot.sheets) {
    if (s === plan || s.visibility !== 'visible') continue;
    const grid = sheetTable(s);
    if (findHeader(grid.rows)) return grid;
  }
  return undefined;
}

/** Reads the table and proposes the plan; writes nothing. */
export async function readPlanFromTable(source: TableSource, options: { readonly now: Date }): Promise<TableReading> {
  let grid: TableGrid | undefined;
  let title: string | undefined;
  let preamble: readonly string[] = [];
  if (source.kind === 'docx') {
    try {
      const doc = await readDocxTables(source.bytes);
      grid = chooseScoringTable(doc.tables);
      title = doc.title;
      preamble = doc.preamble;
    } catch {
      return { status: 'notReadable', findings: [] };
    }
  } else {
    const found = tableOfWorkbook(source.snapshot, source.sheet);
    if (found === 'sheetMissing') return { status: 'sheetMissing', findings: [] };
    grid = found;
  }
  if (!grid) return { status: 'notFound', findings: [finding('TABLE_NOT_FOUND', { source: source.fileName })] };
  const proposal = readScoringTable(grid);
  if (proposal.criteria.length === 0) return { status: 'notFound', proposal, findings: proposal.findings.length > 0 ? proposal.findings : [finding('TABLE_NOT_FOUND', { source: source.fileName })] };
  const made = planFromProposal(proposal, { source: stem(source.fileName), ...(title === undefined ? {} : { title }), preamble, now: options.now, planCaps: proposal.planCaps });
  // The table's findings come by row (readScoringTable orders them), then the plan's.
  return { status: 'read', proposal, ...(made.plan ? { plan: made.plan } : {}), findings: [...proposal.findings, ...made.findings] };
}

/** Counts and maxima of a proposal, for the summary the officer confirms. */
export function summarizeProposal(plan: Plan): ProposalSummary {
  const tree = buildCriteriaTree(plan.criteria);
  const leaves = tree.leaves;
  const sum = (kind: string): number => roundScore(leaves.filter((c) => c.kind === kind && c.capped !== false).reduce((s, c) => s + c.maxPoints, 0));
  return {
    total: plan.criteria.length,
    base: plan.criteria.filter((c) => c.kind === 'base').length,
    bonus: plan.criteria.filter((c) => c.kind === 'bonus').length,
    deduction: plan.criteria.filter((c) => c.kind === 'deduction').length,
    groups: tree.groups.size,
    baseMax: sum('base'),
    bonusMax: sum('bonus'),
    deductionMax: sum('deduction'),
  };
}

/** Depth of each criterion in the tree (0 for a root), for an indented listing. */
export function criterionDepths(plan: Plan): ReadonlyMap<string, number> {
  const tree = buildCriteriaTree(plan.criteria);
  const depths = new Map<string, number>();
  for (const c of plan.criteria) {
    let d = 0;
    for (let p = tree.parentOf.get(keyOf(c)); p !== undefined && d <= plan.criteria.length; p = tree.parentOf.get(p)) d++;
    depths.set(keyOf(c), d);
  }
  return depths;
}

export type WritePlanOutcome = { readonly status: 'created'; readonly sheet: string } | { readonly status: 'exists'; readonly sheet: string };

/** Writes the «Kế hoạch» sheet, only when the workbook has no plan sheet: a plan someone made is never replaced. */
export async function writePlanFromTable(port: WorkbookPort, plan: Plan): Promise<WritePlanOutcome> {
  const existing = findPlanSheet(await port.readSnapshot());
  if (existing) return { status: 'exists', sheet: existing.name };
  const spec = renderPlanSheet(plan);
  await port.apply({ sheets: [spec] });
  return { status: 'created', sheet: spec.name };
}
