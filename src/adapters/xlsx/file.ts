/** Scoring a .xlsx file on disk into a new file (Node only: the command line and benchmarks). */
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { RunResult } from '../../workbook/run';
import { scoreWorkbook } from '../../app/score';
import { InputFileError, loadInputWorkbook } from './input-file';
import { createXlsxPort, saveWorkbook } from './port';

export type FileStep = 'read' | 'score' | 'write';

export class FileError extends Error {
  constructor(
    readonly reason: 'notFound' | 'notXlsx' | 'sameFile' | 'cannotWrite',
    readonly file: string,
    readonly detail: string,
  ) {
    super(`${reason}: ${file}: ${detail}`);
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
  // What the file is, checked before the reader: another format or a damaged file is said as such.
  const wb = await loadInputWorkbook(input, { macros: true });
  const read = clock() - t0;
  options.onStep?.('score', read);
  t0 = clock();
  const port = createXlsxPort(wb);
  const result = await scoreWorkbook(port, options.user === undefined ? { now: options.now } : { now: options.now, user: options.user });
  const score = clock() - t0;
  options.onStep?.('write', score);
  t0 = clock();
  let bytes: Uint8Array;
  try {
    bytes = await saveWorkbook(wb);
  } catch {
    // The reader took in something it cannot write back: the input's problem, never the output's.
    throw new InputFileError(input, 'damaged');
  }
  try {
    await writeAtomically(output, bytes);
  } catch (e) {
    throw new FileError('cannotWrite', output, e instanceof Error ? e.message : String(e));
  }
  const write = clock() - t0;
  return { result, sheetCount: wb.worksheets.length, timings: { read, score, write } };
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
