/**
 * The import use case, the same for every host: read the open workbook, let src/workbook/import
 * decide what each returned file gives (with the officer's answers so far), and write the consolidated
 * sheet, the import log and each unit's own sheet. A preview writes nothing.
 */
import { vi } from '../i18n/vi';
import type { WorkbookSnapshot } from '../workbook/grid';
import { sheetNameKey } from '../workbook/sheet-name';
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
  return previewOnSnapshot(await port.readSnapshot(), files, answers, now);
}

/** The same on a workbook already read: the pane reads once per pick, then previews each answer at once. */
export function previewOnSnapshot(snapshot: WorkbookSnapshot, files: readonly IncomingFile[], answers: ImportAnswers, now: Date): ImportPlan {
  return planImport(snapshot, files, options(answers, now));
}

/**
 * The import owns two sheets (the consolidated sheet, checked cell by cell before it is rewritten, and the
 * log, refused when it is not one); every copy goes under a free name. Any other existing sheet a write
 * would replace — compared as the writers compare names — stops the import before anything is written.
 */
export function foreignSheetsReplaced(snapshot: WorkbookSnapshot, plan: Extract<ImportPlan, { status: 'ready' }>): string[] {
  const own = new Set([vi.importText.consolidatedSheet, vi.importText.logSheet].map(sheetNameKey));
  const existing = new Map(snapshot.sheets.map((s) => [sheetNameKey(s.name), s.name]));
  const written = [...plan.sheets.map((s) => s.name), ...plan.copies.map((c) => c.as)].map(sheetNameKey);
  return written.filter((key) => !own.has(key)).flatMap((key) => existing.get(key) ?? []);
}

export interface ImportOutcome {
  readonly plan: ImportPlan;
  /** Units' sheets written as values because Excel could not insert them from their files (or cannot at all). */
  readonly copiedAsValues: readonly string[];
}

/**
 * Writes the import. The consolidated sheet and the log go first, in one write; then the units' sheets,
 * inserted from their files where the host can, as values for the rest. A failure there leaves the
 * import written and says which copies are missing (the log names them; nothing reads them as input).
 */
export async function importReturnedFiles(port: WorkbookPort, files: readonly ReturnedFile[], answers: ImportAnswers, now: Date): Promise<ImportOutcome> {
  const snapshot = await port.readSnapshot();
  const plan = planImport(snapshot, files, options(answers, now));
  if (plan.status !== 'ready') return { plan, copiedAsValues: [] };
  const foreign = foreignSheetsReplaced(snapshot, plan);
  if (foreign.length > 0) return { plan: { status: 'refused', reason: vi.safety.wouldReplace({ sheets: foreign.join('», «') }) }, copiedAsValues: [] };
  await port.apply({ sheets: plan.sheets });
  let inserted = new Set<string>();
  try {
    if (port.insertSheets && plan.copies.length > 0) {
      const bytes = new Map(files.map((f) => [f.name, f.bytes]));
      const result = await port.insertSheets(
        plan.copies.flatMap((c) => {
          const b = bytes.get(c.file);
          return b ? [{ base64: toBase64(b), sheet: c.sheet, as: c.as }] : [];
        }),
      );
      inserted = new Set(result.inserted);
    }
    const rest = plan.copies.filter((c) => !inserted.has(c.as));
    if (rest.length > 0) await port.apply({ sheets: rest.map((c) => c.values) });
    return { plan, copiedAsValues: rest.map((c) => c.as) };
  } catch (error) {
    const missing = plan.copies.filter((c) => !inserted.has(c.as)).map((c) => c.as);
    throw plainError(vi.importText.copiesFailed({ reason: reasonOf(error), sheets: missing.join(', ') }), error);
  }
}
