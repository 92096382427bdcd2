/** Feedback packets as .xlsx bytes, one by one or all in a .zip: ExcelJS and JSZip only, so the task pane can use it. */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { FeedbackPacket } from '../../workbook/feedback/render';
import { saveWorkbook } from './port';
import { applyWritePlan } from './write';

/** The document properties say who made it and for whom; nothing else (no template, no company). */
export async function packetToBuffer(packet: FeedbackPacket, options: { readonly now: Date; readonly creator: string }): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.created = options.now;
  wb.modified = options.now;
  wb.creator = options.creator;
  wb.lastModifiedBy = options.creator;
  wb.title = packet.title;
  applyWritePlan(wb, { sheets: packet.sheets });
  // Entry dates are the caller's time (ExcelJS stamps them with the clock): the same run gives the same bytes.
  const zip = await JSZip.loadAsync(await saveWorkbook(wb));
  zip.forEach((_path, entry) => {
    entry.date = options.now;
  });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Every packet in one .zip: the officer's download, to send each unit its own file. */
export async function feedbackZip(packets: readonly FeedbackPacket[], options: { readonly now: Date; readonly creator: string }): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const p of packets) zip.file(p.fileName, await packetToBuffer(p, options), { date: options.now });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** The issuing office made the packets: the only name in the document properties besides the unit's own. */
export function packetCreator(issuer: string | undefined): string {
  return issuer?.trim() || 'Thi đua';
}
