/** Ballots into a new .xlsx (Node only: the command line): the input workbook plus the ballots and the tally. */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { makeBallots, type BallotsResult } from '../../app/ballots';
import { FileError, writeAtomically } from './file';
import { createXlsxPort, loadWorkbook, saveWorkbook } from './port';

export async function writeBallotsFile(input: string, output: string, options: { readonly now: Date }): Promise<BallotsResult> {
  if (resolve(input) === resolve(output)) throw new FileError('sameFile', output, '');
  let data: Buffer;
  try {
    data = await readFile(input);
  } catch (e) {
    throw new FileError('notFound', input, e instanceof Error ? e.message : String(e));
  }
  let wb;
  try {
    wb = await loadWorkbook(data);
  } catch (e) {
    throw new FileError('notXlsx', input, e instanceof Error ? e.message : String(e));
  }
  const made = await makeBallots(createXlsxPort(wb), options);
  if (made.sheets.length === 0) return made;
  try {
    await writeAtomically(output, await saveWorkbook(wb));
  } catch (e) {
    throw new FileError('cannotWrite', output, e instanceof Error ? e.message : String(e));
  }
  return made;
}
