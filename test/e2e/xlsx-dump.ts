/** Test helpers: read an .xlsx back and dump sheets as reviewable text. */
import ExcelJS from 'exceljs';
import { snapshotSheet } from '../../src/adapters/xlsx/read';
import { cellText } from '../../src/workbook/grid';

export async function reload(data: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  return wb;
}

/** One line per row, cells separated by tabs, trailing blanks dropped: a golden file a person can review. */
export function dumpSheet(ws: ExcelJS.Worksheet): string {
  return snapshotSheet(ws)
    .rows.map((row) => {
      const cells = row.map((c) => cellText(c).replace(/\t/g, '\\t').replace(/\n/g, '\\n'));
      while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
      return cells.join('\t');
    })
    .join('\n')
    .concat('\n');
}

/** Values of every sheet except the named ones, for "input unchanged" checks. */
export function valuesExcept(wb: ExcelJS.Workbook, except: ReadonlySet<string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const ws of wb.worksheets) if (!except.has(ws.name)) out[ws.name] = JSON.stringify(snapshotSheet(ws).rows);
  return out;
}
