/**
 * Bytes to a workbook, for any host (the task pane too: nothing here touches the file system): the
 * content is recognised first, so a file that is not an .xlsx is refused with what it is instead.
 */
import type ExcelJS from 'exceljs';
import { detectFileKind, type FileKind } from '../../workbook/import/file-kind';
import { loadWorkbook } from './port';

/** Why a file is not read as a workbook: what it is, or that the reader found it damaged or empty of sheets. */
export type FileProblem = Exclude<FileKind, 'xlsx'> | 'damaged' | 'noSheets' | 'notFound' | 'notRegular' | 'notFolder';

/**
 * An input file that cannot be read as a workbook: missing, or what it is instead. The message is
 * chosen by the caller, in its language, from `problem` — never the reader's own error text.
 */
export class InputFileError extends Error {
  constructor(
    readonly file: string,
    readonly problem: FileProblem,
  ) {
    super(`${problem}: ${file}`);
  }
}

/** The workbook in `data` (the file `file`), or an InputFileError saying what the file is instead. */
export async function workbookOf(file: string, data: Uint8Array, options: { readonly macros: boolean }): Promise<ExcelJS.Workbook> {
  const kind = detectFileKind(data);
  if (kind !== 'xlsx' && !(kind === 'macroWorkbook' && options.macros)) throw new InputFileError(file, kind);
  let wb: ExcelJS.Workbook;
  try {
    wb = await loadWorkbook(data);
  } catch {
    throw new InputFileError(file, 'damaged');
  }
  if (wb.worksheets.length === 0) throw new InputFileError(file, 'noSheets');
  return wb;
}
