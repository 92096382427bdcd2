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
  reducedIntro: 'This version of Excel is older than Microsoft 365: the add-in does everything, but more plainly in these points:',
  reduced: {
    validation: 'Forms sent to units have no drop-down lists and do not check the numbers typed (input cells are still unlocked); typing mistakes are reported when the form is imported.',
    layout: 'Result sheets get no print setup (A4, margins, repeated title rows); each write makes the result sheets anew, so your own formulas pointing at them show #REF!.',
    merges: 'Merged cells are not read (merged headings are read as plain cells), and returned forms are imported as values, without the unit\'s formatting.',
    notes: 'Cells with an error or a warning are only coloured, with no note saying what is wrong: the explanation and how to fix it are on the «Kiểm tra» sheet.',
  },
  cellEditModeRead: 'Excel is editing a cell, so the workbook cannot be read. Press Enter (or Esc) to leave the cell, then try again.',
  noDownload: (p: P) =>
    `Excel for Mac and iPad do not let add-ins download files, so «${p.file}» was not saved anywhere. Do this step in Excel on the web (office.com) or Excel for Windows, or open the workbook with the add-in's offline app (thi-dua.html).`,
  openedAsWorkbook: (p: P) => `«${p.file}» was opened as a new workbook in Excel: save it (File → Save).`,
  stagingSheet: 'ThiDua đang ghi',
  asideSheet: 'ThiDua bản cũ',
  backupSheet: 'ThiDua bản lưu',
  cellEditMode: 'Excel is editing a cell, so it accepts no writes. Press Enter (or Esc) to leave the cell, then try again. Nothing in the workbook was changed by this write.',
  readOnly: 'The workbook is open read-only, so the results cannot be written. Choose “Edit workbook” (or save a copy), then try again. Nothing in the workbook was changed by this write.',
  cellEditReason: 'Excel went into cell-editing mode and stopped accepting writes midway: press Enter (or Esc), then try again.',
  readOnlyReason: 'The workbook became read-only and stopped accepting writes midway.',
  refusedMidway: (p: P) => `${p.reason} The earlier result sheets are intact; the temporary sheets «${p.sheets}» will be deleted by the next write.`,
  changedMeanwhile: (p: P) =>
    `Someone else ran the add-in on this workbook (run of ${p.when}) after the data was read, so the results were not written over theirs. Score again to read the latest workbook.`,
  changedMeanwhileUnknown: 'a newer run',
  sheetMissing: (p: P) => `Sheet “${p.sheet}” was not found.`,
};
