/**
 * The ranked table of «Tổng hợp», as a list of columns: each one a heading, an optional group heading
 * and how a unit's cell is made. The counted scores sit together under one heading so that on every
 * row Điểm cơ bản + Thưởng − Trừ = Tổng điểm; the self and appraised sums stand apart, for reference.
 * A column added here (section subtotals, say) needs no change elsewhere in the sheet.
 */
import type { RankedUnit } from '../../domain/evaluate/types';
import { describeMissing, explainRanked } from '../../i18n/explain';
import { vi } from '../../i18n/vi';
import type { Evaluation } from '../../domain/evaluate/types';
import type { Plan } from '../../domain/plan/schema';
import type { OutCell } from '../spec';
import { address } from '../grid';
import { num, text } from './cells';

const t = vi.sheets.summary;

export type ColumnGroup = keyof typeof t.columnGroups;

export interface SummaryColumn {
  readonly header: string;
  /** Columns side by side with the same group share one heading above theirs. */
  readonly group?: ColumnGroup;
  readonly width: number;
  readonly cell: (u: RankedUnit, index: number) => OutCell;
}

function awardText(u: RankedUnit): string {
  const plain = u.award ? t.award({ form: u.award.form, level: u.award.level }) : u.awardNote.code === 'noRules' || u.awardNote.code === 'awarded' ? '' : vi.awardNotes[u.awardNote.code](u.awardNote.params);
  // A provisional result never reads as final, whatever the column says.
  return u.provisional && plain !== '' ? vi.explain.provisional({ text: plain }) : plain;
}

/** «Ghi chú»: one sentence each for the place in a tie, the band, the award and the next band, then caps and what is missing. */
function unitNote(u: RankedUnit): string {
  const why = explainRanked(u, 'vi');
  const notes = why ? [why.tie, why.band, why.award, why.nextBand] : [];
  if (u.bonusRaw !== u.bonus) notes.push(t.capped({ kind: 'bonus', raw: fmt(u.bonusRaw), cap: fmt(u.bonus), used: fmt(u.bonus) }));
  if (u.deductionRaw !== u.deduction) notes.push(t.capped({ kind: 'deduction', raw: fmt(u.deductionRaw), cap: fmt(u.deduction), used: fmt(u.deduction) }));
  if (u.gatesFailed !== undefined && u.gatesFailed.length > 0) notes.push(`${t.gateFailed({ codes: u.gatesFailed.join(', ') })}.`);
  if (u.missingCount > 0) notes.push(`${t.missing({ count: u.missingCount })}.`);
  return notes.filter((n): n is string => n !== undefined && n !== '').join('\n');
}

function fmt(value: number): string {
  return vi.explain.number({ value });
}

const c = t.columns;

/** The columns of the ranked table, in order. */
export function summaryColumns(votes?: ReadonlyMap<string, string>): SummaryColumn[] {
  return [
    { header: c.no, width: 5, cell: (_u, i) => num(i + 1, 'cellCenter') },
    { header: c.unit, width: 30, cell: (u) => text(u.unit.name) },
    { header: c.self, group: 'reference', width: 9, cell: (u) => num(u.selfBase) },
    { header: c.appraised, group: 'reference', width: 9, cell: (u) => num(u.appraisedBase) },
    { header: c.base, group: 'counted', width: 9, cell: (u) => num(u.base) },
    { header: c.bonus, group: 'counted', width: 8, cell: (u) => num(u.bonus) },
    { header: c.deduction, group: 'counted', width: 7, cell: (u) => num(u.deduction) },
    { header: c.total, group: 'counted', width: 9, cell: (u) => num(u.total, 'numberBold') },
    { header: c.rank, width: 7, cell: (u) => num(u.rank, 'cellCenter') },
    { header: c.band, width: 11, cell: (u) => text(u.band ?? t.band.none, 'cellCenter') },
    { header: c.award, width: 26, cell: (u) => text(awardText(u)) },
    { header: c.vote, width: 10, cell: (u) => text(votes?.get(u.unit.code) ?? '') },
    { header: c.note, width: 48, cell: (u) => text(unitNote(u)) },
  ];
}

/**
 * One «Điểm mục X» column per top-level section when the plan asks for it, after the table's own columns:
 * each figure published in the appraisal minutes («điểm chuẩn X, cộng Y, trừ Z, đạt W») can be checked.
 */
export function sectionSubtotalColumns(plan: Plan, evaluation: Evaluation): SummaryColumn[] {
  if (plan.info.sectionSubtotals !== true) return [];
  const codes = (evaluation.blocks.flatMap((b) => b.units).find((u) => u.sectionTotals)?.sectionTotals ?? []).map((s) => s.code);
  return codes.map((code) => ({ header: t.sectionColumn({ code }), width: 9, cell: (u: RankedUnit) => num(u.sectionTotals?.find((s) => s.code === code)?.total) }));
}

/**
 * Two header rows: group headings over the score columns, the column headings under them; a column
 * outside any group spans both rows.
 */
export function tableHeader(columns: readonly SummaryColumn[], startRow: number): { rows: OutCell[][]; merges: string[] } {
  const top: OutCell[] = [];
  const bottom: OutCell[] = [];
  const merges: string[] = [];
  columns.forEach((col, i) => {
    const group = col.group;
    const first = group !== undefined && columns[i - 1]?.group !== group;
    top.push(text(group === undefined ? col.header : first ? t.columnGroups[group] : '', 'tableHeader'));
    bottom.push(text(group === undefined ? '' : col.header, 'tableHeader'));
    if (group === undefined) merges.push(`${address(startRow, i)}:${address(startRow + 1, i)}`);
    else if (first) {
      let end = i;
      while (columns[end + 1]?.group === group) end++;
      if (end > i) merges.push(`${address(startRow, i)}:${address(startRow, end)}`);
    }
  });
  return { rows: [top, bottom], merges };
}

/** «Chưa đủ dữ liệu»: what is missing, above the tables, so nobody signs a provisional result unaware. */
export function missingSection(evaluation: Evaluation, startRow: number, width: number): { rows: OutCell[][]; merges: string[] } {
  const lines = describeMissing(evaluation.missing, 'vi');
  return {
    rows: lines.map((line, i) => Array.from({ length: width }, (_, col) => (col === 0 ? text(line, i === 0 ? 'sectionHeading' : 'error') : { value: null }))),
    merges: lines.map((_, i) => `${address(startRow + i, 0)}:${address(startRow + i, width - 1)}`),
  };
}
