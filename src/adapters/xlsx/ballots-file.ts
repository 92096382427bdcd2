/**
 * Ballots into a new .xlsx (Node only: the command line): the input workbook plus the ballots and the
 * tally, through the lossless package writer like `score` — chart sheets, pictures, external links and
 * macros of the input are carried over, not dropped as an ExcelJS round trip would.
 */
import { resolve } from 'node:path';
import { makeBallots, type BallotsResult } from '../../app/ballots';
import { FileError, readWorkbookFile, refuseMacroLoss, writeAtomically } from './file';
import { createBookPort, saveBook } from './package/book';

export async function writeBallotsFile(input: string, output: string, options: { readonly now: Date }): Promise<BallotsResult> {
  if (resolve(input) === resolve(output)) throw new FileError('sameFile', output, '');
  const book = await readWorkbookFile(input);
  refuseMacroLoss(book, output);
  const made = await makeBallots(createBookPort(book), options);
  if (made.sheets.length === 0) return made;
  try {
    await writeAtomically(output, await saveBook(book));
  } catch (e) {
    throw new FileError('cannotWrite', output, e instanceof Error ? e.message : String(e));
  }
  return made;
}
