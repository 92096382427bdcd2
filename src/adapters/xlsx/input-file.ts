/**
 * Reading a file a person named (Node only): a regular file, checked before it is opened — a named
 * pipe or a device called "….xlsx" would block a reader for ever — and recognised by its content
 * before any workbook reader is given it, so that an OpenDocument or Word file, an encrypted
 * workbook or an old .xls gets its own sentence naming the file, never a reader's internal error.
 */
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import type ExcelJS from 'exceljs';
import { InputFileError, workbookOf } from './workbook-bytes';

/** An entry that is not a regular file (a folder, a pipe, a device): never opened for reading. */
export class NotRegularFileError extends Error {
  constructor(readonly file: string) {
    super(`not a regular file: ${file}`);
  }
}

/**
 * The bytes of a regular file. Opened without blocking (a pipe answers at once instead of waiting for
 * a writer), then checked on the open handle — the entry cannot change between the check and the read.
 */
export async function readRegularFile(path: string): Promise<Uint8Array> {
  const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    if (!(await handle.stat()).isFile()) throw new NotRegularFileError(path);
    return new Uint8Array(await handle.readFile());
  } finally {
    await handle.close();
  }
}

/**
 * The workbook of an input file: a regular file, an .xlsx by content (a macro workbook too when
 * `macros` allows it: its values are read, its macros never run), read by the reader, with at least one sheet.
 */
export async function loadInputWorkbook(path: string, options: { readonly macros: boolean }): Promise<ExcelJS.Workbook> {
  let data: Uint8Array;
  try {
    data = await readRegularFile(path);
  } catch (e) {
    throw new InputFileError(path, e instanceof NotRegularFileError ? 'notRegular' : 'notFound');
  }
  return workbookOf(path, data, options);
}


export { InputFileError, workbookOf, type FileProblem } from './workbook-bytes';
