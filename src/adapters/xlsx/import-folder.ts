/**
 * Importing a folder of filled unit workbooks into a master workbook on disk (Node only: the command
 * line). Reads every .xlsx of the folder, lets src/workbook/import decide, and writes the master with
 * the consolidated sheet, the import log and a copy of each unit's sheet to a new file. The master itself is never written.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { ImportPlan } from '../../workbook/import/plan-import';
import { importReturnedFiles, noAnswers, type ImportAnswers, type ReturnedFile } from '../../app/import';
import { FileError, writeAtomically } from './file';
import { readReturnedFile } from './incoming';
import { createXlsxPort, loadWorkbook, saveWorkbook } from './port';

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
  let wb;
  try {
    wb = await loadWorkbook(await readFile(master));
  } catch (e) {
    throw new FileError('notXlsx', master, e instanceof Error ? e.message : String(e));
  }
  let names: string[];
  try {
    names = await listWorkbooks(folder);
  } catch (e) {
    throw new FileError('notFound', folder, e instanceof Error ? e.message : String(e));
  }
  const files: ReturnedFile[] = [];
  for (const name of names) files.push(await readReturnedFile(name, await readFile(join(folder, name))));
  // The units' sheets come in as values: ExcelJS cannot move a sheet between workbooks with its formats.
  const { plan } = await importReturnedFiles(createXlsxPort(wb), files, options.answers ?? noAnswers, options.now);
  if (plan.status === 'ready') {
    try {
      await writeAtomically(output, await saveWorkbook(wb));
    } catch (e) {
      throw new FileError('cannotWrite', output, e instanceof Error ? e.message : String(e));
    }
  }
  return { plan, files: files.length };
}
