/**
 * Returned unit files' sheets inserted into the open workbook as they are (issue 4: import), with
 * Workbook.insertWorksheetsFromBase64 (ExcelApi 1.13). Excel names an inserted sheet after its source,
 * so each is renamed by the id Excel returns. Files go in batches under the request budget; two syncs
 * per batch (insert, rename). Excel on the web refuses some content: a batch that fails is removed
 * again and the rest is left to the caller (values through the port).
 */
import type { SheetFromFile } from '../../app/port';
import type { XRequestContext } from './api';
import { actionOverhead } from './payload';

function batches(sheets: readonly SheetFromFile[], budget: number): SheetFromFile[][] {
  const out: SheetFromFile[][] = [];
  let size = 0;
  for (const s of sheets) {
    const bytes = s.base64.length + actionOverhead;
    const last = out[out.length - 1];
    if (last && size + bytes <= budget) {
      last.push(s);
      size += bytes;
    } else {
      out.push([s]);
      size = bytes;
    }
  }
  return out;
}

/** Deletes sheets of a failed batch that did get in under their source name; best effort. */
async function removeIds(ctx: XRequestContext, ids: readonly string[]): Promise<void> {
  try {
    for (const id of ids) ctx.workbook.worksheets.getItem(id).delete();
    await ctx.sync();
  } catch {
    // Nothing more can be done here; the caller reports the copies it could not make.
  }
}

export async function insertSheetsFromFiles(ctx: XRequestContext, sheets: readonly SheetFromFile[], budget: number): Promise<{ inserted: string[]; error?: unknown }> {
  const inserted: string[] = [];
  for (const batch of batches(sheets, budget)) {
    const queued = batch.map((s) => ({ s, ids: ctx.workbook.insertWorksheetsFromBase64(s.base64, { sheetNamesToInsert: [s.sheet], positionType: 'End' }) }));
    try {
      await ctx.sync();
    } catch (error) {
      return { inserted, error };
    }
    const ids = queued.flatMap((q) => q.ids.value);
    try {
      for (const { s, ids: one } of queued) {
        const id = one.value[0];
        if (id === undefined) throw new Error(`${s.sheet}: not inserted`);
        ctx.workbook.worksheets.getItem(id).name = s.as;
      }
      await ctx.sync();
    } catch (error) {
      await removeIds(ctx, ids);
      return { inserted, error };
    }
    inserted.push(...batch.map((s) => s.as));
  }
  return { inserted };
}
