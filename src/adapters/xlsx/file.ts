/** Scoring a .xlsx file on disk into a new file (Node only: the command line and benchmarks). */
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { RunResult } from '../../workbook/run';
import { scoreWorkbook } from '../../app/score';
import type { Dictionary } from '../../i18n';
import { createBookPort, openBook, saveBook, type Book } from './package/book';
import { detectFileKind } from '../../workbook/import/file-kind';
import { InputFileError, NotRegularFileError, readRegularFile } from './input-file';
import { PackageLimit } from './package/opc';
import { defaultLimits, type ReadLimits } from './package/reader';

export type FileStep = 'read' | 'score' | 'write';

/**
 * A sentence of the package messages (a reading limit, a refused output name), kept as its key and
 * values so that the caller says it in its own language (the command line's --lang).
 */
export interface PackageSaying {
  readonly key: keyof Dictionary['packageText'];
  readonly params: Readonly<Record<string, string | number>>;
}

/** The sentence in the asked dictionary. */
export function sayPackage(saying: PackageSaying, t: Dictionary): string {
  return t.packageText[saying.key](saying.params);
}

export class FileError extends Error {
  constructor(
    readonly reason: 'notFound' | 'notXlsx' | 'sameFile' | 'cannotWrite',
    readonly file: string,
    readonly detail: string,
    /** A sentence for the person (a reading limit, a refused output name), said by the caller in its language (sayPackage). */
    readonly says?: PackageSaying,
  ) {
    super(`${reason}: ${file}: ${detail}`);
  }
}

const mb = (bytes: number): number => Math.round(bytes / 1024 / 1024);

/**
 * Reads a workbook file: a regular file opened without blocking (a folder, a pipe or a device named
 * ….xlsx could block or fail with a system message), recognised by its content before the reader sees
 * it (an OpenDocument, Word, encrypted or old .xls file gets its own sentence naming it), and read within
 * the package limits. Macro workbooks are read (values only; macros never run) when `macros` allows it.
 */
export async function readWorkbookFile(path: string, limits: ReadLimits = defaultLimits, options: { readonly macros: boolean } = { macros: true }): Promise<Book> {
  let data: Uint8Array;
  try {
    data = await readRegularFile(path);
  } catch (e) {
    throw new InputFileError(path, e instanceof NotRegularFileError ? 'notRegular' : 'notFound');
  }
  const kind = detectFileKind(data);
  if (kind !== 'xlsx' && !(kind === 'macroWorkbook' && options.macros)) throw new InputFileError(path, kind);
  try {
    return await openBook(data, limits);
  } catch (e) {
    if (e instanceof PackageLimit) {
      const max = e.limit === 'inflated' ? mb(e.max) : e.max;
      throw new FileError('notXlsx', path, e.message, { key: e.limit, params: { file: path, max } });
    }
    throw new InputFileError(path, 'damaged');
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
  throw new FileError('cannotWrite', output, 'macro-enabled workbook', { key: 'macroName', params: { suggestion } });
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
