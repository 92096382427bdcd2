/** Unit templates as one .zip of .xlsx files: the task pane's download (thirty files in one click). */
import JSZip from 'jszip';
import type { UnitTemplate } from '../../workbook/template/render';
import { writeSheetsToBuffer } from './sheets';

export async function templatesZip(templates: readonly UnitTemplate[], options: { readonly now: Date }): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const t of templates) {
    // Entry dates are the caller's time, so the same workbook gives the same archive.
    zip.file(t.fileName, await writeSheetsToBuffer(t.sheets, options), { date: options.now });
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
