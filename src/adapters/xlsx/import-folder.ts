/**
 * Importing a folder of filled unit workbooks into a master workbook on disk (Node only: the command
 * line). Reads every .xlsx of the folder, lets src/workbook/import decide, and writes the master with
 * the consolidated sheet, the import log and a copy of each unit's sheet to a new file. The master itself is never written.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { vi } from '../../i18n/vi';
import { join, resolve } from 'node:path';
import type { ImportPlan } from '../../workbook/import/plan-import';
import { importReturnedFiles, noAnswers, type ImportAnswers, type ReturnedFile } from '../../app/import';
import { FileError, readWorkbookFile, refuseMacroLoss, writeAtomically } from './file';
import { readReturnedFile } from './incoming';
import { createBookPort, saveBook } from './package/book';

/** The .xlsx files of a folder, by name; Excel's lock files ("~$…") and hidden files are not results. */
export async function listWorkbooks(folder: string): Promise<string[]> {
  const names = await readdir(folder);
  return names.filter((n) => n.toLowerCase().endsWith('.xlsx') && !n.startsWith('~$') && !n.startsWith('.')).sort();
}

export async function importFolder(
  master: string,
  folder: string,
  output: string,
  options: { readonly now: Date; readonly answers?: ImportAnswers },
): Promise<{ readonly plan: ImportPlan; readonly files: number }> {
  if (resolve(master) === resolve(output)) throw new FileError('sameFile', output, '');
  const book = await readWorkbookFile(master);
  refuseMacroLoss(book, output);
  let names: string[];
  try {
    names = await listWorkbooks(folder);
  } catch (e) {
    throw new FileError('notFound', folder, e instanceof Error ? e.message : String(e));
  }
  const files: ReturnedFile[] = [];
  for (const name of names) {
    const path = join(folder, name);
    // A pipe, a folder or a broken link named ….xlsx is never opened (reading a pipe blocks): it is a line of the log.
    const info = await stat(path).catch(() => undefined);
    if (!info?.isFile()) {
      files.push({ name, bytes: new Uint8Array(), checksum: '', error: vi.packageText.notRegular({ file: name }) });
      continue;
    }
    files.push(await readReturnedFile(name, await readFile(path)));
  }
  // The units' sheets come in as values: ExcelJS cannot move a sheet between workbooks with its formats.
  const { plan } = await importReturnedFiles(createBookPort(book), files, options.answers ?? noAnswers, options.now);
  if (plan.status === 'ready') {
    try {
      await writeAtomically(output, await saveBook(book));
    } catch (e) {
      throw new FileError('cannotWrite', output, e instanceof Error ? e.message : String(e));
    }
  }
  return { plan, files: files.length };
}
