/** Shared by the host tests: the three hosts behind the port, and snapshots compared as values. */
import type ExcelJS from 'exceljs';
import { createMemoryWorkbook } from '../../src/adapters/memory/port';
import { createOfficePort } from '../../src/adapters/office/port';
import type { WorkbookPort } from '../../src/app/port';
import { createXlsxPort } from '../../src/adapters/xlsx/port';
import { cellsOf } from '../../src/adapters/office/areas';
import { isDate, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from '../../src/workbook/grid';
import { highlightMarker } from '../../src/workbook/render/highlights';
import type { Highlight } from '../../src/workbook/spec';
import { createFakeExcel, highlightsIn, supportsUpTo, type FakeExcel, type FakeOptions } from '../fake-excel';

export interface HostUnderTest {
  readonly name: 'memory' | 'xlsx' | 'office';
  readonly port: WorkbookPort;
  /** The add-in's highlights now in the workbook, one per cell, sorted. */
  highlights(): string[];
}

export const highlightKey = (h: Highlight): string => `${h.sheet}|${h.address}|${h.kind}`;

type Conditional = { ref: string; rules: { type: string; formulae?: unknown[] }[] };
export function formatsOf(ws: ExcelJS.Worksheet): Conditional[] {
  return (ws as ExcelJS.Worksheet & { conditionalFormattings?: Conditional[] }).conditionalFormattings ?? [];
}

function xlsxHighlights(wb: ExcelJS.Workbook): string[] {
  const out: string[] = [];
  const pattern = new RegExp(`${highlightMarker}:(\\w+)`);
  for (const ws of wb.worksheets) {
    for (const cf of formatsOf(ws)) {
      const kind = cf.rules.flatMap((r) => (r.formulae ?? []).map((f) => pattern.exec(String(f))?.[1])).find((k) => k !== undefined);
      if (!kind) continue;
      for (const ref of cf.ref.split(/\s+/)) for (const a of cellsOf(ref)) out.push(`${ws.name}|${a}|${kind}`);
    }
  }
  return out.sort();
}

export function memoryHost(snapshot: WorkbookSnapshot): HostUnderTest {
  const mem = createMemoryWorkbook(snapshot);
  return { name: 'memory', port: mem.port, highlights: () => mem.highlights().map(highlightKey).sort() };
}

export function xlsxHost(wb: ExcelJS.Workbook): HostUnderTest {
  return { name: 'xlsx', port: createXlsxPort(wb), highlights: () => xlsxHighlights(wb) };
}

/** The office host on the fake; `options.level` sets the ExcelApi level both the fake and the port see. */
export function officeHost(snapshot: WorkbookSnapshot, options: FakeOptions = {}): HostUnderTest & { fake: FakeExcel } {
  const fake = createFakeExcel(snapshot, options);
  const port = createOfficePort({ run: fake.run, isSetSupported: supportsUpTo(options.level) });
  return { name: 'office', port, fake, highlights: () => highlightsIn(fake.model).map(highlightKey).sort() };
}

const excelEpoch = Date.UTC(1899, 11, 30);

/**
 * A cell as every host can give it: dates as Excel serial numbers (office.js never gives a Date),
 * "" as blank (office.js cannot tell them apart).
 */
function comparable(v: CellValue): CellValue {
  if (v === '') return null;
  if (isDate(v)) return (v.getTime() - excelEpoch) / 86_400_000;
  return v;
}

/** Rows without trailing blanks (ExcelJS lists the covered cells of a merge as blanks), trailing empty rows dropped. */
export function comparableRows(sheet: SheetSnapshot): CellValue[][] {
  const rows = sheet.rows.map((row) => {
    const out = row.map(comparable);
    while (out.length > 0 && out[out.length - 1] === null) out.pop();
    return out;
  });
  while (rows.length > 0 && rows[rows.length - 1]?.length === 0) rows.pop();
  return rows;
}

/** Number formats included: every host reads them (office.js through Range.numberFormat). */
export function comparableSheet(sheet: SheetSnapshot): { name: string; visibility: string; rows: CellValue[][]; merges: string[]; numberFormats: Readonly<Record<string, string>> } {
  return { name: sheet.name, visibility: sheet.visibility, rows: comparableRows(sheet), merges: [...sheet.merges].sort(), numberFormats: sheet.numberFormats ?? {} };
}

export function sheetNamed(snapshot: WorkbookSnapshot, name: string): SheetSnapshot {
  const sheet = snapshot.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}
