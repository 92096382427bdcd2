/**
 * The import use case, the same for every host: read the open workbook, let src/workbook/import
 * decide what each returned file gives (with the officer's answers so far), and write the consolidated
 * sheet, the import log and each unit's own sheet. A preview writes nothing.
 */
import { vi } from '../domain/i18n/vi';
import { planImport, type ImportPlan, type IncomingFile } from '../workbook/import/plan-import';
import { toBase64 } from './bytes';
import { plainError, reasonOf } from './plain-error';
import type { WorkbookPort } from './port';

/** A returned file with its bytes (kept so Excel can insert its sheet as it is). */
export interface ReturnedFile extends IncomingFile {
  readonly bytes: Uint8Array;
}

/** What the officer answered: which unit a file is for, and which files replace a unit's results. */
export interface ImportAnswers {
  readonly unitOf: ReadonlyMap<string, string>;
  readonly replaceFiles: ReadonlySet<string>;
  /** Every second file for a unit replaces its results (the command line's --replace). */
  readonly replaceAll?: boolean;
}

export const noAnswers: ImportAnswers = { unitOf: new Map(), replaceFiles: new Set() };

function options(answers: ImportAnswers, now: Date) {
  return { replace: answers.replaceAll ?? false, replaceFiles: answers.replaceFiles, unitOf: answers.unitOf, time: now.toISOString() };
}

/** What an import would do, writing nothing: the pane shows it and asks its questions. */
export async function previewImport(port: WorkbookPort, files: readonly IncomingFile[], answers: ImportAnswers, now: Date): Promise<ImportPlan> {
  return planImport(await port.readSnapshot(), files, options(answers, now));
}

/**
 * Writes the import. The consolidated sheet and the log go first, in one write; then the units' sheets,
 * inserted from their files where the host can, else as values. A failure there leaves the import
 * written and says which copies are missing (the log already names them; nothing reads them as input).
 */
export async function importReturnedFiles(port: WorkbookPort, files: readonly ReturnedFile[], answers: ImportAnswers, now: Date): Promise<ImportPlan> {
  const plan = planImport(await port.readSnapshot(), files, options(answers, now));
  if (plan.status !== 'ready') return plan;
  await port.apply({ sheets: plan.sheets });
  if (plan.copies.length === 0) return plan;
  try {
    if (port.insertSheets) {
      const bytes = new Map(files.map((f) => [f.name, f.bytes]));
      await port.insertSheets(plan.copies.flatMap((c) => {
        const b = bytes.get(c.file);
        return b ? [{ base64: toBase64(b), sheet: c.sheet, as: c.as }] : [];
      }));
    } else {
      await port.apply({ sheets: plan.copies.map((c) => c.values) });
    }
  } catch (error) {
    throw plainError(vi.importText.copiesFailed({ reason: reasonOf(error), sheets: plan.copies.map((c) => c.as).join(', ') }), error);
  }
  return plan;
}
