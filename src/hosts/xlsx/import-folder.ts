/**
 * Importing a folder of filled unit workbooks into a master workbook on disk (Node only: the command
 * line). Reads every .xlsx of the folder, lets src/workbook/import decide, and writes the master with
 * the consolidated sheet, the import log and a copy of each unit's sheet to a new file. The master itself is never written.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { planImport, type ImportPlan, type IncomingFile } from '../../workbook/import/plan-import';
import { FileError, writeAtomically } from './file';
import { createXlsxPort, loadWorkbook, saveWorkbook } from './port';
import { snapshotWorkbook } from './read';

/** The .xlsx files of a folder, by name; Excel's lock files ("~$…") and hidden files are not results. */
export async function listWorkbooks(folder: string): Promise<string[]> {
  const names = await readdir(folder);
  return names.filter((n) => n.toLowerCase().endsWith('.xlsx') && !n.startsWith('~$') && !n.startsWith('.')).sort();
}

export async function readIncoming(folder: string, name: string): Promise<IncomingFile> {
  const bytes = await readFile(join(folder, name));
  const checksum = createHash('sha256').update(bytes).digest('hex');
  try {
    return { name, checksum, snapshot: snapshotWorkbook(await loadWorkbook(bytes)) };
  } catch (e) {
    return { name, checksum, error: e instanceof Error ? e.message.split('\n')[0] ?? '' : String(e) };
  }
}

export async function importFolder(
  master: string,
  folder: string,
  output: string,
  options: { readonly now: Date; readonly replace: boolean; readonly replaceFiles?: ReadonlySet<string>; readonly unitOf?: ReadonlyMap<string, string> },
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
  const files: IncomingFile[] = [];
  for (const name of names) files.push(await readIncoming(folder, name));
  const plan = planImport(snapshotWorkbook(wb), files, {
    replace: options.replace,
    time: options.now.toISOString(),
    ...(options.replaceFiles ? { replaceFiles: options.replaceFiles } : {}),
    ...(options.unitOf ? { unitOf: options.unitOf } : {}),
  });
  if (plan.status === 'ready') {
    // The units' sheets come in as values (ExcelJS cannot move a sheet between workbooks with its formats).
    await createXlsxPort(wb).apply({ sheets: [...plan.sheets, ...plan.copies.map((c) => c.values)] });
    try {
      await writeAtomically(output, await saveWorkbook(wb));
    } catch (e) {
      throw new FileError('cannotWrite', output, e instanceof Error ? e.message : String(e));
    }
  }
  return { plan, files: files.length };
}
