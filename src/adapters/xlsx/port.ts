/** The ExcelJS host: a workbook in memory behind the port; files are read and written by the caller. */
import ExcelJS from 'exceljs';
import { sheetNameKey } from '../../workbook/sheet-name';
import { office as messages } from '../../i18n/vi/office';
import type { WritePlan } from '../../workbook/spec';
import { plainError, reasonOf } from '../../app/plain-error';
import type { WorkbookPort } from '../../app/port';
import { snapshotWorkbook } from './read';
import { applyWritePlan, clearHighlightsIn } from './write';

/**
 * A write that throws part-way (an ExcelJS error) leaves no half-written owned sheet: every sheet
 * named in the plan is removed, as the office host does, so the workbook in memory can be scored
 * again or saved without a torn sheet. Input sheets are never touched by a write.
 */
function applyWhole(wb: ExcelJS.Workbook, plan: WritePlan): void {
  try {
    applyWritePlan(wb, plan);
  } catch (error) {
    const keys = new Set(plan.sheets.map((s) => sheetNameKey(s.name)));
    for (const ws of wb.worksheets.filter((w) => keys.has(sheetNameKey(w.name)))) wb.removeWorksheet(ws.id);
    throw plainError(messages.writeInterrupted({ reason: reasonOf(error) }), error);
  }
}

export function createXlsxPort(wb: ExcelJS.Workbook): WorkbookPort {
  return {
    readSnapshot: async () => snapshotWorkbook(wb),
    apply: async (plan) => applyWhole(wb, plan),
    clearHighlights: async () => {
      clearHighlightsIn(wb);
    },
  };
}

export async function loadWorkbook(data: ArrayBuffer | Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as ArrayBuffer);
  return wb;
}

export { openBook, createBookPort, saveBook, type Book } from './package/book';

export async function saveWorkbook(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  const out = await wb.xlsx.writeBuffer();
  return new Uint8Array(out as ArrayBuffer);
}
