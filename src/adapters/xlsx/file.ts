/** Scoring a .xlsx file on disk into a new file (Node only: the command line and benchmarks). */
import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { RunResult } from '../../workbook/run';
import { scoreWorkbook } from '../../app/score';
import { vi } from '../../i18n/vi';
import { createBookPort, openBook, saveBook, type Book } from './package/book';
import { PackageLimit } from './package/opc';
import { defaultLimits, type ReadLimits } from './package/reader';

export type FileStep = 'read' | 'score' | 'write';

export class FileError extends Error {
  constructor(
    readonly reason: 'notFound' | 'notXlsx' | 'sameFile' | 'cannotWrite',
    readonly file: string,
    readonly detail: string,
    /** A plain sentence for the person (a reading limit, an entry that is not a file); the caller prints it as it is. */
    readonly plain?: string,
  ) {
    super(`${reason}: ${file}: ${detail}`);
  }
}

const mb = (bytes: number): number => Math.round(bytes / 1024 / 1024);

/**
 * Reads a workbook file: it must be a regular file (a folder, a pipe or a device named ….xlsx could
 * block or fail with a system message), read within the package limits.
 */
export async function readWorkbookFile(path: string, limits: ReadLimits = defaultLimits): Promise<Book> {
  let data: Buffer;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new FileError('notFound', path, 'not a regular file', vi.packageText.notRegular({ file: path }));
    data = await readFile(path);
  } catch (e) {
    if (e instanceof FileError) throw e;
    throw new FileError('notFound', path, e instanceof Error ? e.message : String(e));
  }
  try {
    return await openBook(data, limits);
  } catch (e) {
    if (e instanceof PackageLimit) {
      const max = e.limit === 'inflated' ? mb(e.max) : e.max;
      throw new FileError('notXlsx', path, e.message, vi.packageText[e.limit]({ file: path, max }));
    }
    throw new FileError('notXlsx', path, e instanceof Error ? e.message : String(e));
  }
}

export interface ScoreFileResult {
  readonly result: RunResult;
  readonly sheetCount: number;
  readonly timings: Readonly<Record<FileStep, number>>;
}

/** Reads `input`, scores it and writes `output`, which must be another file: the input is never written. */
export async function scoreFile(
  input: string,
  output: string,
  options: { readonly now: Date; readonly user?: string; readonly onStep?: (step: FileStep, elapsedMs?: number) => void },
): Promise<ScoreFileResult> {
  if (resolve(input) === resolve(output)) throw new FileError('sameFile', output, '');
  const clock = (): number => performance.now();
  let t0 = clock();
  options.onStep?.('read');
  const book = await readWorkbookFile(input);
  refuseMacroLoss(book, output);
  const read = clock() - t0;
  options.onStep?.('score', read);
  t0 = clock();
  const port = createBookPort(book);
  const result = await scoreWorkbook(port, options.user === undefined ? { now: options.now } : { now: options.now, user: options.user });
  const score = clock() - t0;
  options.onStep?.('write', score);
  t0 = clock();
  try {
    await writeAtomically(output, await saveBook(book));
  } catch (e) {
    throw new FileError('cannotWrite', output, e instanceof Error ? e.message : String(e));
  }
  const write = clock() - t0;
  return { result, sheetCount: book.snapshot.sheets.length, timings: { read, score, write } };
}

/** A workbook with macros written under .xlsx is one Excel will not open: the output must be .xlsm. */
export function refuseMacroLoss(book: Book, output: string): void {
  if (!book.index.macroEnabled || output.toLowerCase().endsWith('.xlsm')) return;
  const suggestion = output.replace(/\.[^./\\]*$/, '') + '.xlsm';
  throw new FileError('cannotWrite', output, 'macro-enabled workbook', vi.packageText.macroName({ suggestion }));
}

/**
 * Writes the whole file beside the target, then renames it over the target: a failure part-way
 * (disk full, a killed process, a target that cannot be replaced) leaves either the old file or
 * none — never a truncated .xlsx that Excel would call corrupt. The temporary file is removed on failure.
 */
export async function writeAtomically(target: string, data: Uint8Array, write: (path: string, data: Uint8Array) => Promise<void> = writeFile): Promise<void> {
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}-${process.hrtime.bigint()}.tmp`);
  try {
    await write(temp, data);
    await rename(temp, target);
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
}
