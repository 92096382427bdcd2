/** A new .xlsx made of given sheets only (unit templates): no source workbook involved. */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { SheetSpec } from '../../workbook/spec';
import { saveWorkbook } from './port';
import { applyWritePlan } from './write';

/**
 * The same sheets and time give the same bytes: the document's dates and every zip entry's date are
 * the caller's time (ExcelJS stamps entries with the clock, so the archive is rewritten with fixed dates).
 */
export async function writeSheetsToBuffer(sheets: readonly SheetSpec[], options: { readonly now: Date }): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.created = options.now;
  wb.modified = options.now;
  applyWritePlan(wb, { sheets });
  const zip = await JSZip.loadAsync(await saveWorkbook(wb));
  zip.forEach((_path, entry) => {
    entry.date = options.now;
  });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
