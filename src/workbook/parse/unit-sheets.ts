/**
 * Unit result sheets: a header block ("Đơn vị: …", "Mã đơn vị: …", "Khối: …", "Đợt: …") above a table
 * Mã tiêu chí | Tiêu chí | Điểm tối đa | Kết quả thực hiện | Điểm tự chấm | Điểm thẩm định |
 * Điểm khối trưởng | Lý do điều chỉnh | Minh chứng / Ghi chú. One sheet per unit.
 * "Tiêu chí" and "Điểm tối đa" are not read: the plan is the source of truth, and a score above the
 * plan's maximum is the engine's finding. "Đợt" is recognised but not compared with the plan's period.
 */
import { foldCached, nameKeyCached } from '../../domain/text/normalize';
import { readEntry } from './entry-cells';
import type { CellRef, Entry, UnitResult } from '../../domain/input/schema';
import type { CellValue, SheetSnapshot } from '../grid';
import type { TableLocation } from '../headers';
import { compiled, matchColumns, unitSheetValueColumns, type EntryField, type HeaderLabel, type UnitSheetColumn } from '../contract';
import { cellRef, cleanCellText, isBlank, isBlankRow, peekNumber, readCriterionCode, readText, report, reportGroupValues, reportMergedCells, type GroupValue, type PlanCodes, type ReadContext, type Where } from './cells';
import { findUnit, sameBlock, type UnitIndex } from './register';
import { convertLegacy } from '../../domain/text/legacy';

/** A unit sheet's header row: the criterion code column and at least one value column. */
export function matchUnitSheetHeader(folded: readonly string[], row: number): TableLocation<UnitSheetColumn> | undefined {
  const columns = matchColumns(folded, compiled.unitSheet);
  if (columns.code === undefined || !unitSheetValueColumns.some((k) => columns[k] !== undefined)) return undefined;
  return { headerRow: row, columns, missing: [] };
}

export interface UnitSheetInput {
  readonly sheet: SheetSnapshot;
  readonly table: TableLocation<UnitSheetColumn>;
}

interface LabelValue {
  readonly text: string;
  readonly ref: CellRef;
}

/**
 * The header block above the table: a label and its value in one cell after a colon, or the label in
 * one cell and the value in the next non-empty cell to its right. The first of each label counts.
 */
export function readHeaderBlock(ctx: ReadContext, sheet: SheetSnapshot, headerRow: number): Partial<Record<HeaderLabel, LabelValue>> {
  const found: Partial<Record<HeaderLabel, LabelValue>> = {};
  for (let r = 0; r < headerRow; r++) {
    const row = sheet.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const value = row[c];
      if (typeof value !== 'string') continue;
      const text = convertLegacy(cleanCellText(value));
      const colon = text.indexOf(':');
      const key = compiled.headerLabels.get(foldCached(colon >= 0 ? text.slice(0, colon) : text));
      if (key === undefined || found[key] !== undefined) continue;
      const ref = cellRef(sheet.name, r, c);
      const inCell = colon >= 0 ? readText(ctx, value, ref) : '';
      const rest = inCell.slice(inCell.indexOf(':') + 1).trim();
      if (rest !== '') {
        found[key] = { text: rest, ref };
        continue;
      }
      const next = row.findIndex((v, i) => i > c && !isBlank(v));
      if (next < 0) continue;
      const nextRef = cellRef(sheet.name, r, next);
      const nextText = readText(ctx, row[next] ?? null, nextRef);
      if (nextText !== '') found[key] = { text: nextText, ref: nextRef };
    }
  }
  return found;
}

/** A row numbering the columns under the header ("1 | 2 | 3 | …" or "(1) | (2) | …"): not data. */
function isNumberingRow(row: readonly CellValue[]): boolean {
  const numbers: number[] = [];
  for (const v of row) {
    if (isBlank(v)) continue;
    const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(/^\s*\(?(\d+)\)?\s*$/.exec(v)?.[1] ?? NaN) : NaN;
    if (!Number.isInteger(n)) return false;
    numbers.push(n);
  }
  return numbers.length >= 3 && numbers.every((n, i) => i === 0 || n === (numbers[i - 1] ?? 0) + 1);
}

const scoreFields: readonly (EntryField & UnitSheetColumn)[] = ['self', 'appraised', 'blockLeader'];

/**
 * Reads every unit sheet in order. The unit is the one named by "Mã đơn vị", else "Đơn vị", else the
 * sheet's name (code or name, against the register), unless `forceUnitCode` says; a unit claimed by an
 * earlier sheet keeps it.
 * Returns the results and, per unit code, the sheet that gave them.
 */
export function parseUnitSheets(
  ctx: ReadContext,
  inputs: readonly UnitSheetInput[],
  units: UnitIndex,
  codes: PlanCodes,
  forceUnitCode?: string,
): { results: UnitResult[]; claimed: Map<string, string> } {
  const results: UnitResult[] = [];
  const claimed = new Map<string, string>();
  for (const { sheet, table } of inputs) {
    const block = readHeaderBlock(ctx, sheet, table.headerRow);
    const named = block.unitCode ?? block.unit;
    const value = named?.text ?? sheet.name;
    const ref = named?.ref ?? { sheet: sheet.name, address: 'A1' };
    // The officer said which unit a returned file is for (import): that answer wins.
    const unit = forceUnitCode === undefined ? findUnit(ctx, units, value, block.block?.text) : units.byCode.get(nameKeyCached(forceUnitCode));
    if (!unit) {
      report(ctx, 'UNIT_UNKNOWN', { sheet: sheet.name, value }, ref);
      continue;
    }
    const where = { unitCode: unit.code };
    const earlier = claimed.get(unit.code);
    if (earlier !== undefined) {
      report(ctx, 'UNIT_DUPLICATE', { unit: unit.name, kept: earlier, dropped: sheet.name }, ref, where);
      continue;
    }
    claimed.set(unit.code, sheet.name);
    if (block.block && !sameBlock(ctx, block.block.text, unit.block)) {
      report(ctx, 'UNIT_BLOCK_MISMATCH', { sheet: sheet.name, unit: unit.name, value: block.block.text, block: unit.block }, block.block.ref, where);
    }
    checkPeriod(ctx, sheet, table.headerRow, block.period, codes, unit.name, where);
    results.push({ unitCode: unit.code, entries: readRows(ctx, sheet, table, codes, where), sheet: sheet.name });
  }
  return { results, claimed };
}

/** «Đợt 1» and «1» name one period; «Năm 2024» is the whole year. */
function periodKey(ctx: ReadContext, text: string): string {
  return foldCached(text).replace(/^dot /, '');
}

const yearInText = /(?:^| )nam (\d{4})(?: |$)/;

/**
 * A sheet filled for another period or year would be scored as this one: its «Đợt» line (when the plan
 * names a period) and any «năm 2023» in its title block or period must agree with the plan.
 */
function checkPeriod(
  ctx: ReadContext,
  sheet: SheetSnapshot,
  headerRow: number,
  period: { text: string; ref: CellRef } | undefined,
  codes: PlanCodes,
  unit: string,
  where: Where,
): void {
  if (period && codes.period !== '' && periodKey(ctx, period.text) !== periodKey(ctx, codes.period)) {
    report(ctx, 'UNIT_PERIOD_MISMATCH', { sheet: sheet.name, unit, value: period.text, period: codes.period }, period.ref, where);
    return;
  }
  for (let r = 0; r < headerRow; r++) {
    const row = sheet.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const value = row[c];
      if (typeof value !== 'string') continue;
      const year = Number(yearInText.exec(foldCached(convertLegacy(cleanCellText(value))))?.[1] ?? NaN);
      if (Number.isInteger(year) && year !== codes.year) {
        report(ctx, 'UNIT_YEAR_MISMATCH', { sheet: sheet.name, unit, value: cleanCellText(value), year: codes.year }, cellRef(sheet.name, r, c), where);
        return;
      }
    }
  }
}

function readRows(ctx: ReadContext, sheet: SheetSnapshot, table: TableLocation<UnitSheetColumn>, codes: PlanCodes, unitWhere: Where): Entry[] {
  const cols = table.columns;
  const codeCol = cols.code ?? 0;
  const name = sheet.name;
  const entries = new Map<string, Entry>();
  const firstRef = new Map<string, CellRef>();
  const groupValues: GroupValue[] = [];
  let lastRow = table.headerRow;
  let seenData = false;
  const src = (r: number, col: number | undefined): CellRef | undefined => (col === undefined ? undefined : cellRef(name, r, col));

  for (let r = table.headerRow + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    if (isBlankRow(row)) {
      if (seenData) break;
      continue;
    }
    lastRow = r;
    if (!seenData && isNumberingRow(row)) continue;
    seenData = true;
    const written = readCriterionCode(row[codeCol]);
    if (written === undefined) continue; // headings, totals, notes: not criteria
    const codeRef = cellRef(name, r, codeCol);
    const criterion = codes.find(written);
    if (!criterion) {
      // «I», «A» above a plan numbered 1, 1.1 are headings; a code numbered like the plan's is a mistake.
      if (codes.looksLikePlanCode(written)) {
        report(ctx, 'CRITERION_UNKNOWN', { sheet: name, code: written, reason: 'notInPlan' }, codeRef, { unitCode: unitWhere.unitCode, criterionCode: written });
      }
      continue;
    }
    // Results carry the plan's spelling of the code, so «1.1» here and «01.1» in the plan are one criterion.
    const code = criterion.code;
    const where: Where = { unitCode: unitWhere.unitCode, criterionCode: code };
    if (codes.isGroup(criterion)) {
      for (const field of scoreFields) {
        const value = peekNumber(valueAt(row, cols[field]));
        const cell = src(r, cols[field]);
        if (cell && value !== undefined) groupValues.push({ code, field, value, cell });
      }
      continue;
    }
    const first = firstRef.get(code);
    if (first) {
      report(ctx, 'CRITERION_DUPLICATE_ROW', { sheet: name, code, first: first.address }, codeRef, where);
      continue;
    }
    firstRef.set(code, codeRef);
    const at = (column: number | undefined) => (column === undefined ? undefined : { value: valueAt(row, column), ref: cellRef(name, r, column) });
    entries.set(code, readEntry(ctx, criterion, { actual: at(cols.actual), self: at(cols.self), appraised: at(cols.appraised), blockLeader: at(cols.blockLeader), note: at(cols.note), reason: at(cols.reason) }, where, sheet.numberFormats));
  }

  reportGroupValues(ctx, name, groupValues, (code, field) => fieldValue(entries.get(code), field), codes, unitWhere);
  const missing = codes.leaves.filter((c) => !entries.has(c.code)).map((c) => c.code);
  if (missing.length > 0) {
    report(ctx, 'CRITERION_NOT_IN_SHEET', { sheet: name, codes: missing.join(', '), count: missing.length }, cellRef(name, table.headerRow, codeCol), unitWhere);
  }
  const used = Object.values(cols).filter((c): c is number => c !== undefined);
  reportMergedCells(ctx, sheet, { top: table.headerRow, bottom: lastRow, left: Math.min(...used), right: Math.max(...used) }, unitWhere);
  return [...entries.values()];
}

function valueAt(row: readonly CellValue[], col: number | undefined): CellValue {
  return col === undefined ? null : (row[col] ?? null);
}

/** An entry's value for a field name (self, appraised, blockLeader, actual). */
export function fieldValue(entry: Entry | undefined, field: string): number | undefined {
  if (!entry) return undefined;
  switch (field) {
    case 'self':
      return entry.selfScore;
    case 'appraised':
      return entry.appraisedScore;
    case 'blockLeader':
      return entry.blockLeaderScore;
    case 'actual':
      return entry.actual;
    default:
      return undefined;
  }
}
