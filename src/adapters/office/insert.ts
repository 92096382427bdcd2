/**
 * Returned unit files' sheets inserted into the open workbook as they are (import), with
 * Workbook.insertWorksheetsFromBase64 (ExcelApi 1.13). Excel names an inserted sheet after its source,
 * so each is renamed by the id Excel returns. Files go in batches under the request budget; two syncs
 * per batch (insert, rename), one before them all (the ids already there). Excel on the web refuses some content: a batch that fails is removed
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

/** "TH01" or "TH01 (2)": what Excel names a sheet inserted from a source sheet TH01. */
function insertedAs(source: string, name: string): boolean {
  const a = source.toLowerCase();
  const b = name.toLowerCase();
  return b === a || (b.startsWith(`${a} (`) && /^ \(\d+\)$/.test(b.slice(a.length)));
}

/**
 * Deletes what a failed batch left: the sheets Excel gave back ids for, and — when the insert
 * request itself failed part-way, so no id came back — the new sheets (ids not there before)
 * named after the batch's source sheets. Best effort; a co-author's sheet has another name.
 */
async function removeStrays(ctx: XRequestContext, batch: readonly SheetFromFile[], known: ReadonlySet<string>, ids: readonly string[]): Promise<void> {
  try {
    const now = ctx.workbook.worksheets.load(['items/id', 'items/name']);
    await ctx.sync();
    const gone = new Set(ids);
    for (const ws of now.items) {
      if (gone.has(ws.id) || (!known.has(ws.id) && batch.some((s) => insertedAs(s.sheet, ws.name)))) ws.delete();
    }
    await ctx.sync();
  } catch {
    // Nothing more can be done here; the caller reports the copies it could not make.
  }
}

export async function insertSheetsFromFiles(ctx: XRequestContext, sheets: readonly SheetFromFile[], budget: number): Promise<{ inserted: string[]; error?: unknown }> {
  const inserted: string[] = [];
  const list = ctx.workbook.worksheets.load(['items/id']);
  await ctx.sync();
  const known = new Set(list.items.map((ws) => ws.id));
  for (const batch of batches(sheets, budget)) {
    const queued = batch.map((s) => ({ s, ids: ctx.workbook.insertWorksheetsFromBase64(s.base64, { sheetNamesToInsert: [s.sheet], positionType: 'End' }) }));
    try {
      await ctx.sync();
    } catch (error) {
      await removeStrays(ctx, batch, known, []);
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
      await removeStrays(ctx, batch, known, ids);
      return { inserted, error };
    }
    for (const id of ids) known.add(id);
    inserted.push(...batch.map((s) => s.as));
  }
  return { inserted };
}
