/**
 * "Tổng hợp": the ranked summary the council reviews and prints. One section per block in rank
 * order, national header, plan reference, signature block; A4 landscape, header row repeated.
 */
import type { Evaluation } from '../../domain/evaluate/types';
import type { Finding } from '../../domain/findings';
import { vi } from '../../i18n/vi';
import { formatNumberVi } from '../../i18n/types';
import type { Plan } from '../../domain/plan/schema';
import type { OutCell, SheetSpec } from '../spec';
import { address } from '../grid';
import { blank, num, row, rowAt, text } from './cells';
import type { RunStamp } from './stamp';
import { printedFingerprint } from './audit-log';
import { appendPageFoot, attachedLine, councilPage, documentHeader, withRowHeights } from './layout';
import { missingSection, sectionSubtotalColumns, summaryColumns, tableHeader } from './summary-table';

const t = vi.sheets;
/** The ratio table keeps its own twelve columns (it is printed on the proposals sheet too). */
const ratioWidth = 12;

export interface SummaryContext {
  readonly plan: Plan;
  readonly evaluation: Evaluation;
  readonly findings: readonly Finding[];
  readonly stamp: RunStamp;
  readonly name: string;
  /** The log sheet holding the full fingerprints; the usual name when not given. */
  readonly logSheet?: string;
  /** The council's vote per unit code, from the tally sheet («Kết quả bỏ phiếu»). */
  readonly votes?: ReadonlyMap<string, string>;
}

function merge(r: number, c1: number, c2: number): string {
  return `${address(r, c1)}:${address(r, c2)}`;
}

// The heading and the signature block are shared with the other printed sheets.
export { documentHeader, signatureBlock } from './layout';

export function countBySeverity(findings: readonly Finding[]): { errors: number; warnings: number; infos: number } {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}

/** The ratio table: numerator, denominator, ratio, requirement, verdict and what would close the gap (also printed by render/proposals.ts). */
export function ratioSection(evaluation: Evaluation, startRow: number): { rows: OutCell[][]; merges: string[] } {
  const s = t.summary;
  const rows: OutCell[][] = [rowAt(ratioWidth, 0, text(s.ratioHeading, 'sectionHeading'))];
  const merges = [merge(startRow, 0, ratioWidth - 1)];
  rows.push(s.ratioColumns.map((c) => text(c, 'tableHeader')));
  merges.push(merge(startRow + 1, 0, 1), merge(startRow + 1, 8, 9), merge(startRow + 1, 10, 11));
  for (const check of evaluation.ratios) {
    const r = startRow + rows.length;
    const atLeast = check.rule.comparison === 'atLeast';
    const verdict = check.verdict === 'noProposals' ? s.ratioNoProposals : check.verdict === 'met' ? s.ratioMet : s.ratioNotMet;
    const addWho = atLeast ? s.ratioQualifying : s.ratioOthers;
    const removeWho = atLeast ? s.ratioOthers : s.ratioQualifying;
    rows.push([
      text(`${check.rule.name} (${s.ratioScope[check.scope]})`),
      text(''),
      text(check.rule.levels.join(', '), 'cellCenter'),
      num(check.qualifying, 'count'),
      num(check.total, 'count'),
      num(check.ratio, 'percent'),
      text(`${atLeast ? '≥' : '≤'} ${formatPercent(check.rule.ratio)}`, 'cellCenter'),
      text(verdict, check.verdict === 'notMet' ? 'error' : 'cellCenter'),
      text(check.verdict !== 'notMet' ? '' : s.ratioAdd({ count: check.closeByAdding, who: addWho })),
      text(''),
      text(check.verdict !== 'notMet' ? '' : s.ratioRemove({ count: check.closeByRemoving, who: removeWho })),
      text(''),
    ]);
    merges.push(merge(r, 0, 1), merge(r, 8, 9), merge(r, 10, 11));
  }
  return { rows, merges };
}

function formatPercent(fraction: number): string {
  return `${formatNumberVi(fraction * 100)}%`;
}

export function renderSummary(ctx: SummaryContext): SheetSpec {
  const { plan, evaluation, stamp } = ctx;
  const columns = [...summaryColumns(ctx.votes), ...sectionSubtotalColumns(plan, evaluation)];
  const width = columns.length;
  const last = width - 1;
  const header = documentHeader(plan, stamp, width);
  const rows: OutCell[][] = [...header.rows];
  const merges = [...header.merges];
  const wide = (cell: OutCell): void => {
    merges.push(merge(rows.length, 0, last));
    rows.push(rowAt(width, 0, cell));
  };
  rows.push(row(width, []));
  wide(text(t.summary.title, 'title'));
  wide(text(attachedLine(plan), 'subtitle'));
  rows.push(row(width, []));
  if (!evaluation.missing.complete) {
    const missing = missingSection(evaluation, rows.length, width);
    rows.push(...missing.rows, row(width, []));
    merges.push(...missing.merges);
  }
  const headerRow = rows.length;
  const tableHead = tableHeader(columns, headerRow);
  rows.push(...tableHead.rows);
  merges.push(...tableHead.merges);
  let units = 0;
  evaluation.blocks.forEach((block, index) => {
    merges.push(merge(rows.length, 0, last));
    rows.push(row(width, [text(t.summary.blockHeading({ index: index + 1, block: block.block, count: block.units.length + block.unscored.length }), 'sectionHeading')], text('', 'sectionHeading')));
    block.units.forEach((u, i) => {
      units++;
      rows.push(columns.map((c) => c.cell(u, i)));
    });
    if (block.unscored.length > 0) {
      rows.push(row(width, [blank, text(`${t.summary.unscoredHeading}: ${block.unscored.map((u) => u.name).join(', ')}`, 'note')]));
    }
  });
  if (evaluation.ratios.length > 0) {
    rows.push(row(width, []));
    const ratio = ratioSection(evaluation, rows.length);
    rows.push(...ratio.rows);
    merges.push(...ratio.merges);
  }
  // What the reader of the signed page needs: no notation, no count of findings (those are on «Kiểm tra»).
  appendPageFoot(plan, rows, merges, width, [t.summary.legendTotal({ ranking: plan.info.rankingScore }), ...t.summary.legend, vi.print.rankingStyle[plan.info.rankingStyle], vi.print.units({ units, blocks: evaluation.blocks.length })]);
  return withRowHeights({
    name: ctx.name,
    role: 'summary',
    visibility: 'visible',
    rows,
    columnWidths: columns.map((c) => c.width),
    merges,
    freeze: { rows: headerRow + 2, columns: 2 },
    // Both header rows repeat on every printed page; the fingerprint in the footer; no data bars: on a
    // black-and-white copy they turn the totals into grey blocks, and the rank column already says the order.
    page: { ...councilPage(headerRow, printedFingerprint(stamp, ctx.logSheet ?? vi.audit.sheetName)), printTitleRows: [headerRow + 1, headerRow + 2] },
  });
}

/**
 * Section subtotals, when the plan asks for them: one column per top-level criterion after the table's
 * own columns, each unit's points there after the section's caps, so a published figure can be checked.
 */
/** The summary when no plan could be read: the header and a pointer to the findings. */
export function renderSummaryWithoutPlan(name: string): SheetSpec {
  return {
    name,
    role: 'summary',
    visibility: 'visible',
    rows: [[text(t.summary.title, 'title')], [text(t.summary.noPlan, 'note')]],
    columnWidths: [100],
    merges: [],
  };
}
