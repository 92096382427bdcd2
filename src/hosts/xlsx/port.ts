/** The ExcelJS host: a workbook in memory behind the port; files are read and written by the caller. */
import ExcelJS from 'exceljs';
import type { WorkbookPort } from '../port';
import { snapshotWorkbook } from './read';
import { applyWritePlan, clearHighlightsIn } from './write';

export function createXlsxPort(wb: ExcelJS.Workbook): WorkbookPort {
  return {
    readSnapshot: async () => snapshotWorkbook(wb),
    apply: async (plan) => applyWritePlan(wb, plan),
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

export async function saveWorkbook(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  const out = await wb.xlsx.writeBuffer();
  return new Uint8Array(out as ArrayBuffer);
}
