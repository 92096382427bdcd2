/**
 * A file a unit sent back, read for the import: its checksum, and its sheets as a snapshot (or why it
 * could not be read, in a sentence naming the file). Used by the command line (a folder) and the task
 * pane (files picked by the officer).
 */
import { sha256Hex } from '../../app/bytes';
import type { ReturnedFile } from '../../app/import';
import { vi } from '../../i18n/vi';
import { detectFileKind } from '../../workbook/import/file-kind';
import { openBook } from './package/book';
import { InputFileError } from './workbook-bytes';

export async function readReturnedFile(name: string, bytes: Uint8Array): Promise<ReturnedFile> {
  const checksum = await sha256Hex(bytes);
  try {
    // What the file is, before the reader: a returned form with macros is refused (the unit is asked for the
    // .xlsx the template was), another format is said as what it is.
    const kind = detectFileKind(bytes);
    if (kind !== 'xlsx') throw new InputFileError(name, kind);
    return { name, bytes, checksum, snapshot: (await openBook(bytes)).snapshot };
  } catch (e) {
    const problem = e instanceof InputFileError ? e.problem : 'damaged';
    return { name, bytes, checksum, error: vi.safety.kinds[problem]({ file: name }) };
  }
}
