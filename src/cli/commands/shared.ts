/** What the file commands share: a file problem said in words, the ticker of a long run, the user's name. */
import { mkdirSync } from 'node:fs';
import { userInfo } from 'node:os';
import { dirname } from 'node:path';
import { FileError, sayPackage } from '../../adapters/xlsx/file';
import { InputFileError } from '../../adapters/xlsx/input-file';
import type { Finding } from '../../domain/findings';
import { describeFinding, dictionaries, type Language } from '../../i18n';
import { line, type Output } from '../command';

/** A file the command could not read or write, said as a sentence naming it; undefined for any other error. */
export function fileProblem(e: unknown, language: Language): string | undefined {
  const t = dictionaries[language];
  if (e instanceof InputFileError) return t.safety.kinds[e.problem]({ file: e.file });
  if (!(e instanceof FileError)) return undefined;
  // A reading limit or a macro workbook's name: the package's own sentence, in the asked language.
  if (e.says !== undefined) return sayPackage(e.says, t);
  if (e.reason === 'sameFile') return t.cli.sameFile;
  if (e.reason === 'cannotWrite') return t.cli.cannotWrite({ file: e.file, reason: writeReason(e.detail, language) });
  return t.cli.cannotRead({ file: e.file, reason: e.reason === 'notXlsx' ? t.cli.notXlsx : t.cli.notFound });
}

/** Makes the folder a result goes into; a failure is the output's problem, said as such. */
export function makeFolderFor(file: string): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
  } catch (e) {
    throw new FileError('cannotWrite', file, e instanceof Error ? e.message : String(e));
  }
}

/** The system's error code at the start of its message ("EACCES: permission denied, open …"), said in words. */
function writeReason(detail: string, language: Language): string {
  const reasons: Readonly<Record<string, string>> = dictionaries[language].safety.writeReasons;
  const code = /\b(E[A-Z]{2,})\b/.exec(detail)?.[1] ?? '';
  return reasons[code] ?? dictionaries[language].safety.writeReasons.other;
}

/** "  lỗi Đơn vị!B7 — …": a finding on one line, its severity in the asked language. */
export function findingLine(f: Finding, language: Language): string {
  const severity = dictionaries[language].cliHelp.severity[f.severity];
  const where = `${f.unitCode ? `${f.unitCode} ` : ''}${f.cell ? `${f.cell.sheet}!${f.cell.address} ` : ''}`;
  return `  ${severity}: ${where}${describeFinding(f, language).message}`;
}

/** Says every few seconds that work goes on; stop it when the work is done. */
export function ticker(out: Output, language: Language): () => void {
  const started = Date.now();
  const timer = setInterval(() => line(out, dictionaries[language].cli.elapsed({ seconds: Math.round((Date.now() - started) / 1000) })), 3000);
  timer.unref();
  return () => clearInterval(timer);
}

/** The run log names who ran it; the operating system account is what a terminal knows. */
export function currentUser(): string | undefined {
  try {
    return userInfo().username;
  } catch {
    return undefined; // no user entry for this uid (some containers): the log says "không xác định"
  }
}
