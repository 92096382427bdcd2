/** What keeps the officer's files and sheets safe (English mirror of vi/safety.ts). */
import type { Widen } from '../types';
import type { safety as vi } from '../vi/safety';

type P = Readonly<Record<string, string | number>>;

export const safety: Widen<typeof vi> = {
  templateKept: (p: P) => `  «${p.wanted}» is already in the folder (perhaps a form a unit filled in): kept as it is, the new template was written as «${p.written}».`,
  templatesKept: (p: P) => `${p.count} files already in the folder were kept, not overwritten; the new templates for those units carry a number «(2)», «(3)» ….`,
  wouldReplace: (p: P) => `Not imported: the import would overwrite the sheet «${p.sheets}», which the add-in did not create. Rename that sheet, then import again, so nothing is lost.`,
  writeReasons: {
    EACCES: 'no permission to write there',
    EPERM: 'no permission to write there',
    ENOSPC: 'the disk is full',
    EROFS: 'the disk is read-only',
    EBUSY: 'the file is open in another program (Excel?): close it and run again',
    ENOENT: 'the folder does not exist',
    ENOTDIR: 'part of the path is not a folder',
    EISDIR: 'it is a folder',
    EEXIST: 'a file has the name of a folder that must be made',
    ENAMETOOLONG: 'the path is too long',
    other: 'the system refused the write',
  },
  kinds: {
    notFolder: (p: P) => `«${p.file}» is not a folder: name the folder that holds the files the units sent back.`,
    notFound: (p: P) => `The file «${p.file}» was not found: check the path and the name.`,
    notRegular: (p: P) => `«${p.file}» is not a regular file (a folder, a pipe or a device): not opened.`,
    ods: (p: P) => `The file «${p.file}» is an OpenDocument spreadsheet (.ods, LibreOffice/OpenOffice), not an Excel .xlsx file. Open it in LibreOffice or Excel, «Save as» type «Excel 2007-365 (.xlsx)», and use the new file.`,
    openDocument: (p: P) => `The file «${p.file}» is an OpenDocument text or presentation, not an Excel workbook: an .xlsx file is needed instead.`,
    word: (p: P) => `The file «${p.file}» is a Word document, not an Excel workbook: an .xlsx file (the Excel form) is needed instead.`,
    powerPoint: (p: P) => `The file «${p.file}» is a PowerPoint presentation, not an Excel workbook: an .xlsx file is needed instead.`,
    macroWorkbook: (p: P) => `The file «${p.file}» is a macro-enabled workbook (.xlsm). For safety, files with macros are not imported: open it in Excel, «Save as» type «Excel Workbook (.xlsx)», and use the new file.`,
    encrypted: (p: P) => `The file «${p.file}» has a password to open (it is encrypted) and cannot be read. Open it in Excel, remove the password (File → Info → Protect Workbook → Encrypt with Password, clear it), save, and use that file.`,
    xls: (p: P) => `The file «${p.file}» is an Excel 97–2003 workbook (.xls), an old format that is not read. Open it in Excel, «Save as» type «Excel Workbook (.xlsx)», and use the new file.`,
    oldOffice: (p: P) => `The file «${p.file}» is an old-format Office document (Word or PowerPoint 97–2003), not an .xlsx workbook: an .xlsx file is needed instead.`,
    zip: (p: P) => `The file «${p.file}» is a zip archive with no Excel workbook in it: unzip it and use the .xlsx inside.`,
    empty: (p: P) => `The file «${p.file}» is empty (0 bytes): it may not have been saved fully or was damaged in sending; ask for it again.`,
    text: (p: P) => `The file «${p.file}» is a text file (CSV, HTML or XML), not an .xlsx workbook: open it in Excel, «Save as» type «Excel Workbook (.xlsx)», and use the new file.`,
    unknown: (p: P) => `The file «${p.file}» is not an Excel workbook (.xlsx): its content is not in that format. If it was damaged in sending, ask for it again.`,
    damaged: (p: P) => `The file «${p.file}» looks like an .xlsx workbook but is damaged and cannot be read. Open it in Excel (Excel may offer to repair it), save, and use that file, or ask for it again.`,
    noSheets: (p: P) => `The file «${p.file}» has no sheet that can be read: open it in Excel to check, save it as .xlsx, and use that file.`,
  },
  entries: {
    folder: (p: P) => `«${p.file}» is a sub-folder: not read (only files directly in the chosen folder are). Copy any file to import out into the chosen folder.`,
    brokenLink: (p: P) => `«${p.file}» is a link (shortcut) to a file that no longer exists: nothing to read.`,
    special: (p: P) => `«${p.file}» is not a regular file (a pipe, a device or a socket): skipped, not opened.`,
    lockFile: (p: P) => `«${p.file}» is a temporary file Excel makes while someone has a workbook open: skipped.`,
    hidden: (p: P) => `«${p.file}» is a hidden or system file: skipped.`,
    otherType: (p: P) => `The file «${p.file}» is not an .xlsx workbook (it ends in «${p.extension}»): skipped.`,
    noAccess: (p: P) => `The file «${p.file}» could not be opened (no permission to read it, or it is locked): skipped; grant access or close it, then import again.`,
  },
};
