/**
 * A consolidated sheet: one row per unit, one column per criterion code. The header row has a unit
 * column (Mã đơn vị or Đơn vị) and at least two columns headed by a plan criterion code, plain ("1.1")
 * or with a suffix ("1.1 TC" / "1.1 tự chấm", "1.1 TĐ" / "1.1 thẩm định", "1.1 KQ" / "1.1 kết quả",
 * "1.1 KT" / "1.1 khối trưởng") and the reason for a change between tiers ("1.1 LD" / "1.1 lý do điều chỉnh"). A plain code holds the achieved value for criteria scored from it,
 * and the self score for criteria scored by entered points.
 */
import type { Criterion } from '../../domain/plan/schema';
import type { CellRef, Entry, UnitResult } from '../../domain/input/schema';
import type { CellValue, SheetSnapshot } from '../grid';
import { compiled, matchColumns, type ConsolidatedField, type EntryField } from '../contract';
import { foldCached } from '../../domain/text/normalize';
import { readEntry } from './entry-cells';
import { cellRef, cleanCellText, isBlank, isBlankRow, peekNumber, readCriterionCode, readText, refText, report, reportGroupValues, reportMergedCells, type GroupValue, type PlanCodes, type ReadContext, type Where } from './cells';
import { findUnit, type UnitIndex } from './register';
import { fieldValue } from './unit-sheets';

export interface CodeColumn {
  readonly col: number;
  readonly code: string;
  /** 'plain' until resolved by the criterion's method. */
  readonly field: ConsolidatedField | 'plain';
}

export interface ConsolidatedTable {
  readonly headerRow: number;
  readonly unitCode?: number;
  readonly unitName?: number;
  /** Columns headed by a plan criterion code. */
  readonly columns: readonly CodeColumn[];
  /** Columns headed by a code the plan does not have. */
  readonly unknown: readonly CodeColumn[];
}

/** A code followed at once by a suffix in letters («1.1TC»): digits and dots only, as older sheets wrote. */
const gluedSuffix = /^(\d+(?:\.\d+)*)\.?\s*(\D.*)$/;

/**
 * A column header naming a criterion: the code alone, or the code then a suffix saying which value
 * («1.1 TC», «a1 thẩm định», «1.1TĐ»). The plan's own codes are preferred when a header could be read
 * two ways («a 1» is the code «a1», not «a» with a suffix «1»).
 */
function readCodeHeader(
  value: CellValue | undefined,
  codes: PlanCodes,
): { code: string; criterion: Criterion | undefined; field: ConsolidatedField | 'plain' } | undefined {
  if (typeof value === 'number') {
    const code = readCriterionCode(value);
    return code === undefined ? undefined : { code, criterion: codes.find(code), field: 'plain' };
  }
  if (typeof value !== 'string') return undefined;
  const text = cleanCellText(value);
  const splits: { head: string; rest: string }[] = [{ head: text, rest: '' }];
  for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) splits.push({ head: text.slice(0, i), rest: text.slice(i + 1).trim() });
  const glued = gluedSuffix.exec(text);
  if (glued) splits.push({ head: glued[1] ?? '', rest: glued[2] ?? '' });
  const readings = splits.flatMap(({ head, rest }) => {
    const code = readCriterionCode(head);
    const field: ConsolidatedField | 'plain' | undefined = rest === '' ? 'plain' : compiled.suffixes.get(foldCached(rest));
    return code === undefined || field === undefined ? [] : [{ code, criterion: codes.find(code), field }];
  });
  return readings.find((r) => r.criterion !== undefined) ?? readings.find((r) => codes.looksLikePlanCode(r.code));
}

/** A consolidated header row: a unit column and at least two plan criterion columns. */
export function matchConsolidatedHeader(
  raw: readonly CellValue[],
  folded: readonly string[],
  row: number,
  codes: PlanCodes,
): ConsolidatedTable | undefined {
  const columns: CodeColumn[] = [];
  const unknown: CodeColumn[] = [];
  raw.forEach((value, col) => {
    const header = readCodeHeader(value, codes);
    if (!header) return;
    // Known columns carry the plan's spelling of the code; unknown ones keep the header's.
    if (header.criterion) columns.push({ col, code: header.criterion.code, field: header.field });
    else unknown.push({ col, code: header.code, field: header.field });
  });
  if (columns.length < 2) return undefined;
  const unit = matchColumns(folded, compiled.consolidatedUnit);
  if (unit.code === undefined && unit.name === undefined) return undefined;
  return { headerRow: row, unitCode: unit.code, unitName: unit.name, columns, unknown };
}

export interface ConsolidatedInput {
  readonly sheet: SheetSnapshot;
  readonly table: ConsolidatedTable;
}

/** One leaf criterion's columns in a sheet. */
interface Slot {
  readonly criterion: Criterion;
  readonly cols: Partial<Record<ConsolidatedField, number>>;
}

const plainField = (criterion: Criterion): EntryField => (criterion.method === 'points' ? 'self' : 'actual');
const groupFields: readonly EntryField[] = ['self', 'appraised', 'blockLeader'];

/**
 * Reads consolidated sheets. A unit already read (from its own sheet or an earlier row) keeps its
 * first results: `claimed` maps unit codes to where they came from and is extended here.
 */
export function parseConsolidated(
  ctx: ReadContext,
  inputs: readonly ConsolidatedInput[],
  units: UnitIndex,
  codes: PlanCodes,
  claimed: Map<string, string>,
): { results: UnitResult[]; usedSheets: string[] } {
  const results: UnitResult[] = [];
  const usedSheets: string[] = [];
  for (const { sheet, table } of inputs) {
    const read = readSheet(ctx, sheet, table, units, codes, claimed);
    if (read.length > 0) usedSheets.push(sheet.name);
    results.push(...read);
  }
  return { results, usedSheets };
}

function readSheet(ctx: ReadContext, sheet: SheetSnapshot, table: ConsolidatedTable, units: UnitIndex, codes: PlanCodes, claimed: Map<string, string>): UnitResult[] {
  const name = sheet.name;
  const headerRef = (col: number): CellRef => cellRef(name, table.headerRow, col);
  for (const c of table.unknown) {
    report(ctx, 'CRITERION_UNKNOWN', { sheet: name, code: c.code, reason: 'notInPlan' }, headerRef(c.col), { criterionCode: c.code });
  }
  const slots = new Map<string, Slot>();
  const groups = new Map<string, Partial<Record<ConsolidatedField, number>>>();
  for (const c of table.columns) {
    const criterion = codes.find(c.code);
    if (!criterion) continue;
    const isGroup = codes.isGroup(criterion);
    const field = c.field === 'plain' ? (isGroup ? 'self' : plainField(criterion)) : c.field;
    const cols = isGroup ? (groups.get(c.code) ?? {}) : (slots.get(c.code)?.cols ?? {});
    const first = cols[field];
    if (first !== undefined) {
      report(ctx, 'CRITERION_DUPLICATE_ROW', { sheet: name, code: c.code, first: headerRef(first).address }, headerRef(c.col), { criterionCode: c.code });
      continue;
    }
    cols[field] = c.col;
    if (isGroup) groups.set(c.code, cols);
    else slots.set(c.code, { criterion, cols });
  }
  const missing = codes.leaves.filter((c) => !slots.has(c.code)).map((c) => c.code);
  const unitCol = table.unitCode ?? table.unitName ?? 0;
  if (missing.length > 0) report(ctx, 'CRITERION_NOT_IN_SHEET', { sheet: name, codes: missing.join(', '), count: missing.length }, headerRef(unitCol));

  const valueCols = table.columns.map((c) => c.col);
  const results: UnitResult[] = [];
  let lastRow = table.headerRow;
  for (let r = table.headerRow + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    if (isBlankRow(row)) continue;
    lastRow = r;
    const unitCell = unitCellOf(ctx, row, r, name, table);
    if (!unitCell) continue; // headings and totals have no unit
    const hasValues = valueCols.some((c) => !isBlank(row[c]));
    const unit = findUnit(ctx, units, unitCell.text);
    if (!unit) {
      if (hasValues) report(ctx, 'UNIT_UNKNOWN', { sheet: name, value: unitCell.text }, unitCell.ref);
      continue;
    }
    const where = { unitCode: unit.code };
    const earlier = claimed.get(unit.code);
    if (earlier !== undefined) {
      report(ctx, 'UNIT_DUPLICATE', { unit: unit.name, kept: earlier, dropped: refText(unitCell.ref) }, unitCell.ref, where);
      continue;
    }
    claimed.set(unit.code, refText(unitCell.ref));
    const entries = new Map<string, Entry>();
    for (const [code, slot] of slots) {
      const w: Where = { unitCode: unit.code, criterionCode: code };
      const at = (field: ConsolidatedField) => {
        const col = slot.cols[field];
        return col === undefined ? undefined : { value: row[col] ?? null, ref: cellRef(name, r, col) };
      };
      entries.set(code, readEntry(ctx, slot.criterion, { actual: at('actual'), self: at('self'), appraised: at('appraised'), blockLeader: at('blockLeader'), reason: at('reason') }, w, sheet.numberFormats));
    }
    const groupValues: GroupValue[] = [];
    for (const [code, cols] of groups) {
      for (const field of groupFields) {
        const col = cols[field];
        const value = col === undefined ? undefined : peekNumber(row[col]);
        if (col !== undefined && value !== undefined) groupValues.push({ code, field, value, cell: cellRef(name, r, col) });
      }
    }
    reportGroupValues(ctx, name, groupValues, (code, field) => fieldValue(entries.get(code), field), codes, where);
    results.push({ unitCode: unit.code, entries: [...entries.values()], sheet: name });
  }
  const used = [unitCol, ...valueCols];
  reportMergedCells(ctx, sheet, { top: table.headerRow, bottom: lastRow, left: Math.min(...used), right: Math.max(...used) });
  return results;
}

/** The unit a row is for: its code cell, else its name cell. */
function unitCellOf(ctx: ReadContext, row: readonly CellValue[], r: number, sheet: string, table: ConsolidatedTable): { text: string; ref: CellRef } | undefined {
  for (const col of [table.unitCode, table.unitName]) {
    if (col === undefined || isBlank(row[col])) continue;
    const ref = cellRef(sheet, r, col);
    const text = readText(ctx, row[col] ?? null, ref);
    if (text !== '') return { text, ref };
  }
  return undefined;
}
