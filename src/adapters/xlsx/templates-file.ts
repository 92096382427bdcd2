/** Unit templates from a .xlsx on disk into a folder, one file per unit (Node only: the command line and benchmarks). */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { makeTemplates, type TemplatesResult } from '../../app/templates';
import { FileError } from './file';
import { loadInputWorkbook } from './input-file';
import { createXlsxPort } from './port';
import { writeSheetsToBuffer } from './sheets';

export interface TemplatesFileResult extends TemplatesResult {
  /** Full paths written, in register order. */
  readonly files: readonly string[];
  /**
   * Files that were already in the folder — forms units may have filled and sent back — are never
   * overwritten: the new template went under another name, listed here (file names, not paths).
   */
  readonly renamed: readonly { readonly wanted: string; readonly written: string }[];
}

/** "name.xlsx", then "name (2).xlsx", "name (3).xlsx" …: the candidates for one template's file. */
function candidate(fileName: string, i: number): string {
  if (i === 1) return fileName;
  const dot = fileName.toLowerCase().endsWith('.xlsx') ? fileName.length - 5 : fileName.length;
  return `${fileName.slice(0, dot)} (${i})${fileName.slice(dot)}`;
}

function isCode(e: unknown, code: string): boolean {
  return typeof e === 'object' && e !== null && 'code' in e && e.code === code;
}

/**
 * Writes `data` under the first free name: the file is created exclusively (the system refuses an
 * existing name, with the file system's own rule for case), so nothing already there can be replaced,
 * even by a file that appears while we write. A write that fails part-way removes only what it created.
 */
export async function writeNewFile(folder: string, fileName: string, data: Uint8Array): Promise<string> {
  for (let i = 1; ; i++) {
    const path = join(folder, candidate(fileName, i));
    try {
      await writeFile(path, data, { flag: 'wx' });
      return path;
    } catch (e) {
      if (isCode(e, 'EEXIST')) continue;
      // 'wx' refuses any existing name first, so the path is ours (or nothing) here.
      await rm(path, { force: true }).catch(() => undefined);
      throw e;
    }
  }
}

export async function writeTemplatesToFolder(
  input: string,
  folder: string,
  options: { readonly now: Date; readonly period?: string },
): Promise<TemplatesFileResult> {
  const wb = await loadInputWorkbook(input, { macros: true });
  const made = await makeTemplates(createXlsxPort(wb), options.period === undefined ? {} : { period: options.period });
  const files: string[] = [];
  const renamed: { wanted: string; written: string }[] = [];
  try {
    await mkdir(folder, { recursive: true });
    for (const template of made.templates) {
      const path = await writeNewFile(folder, template.fileName, await writeSheetsToBuffer(template.sheets, { now: options.now }));
      files.push(path);
      if (basename(path) !== template.fileName) renamed.push({ wanted: template.fileName, written: basename(path) });
    }
  } catch (e) {
    throw new FileError('cannotWrite', folder, e instanceof Error ? e.message : String(e));
  }
  return { ...made, files, renamed };
}
