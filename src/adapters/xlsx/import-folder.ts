/**
 * Importing a folder of filled unit workbooks into a master workbook on disk (Node only: the command
 * line). Every entry of the folder gets a line in the import log: the .xlsx files are read and
 * imported; a file of another format, a sub-folder, a link, a pipe … is named with why it was not
 * read, and the rest goes on. Writes the master with the consolidated sheet, the import log and a copy
 * of each unit's sheet to a new file. The master itself is never written.
 */
import { lstat, readdir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { vi } from '../../i18n/vi';
import { compareFileNames } from '../../domain/text/normalize';
import type { ImportPlan } from '../../workbook/import/plan-import';
import { importReturnedFiles, noAnswers, type ImportAnswers, type ReturnedFile } from '../../app/import';
import { FileError, readWorkbookFile, refuseMacroLoss, writeAtomically } from './file';
import { readReturnedFile } from './incoming';
import { InputFileError, NotRegularFileError, readRegularFile, type FileProblem } from './input-file';
import { createBookPort, saveBook } from './package/book';

const entries = vi.safety.entries;
const kinds = vi.safety.kinds;

/** Files of another format, by their ending: said as what they are, without opening them. */
const otherFormats: Readonly<Record<string, FileProblem>> = {
  '.xlsm': 'macroWorkbook',
  '.xltm': 'macroWorkbook',
  '.xlsb': 'unknown',
  '.xls': 'xls',
  '.ods': 'ods',
  '.odt': 'openDocument',
  '.docx': 'word',
  '.doc': 'oldOffice',
  '.pptx': 'powerPoint',
  '.csv': 'text',
  '.txt': 'text',
  '.zip': 'zip',
};

/** Files an operating system or a program leaves in any folder: not results. */
const systemFiles = new Set(['thumbs.db', 'desktop.ini']);

/** What one entry of the folder is: a workbook to read, or why it is not read (a sentence naming it). */
export type FolderEntry = { readonly name: string; readonly path: string } & ({ readonly read: true } | { readonly read: false; readonly reason: string });

function isCode(e: unknown, ...codes: string[]): boolean {
  return typeof e === 'object' && e !== null && 'code' in e && codes.includes(String(e.code));
}

/** Sorts out one entry by its name and what the file system says it is; nothing is opened. */
async function classify(folder: string, name: string): Promise<FolderEntry> {
  const path = join(folder, name);
  const skip = (reason: string): FolderEntry => ({ name, path, read: false, reason });
  if (name.startsWith('~$')) return skip(entries.lockFile({ file: name }));
  if (name.startsWith('.') || systemFiles.has(name.toLowerCase())) return skip(entries.hidden({ file: name }));
  let info;
  try {
    info = await lstat(path);
    // A link is followed to what it points at; a link to nothing is said as such.
    if (info.isSymbolicLink()) info = await stat(path);
  } catch (e) {
    if (isCode(e, 'ENOENT', 'ELOOP', 'ENOTDIR')) return skip(entries.brokenLink({ file: name }));
    return skip(entries.noAccess({ file: name }));
  }
  if (info.isDirectory()) return skip(entries.folder({ file: name }));
  if (!info.isFile()) return skip(entries.special({ file: name }));
  const extension = extname(name).toLowerCase();
  if (extension === '.xlsx') return { name, path, read: true };
  const known = otherFormats[extension];
  if (known) return skip(kinds[known]({ file: name }));
  return skip(entries.otherType({ file: name, extension: extension === '' ? '—' : extension }));
}

/** Every entry of the folder, by name, each with what will be done with it. */
export async function listFolder(folder: string): Promise<FolderEntry[]> {
  const names = (await readdir(folder)).sort(compareFileNames);
  const out: FolderEntry[] = [];
  for (const name of names) out.push(await classify(folder, name));
  return out;
}

/** The .xlsx files of a folder that will be read, by name. */
export async function listWorkbooks(folder: string): Promise<string[]> {
  return (await listFolder(folder)).filter((e) => e.read).map((e) => e.name);
}

/** One entry as the import sees it: read (checked again on the open file), or a file that carries its reason. */
async function returnedFile(entry: FolderEntry): Promise<ReturnedFile> {
  const skipped = (reason: string): ReturnedFile => ({ name: entry.name, bytes: new Uint8Array(0), checksum: '', error: reason });
  if (!entry.read) return skipped(entry.reason);
  let bytes: Uint8Array;
  try {
    bytes = await readRegularFile(entry.path);
  } catch (e) {
    if (e instanceof NotRegularFileError) return skipped(entries.special({ file: entry.name }));
    if (isCode(e, 'ENOENT')) return skipped(entries.brokenLink({ file: entry.name }));
    return skipped(entries.noAccess({ file: entry.name }));
  }
  return readReturnedFile(entry.name, bytes);
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
  let list: FolderEntry[];
  try {
    list = await listFolder(folder);
  } catch (e) {
    throw new InputFileError(folder, isCode(e, 'ENOTDIR') ? 'notFolder' : 'notFound');
  }
  const files: ReturnedFile[] = [];
  for (const entry of list) files.push(await returnedFile(entry));
  // The units' sheets come in as values: the command line does not move a sheet between workbooks with its formats.
  const { plan } = await importReturnedFiles(createBookPort(book), files, options.answers ?? noAnswers, options.now);
  if (plan.status === 'ready') {
    let bytes: Uint8Array;
    try {
      bytes = await saveBook(book);
    } catch {
      throw new InputFileError(master, 'damaged');
    }
    try {
      await writeAtomically(output, bytes);
    } catch (e) {
      throw new FileError('cannotWrite', output, e instanceof Error ? e.message : String(e));
    }
  }
  return { plan, files: files.length };
}
