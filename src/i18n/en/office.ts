/** Messages of the Excel host (office.js), English. */
import type { Widen } from '../types';
import type { office as vi } from '../vi/office';

type P = Readonly<Record<string, string | number>>;

export const office: Widen<typeof vi> = {
  missingSets: (p: P) =>
    `This version of Excel does not support ${p.sets}, so the add-in cannot run. Please update Office (Microsoft 365, Excel 2019 or later, or Excel on the web).`,
  noOffice: 'Excel was not found (office.js is not ready): open the add-in from inside Excel.',
  payloadLimit: 'Excel on the web limits each request to 5 MB; the add-in splits its requests but one was still refused. Delete unused empty rows and columns, then try again.',
  writeInterrupted: (p: P) =>
    `Writing the results was interrupted (${p.reason}). The workbook is as it was before this write (the half-written sheets were deleted; the earlier result sheets and the log are still there). Please write again.`,
  writeInterruptedDirty: (p: P) =>
    `Writing the results was interrupted (${p.reason}) and the workbook could not be fully restored: ${p.sheets}. Check these sheets (and delete any «ThiDua đang ghi …» sheet left), then write again.`,
  stagingSheet: 'ThiDua đang ghi',
  asideSheet: 'ThiDua bản cũ',
  sheetMissing: (p: P) => `Sheet “${p.sheet}” was not found.`,
};
