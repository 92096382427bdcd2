/** Fills a unit template's visible sheet as a unit would type it: by criterion code, into the input columns. */
import type ExcelJS from 'exceljs';
import { vi } from '../../src/i18n/vi';
import type { Entry } from '../../src/domain/input/schema';
import { foldKey } from '../../src/domain/text/normalize';

const columns = vi.inputSheets.unitSheet.columns;

/** Writes each entry's actual, self and appraised values; `note`, when given, goes in the first row's note cell. */
export function fillTemplate(ws: ExcelJS.Worksheet, entries: readonly Entry[], note?: string): void {
  let header = 0;
  const col: Record<string, number> = {};
  ws.eachRow((row, n) => {
    if (header) return;
    row.eachCell((cell, c) => {
      if (typeof cell.value === 'string' && foldKey(cell.value) === foldKey(columns.code)) header = n;
      if (typeof cell.value === 'string') col[foldKey(cell.value)] = c;
    });
  });
  const at = (label: string): number => col[foldKey(label)] ?? 0;
  const byCode = new Map(entries.map((e) => [e.criterionCode, e]));
  for (let r = header + 1; r <= ws.rowCount; r++) {
    const code = ws.getRow(r).getCell(at(columns.code)).value;
    const entry = typeof code === 'string' ? byCode.get(code) : undefined;
    if (!entry) continue;
    const put = (label: string, v: number | undefined): void => {
      if (v !== undefined) ws.getRow(r).getCell(at(label)).value = v;
    };
    put(columns.actual, entry.actual);
    put(columns.self, entry.selfScore);
    put(columns.appraised, entry.appraisedScore);
    if (note !== undefined) {
      ws.getRow(r).getCell(at(columns.note)).value = note;
      note = undefined;
    }
  }
}
