/** ExcelJS workbook → snapshot of plain grids. */
import type ExcelJS from 'exceljs';
import type { CellValue, SheetSnapshot, SheetVisibility, WorkbookSnapshot } from '../../workbook/grid';
import { decodeXString } from './package/reader';

/** Plain value of an ExcelJS cell value: formulas give their cached result, rich text its text. */
export function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  // Text as OOXML escapes it (a CR is _x000D_): ExcelJS keeps the escape, the snapshot holds the character.
  if (typeof value === 'string') return decodeXString(value);
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if ('error' in value) return { error: String(value.error) };
  if ('richText' in value) return decodeXString(value.richText.map((r) => r.text).join(''));
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: ExcelJS.CellValue }).result;
    // A formula whose result was never calculated (written by a program) has no value to read.
    return result === undefined ? null : plainValue(result);
  }
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : plainValue(value.text as ExcelJS.CellValue);
  return null;
}

/** ExcelJS keeps merges in a private map; reading `worksheet.model` would rebuild every row, so read it directly. */
function mergesOf(ws: ExcelJS.Worksheet): string[] {
  const merges = (ws as ExcelJS.Worksheet & { _merges?: Record<string, { range?: string }> })._merges ?? {};
  return Object.values(merges)
    .map((m) => m.range)
    .filter((r): r is string => typeof r === 'string')
    .sort();
}

export function snapshotSheet(ws: ExcelJS.Worksheet): SheetSnapshot {
  const rows: CellValue[][] = [];
  const numberFormats: Record<string, string> = {};
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // ExcelJS answers a merged cell with its master's value: only the top-left cell holds it,
      // otherwise a score merged across two rows would count twice.
      const value = cell.isMerged && cell.master.address !== cell.address ? null : plainValue(cell.value);
      cells[colNumber - 1] = value;
      const format = cell.numFmt;
      if (typeof value === 'number' && typeof format === 'string' && format !== '' && format !== 'General') numberFormats[cell.address] = format;
    });
    for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
    rows[rowNumber - 1] = cells;
  });
  for (let i = 0; i < rows.length; i++) if (rows[i] === undefined) rows[i] = [];
  const visibility: SheetVisibility = ws.state === 'veryHidden' ? 'veryHidden' : ws.state === 'hidden' ? 'hidden' : 'visible';
  return { name: ws.name, visibility, rows, merges: mergesOf(ws), ...(Object.keys(numberFormats).length > 0 ? { numberFormats } : {}) };
}

export function snapshotWorkbook(wb: ExcelJS.Workbook): WorkbookSnapshot {
  return { sheets: wb.worksheets.map(snapshotSheet) };
}
