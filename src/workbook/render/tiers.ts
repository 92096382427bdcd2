/**
 * "Thẩm định các cấp": per block and unit, the base totals of each tier side by side, then the
 * criteria whose score changed between tiers, with the reason given and the verdict. Print-ready
 * like the summary; and the 'tierChange' highlights on the input cells where a later tier changed a score.
 */
import { crossScoringRows } from './cross-scoring';
import type { CombinedScore } from '../../domain/evaluate/cross-scoring';
import { tierOrder, type CriterionTiers, type TierName, type UnitTiers } from '../../domain/evaluate/tiers';
import type { Evaluation } from '../../domain/evaluate/types';
import { vi } from '../../i18n/vi';
import { formatNumberVi } from '../../i18n/types';
import type { Plan } from '../../domain/plan/schema';
import { address } from '../grid';
import type { Highlight, OutCell, SheetSpec, StyleName } from '../spec';
import { printedFingerprint } from './audit-log';
import { num, row, rowAt, text } from './cells';
import { appendPageFoot, attachedLine, councilPage, documentHeader, withRowHeights } from './layout';
import type { RunStamp } from './stamp';

const t = vi.tiers;
const width = t.columns.length;
const last = width - 1;

export interface TiersContext {
  readonly plan: Plan;
  readonly evaluation: Evaluation;
  readonly stamp: RunStamp;
  readonly name: string;
  readonly logSheet: string;
  /** Cross-scoring: every scorer's figure and the combined score, shown after the tiers. */
  readonly cross?: readonly CombinedScore[];
}

const merge = (r: number, c1: number, c2: number): string => `${address(r, c1)}:${address(r, c2)}`;

const signed = (n: number): string => (n > 0 ? `+${formatNumberVi(n)}` : formatNumberVi(n));

function totalCell(value: number | undefined): OutCell {
  return value === undefined ? text(t.incomplete, 'cellCenter') : num(value, 'numberBold');
}

const verdictStyle: Record<CriterionTiers['verdict'], StyleName> = { unchanged: 'cell', withinThreshold: 'cell', explained: 'cell', unexplained: 'warning' };

function criterionRow(c: CriterionTiers, criterionText: string): OutCell[] {
  const score = (tier: TierName): OutCell => num(c.scores[tier]?.value);
  const changes = c.changes.map((ch) => t.change({ from: t.short[ch.from], to: t.short[ch.to], delta: signed(ch.delta) })).join('\n');
  return [
    text(c.code, 'cellCenter'),
    text(criterionText),
    ...tierOrder.map(score),
    text(changes),
    text(c.reason),
    text(t.verdict[c.verdict], verdictStyle[c.verdict]),
  ];
}

function unitRow(index: number, u: UnitTiers): OutCell[] {
  const changed = u.criteria.filter((c) => c.changes.length > 0).length;
  const unexplained = u.criteria.filter((c) => c.verdict === 'unexplained').length;
  return [
    num(index, 'cellCenter'),
    text(t.unitTotals({ unit: u.unit.name }), 'sectionHeading'),
    ...tierOrder.map((tier) => totalCell(u.totals[tier])),
    text(''),
    text(''),
    text(t.unitVerdict({ changed, unexplained }), unexplained > 0 ? 'warning' : 'cell'),
  ];
}

export function renderTiers(ctx: TiersContext): SheetSpec {
  const { plan, evaluation, stamp } = ctx;
  const header = documentHeader(plan, stamp, width);
  const rows: OutCell[][] = [...header.rows];
  const merges = [...header.merges];
  const wide = (cell: OutCell): void => {
    merges.push(merge(rows.length, 0, last));
    rows.push(rowAt(width, 0, cell));
  };
  rows.push(row(width, []));
  wide(text(t.title, 'title'));
  wide(text(attachedLine(plan), 'subtitle'));
  wide(text(t.threshold({ threshold: formatNumberVi(evaluation.tiers.threshold) }), 'note'));
  rows.push(row(width, []));
  const headerRow = rows.length;
  rows.push(t.columns.map((c) => text(c, 'tableHeader')));

  const byCode = new Map(evaluation.tiers.units.map((u) => [u.unit.code, u]));
  const criterionText = new Map(plan.criteria.map((c) => [c.code, c.text]));
  let blockIndex = 0;
  for (const block of evaluation.blocks) {
    const units = block.units.flatMap((u) => byCode.get(u.unit.code) ?? []);
    if (units.length === 0) continue;
    blockIndex++;
    merges.push(merge(rows.length, 0, last));
    rows.push(row(width, [text(t.blockHeading({ index: blockIndex, block: block.block }), 'sectionHeading')], text('', 'sectionHeading')));
    units.forEach((u, i) => {
      rows.push(unitRow(i + 1, u));
      for (const c of u.criteria) if (c.changes.length > 0) rows.push(criterionRow(c, criterionText.get(c.code) ?? ''));
    });
  }
  if (blockIndex === 0) rows.push(rowAt(width, 0, text(t.none, 'note')));
  const cross = crossScoringRows(plan, evaluation, ctx.cross ?? [], width);
  if (cross.length > 0) {
    rows.push(row(width, []));
    merges.push(merge(rows.length, 0, last), merge(rows.length + 1, 0, last));
    rows.push(...cross);
  }
  // Signed like the summary: the council answers for the scores of every tier it confirms.
  appendPageFoot(plan, rows, merges, width, [t.legend]);
  return withRowHeights({
    name: ctx.name,
    role: 'tiers',
    visibility: 'visible',
    rows,
    columnWidths: [9, 42, 10, 10, 11, 26, 30, 24],
    merges,
    freeze: { rows: headerRow + 1, columns: 2 },
    page: councilPage(headerRow, printedFingerprint(stamp, ctx.logSheet)),
  });
}

/** The tiers sheet when no plan could be read. */
export function renderTiersWithoutPlan(name: string): SheetSpec {
  return { name, role: 'tiers', visibility: 'visible', rows: [[text(t.title, 'title')], [text(vi.sheets.summary.noPlan, 'note')]], columnWidths: [100], merges: [] };
}

/** Every cell where a later tier changed a score, within the threshold or not, with the change as its note. */
export function tierMarks(evaluation: Evaluation): Highlight[] {
  return evaluation.tiers.units.flatMap((u) =>
    u.criteria.flatMap((c) =>
      c.changes.flatMap((ch) =>
        ch.cell
          ? [
              {
                sheet: ch.cell.sheet,
                address: ch.cell.address,
                kind: 'tierChange' as const,
                note: vi.print.noteTierChange({ changes: t.change({ from: t.short[ch.from], to: t.short[ch.to], delta: signed(ch.delta) }) }),
              },
            ]
          : [],
      ),
    ),
  );
}
