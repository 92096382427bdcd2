/** Unit templates from a .xlsx on disk into a folder, one file per unit (Node only: the command line and benchmarks). */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeTemplates, type TemplatesResult } from '../../app/templates';
import { FileError, readWorkbookFile } from './file';
import { createBookPort } from './package/book';
import { writeSheetsToBuffer } from './sheets';

export interface TemplatesFileResult extends TemplatesResult {
  /** Full paths written, in register order. */
  readonly files: readonly string[];
}

export async function writeTemplatesToFolder(
  input: string,
  folder: string,
  options: { readonly now: Date; readonly period?: string },
): Promise<TemplatesFileResult> {
  const book = await readWorkbookFile(input);
  const made = await makeTemplates(createBookPort(book), options.period === undefined ? {} : { period: options.period });
  const files: string[] = [];
  try {
    await mkdir(folder, { recursive: true });
    for (const template of made.templates) {
      const path = join(folder, template.fileName);
      await writeFile(path, await writeSheetsToBuffer(template.sheets, { now: options.now }));
      files.push(path);
    }
  } catch (e) {
    throw new FileError('cannotWrite', folder, e instanceof Error ? e.message : String(e));
  }
  return { ...made, files };
}
