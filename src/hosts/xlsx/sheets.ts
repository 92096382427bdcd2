/** A new .xlsx made of given sheets only (unit templates): no source workbook involved. */
import ExcelJS from 'exceljs';
import type { SheetSpec } from '../../workbook/spec';
import { saveWorkbook } from './port';
import { applyWritePlan } from './write';

export async function writeSheetsToBuffer(sheets: readonly SheetSpec[], options: { readonly now: Date }): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  // The document's dates are the caller's time, not the clock: the same input gives the same file properties.
  wb.created = options.now;
  wb.modified = options.now;
  applyWritePlan(wb, { sheets });
  return saveWorkbook(wb);
}
