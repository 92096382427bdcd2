/**
 * A write plan applied through office.js with no side effect beyond the plan, in one Excel.run:
 *   sync 1  the sheet list, and the state sheet read again (someone else may have run the add-in
 *           since the workbook was read: then nothing is written);
 *   sync 2  staging sheets added (ids loaded), a backup sheet per owned sheet to be replaced,
 *           leftovers of an earlier interrupted write removed, conditional format ids/types loaded
 *           (and the notes' text, with ExcelApi 1.18);
 *   …       values, formats, layout into the staging sheets, backups copied, under a request budget
 *           (a sync only when the next operation would not fit: Excel on the web refuses 5 MB);
 *   sync 3  the rest of those writes (and the formulas of custom conditional formats loaded, and
 *           the cells of the notes and threaded comments);
 *   sync 4  the swap: highlights redrawn and their notes written; each owned sheet that exists is cleared and rewritten in
 *           place from its staging copy (the sheet stays the same object, so a user's formula
 *           ='Tổng hợp'!B5 keeps working), new ones are renamed from their staging names; staging
 *           and backup sheets deleted.
 * Without Range.copyFrom (before ExcelApi 1.9) the swap renames the old owned sheet aside and
 * deletes it, as before: the pane says that references to the result sheets are then lost.
 *
 * A failure rolls back to the workbook as it was: the owned sheets rewritten in place are copied
 * back from their backups, and only the sheets this write created are deleted — by id, never a
 * sheet a co-author added meanwhile. When Excel refuses because a cell is being edited or the
 * document is read-only, a rollback would be refused the same way: the old sheets are intact
 * (Excel refuses a request whole), and the staging sheets left are removed by the next write.
 */
import { office as messages } from '../../i18n/vi/office';
import { sheetNameKey } from '../../workbook/sheet-name';
import { plainError, reasonOf } from '../../app/plain-error';
import { address, quoteSheet, type CellValue } from '../../workbook/grid';
import { readState } from '../../workbook/render/state';
import type { SheetSpec, WritePlan } from '../../workbook/spec';
import type { CellInput, XRange, XRequestContext, XWorksheet } from './api';
import { deleteOwn, drawHighlights, loadCustomRules, loadFormatTypes, loadNoteCells, loadNotes, writeNotes } from './highlights';
import { actionOverhead, createSender } from './payload';
import { officeCode } from './read';
import { writeCellExtras, writeSheetSettings, writeStyles, writeValues, type WriteFeatures } from './write';

const officeVisibility = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' } as const;

export const cellEditCode = 'InvalidOperationInCellEditMode';
export const readOnlyCode = 'AccessDenied';

/** A sheet this write added: the name it was given and, once Excel said, its id. */
interface Created {
  readonly name: string;
  id?: string;
}

/** What a rollback needs. */
export interface ApplyState {
  /** Set once a sheet may have been added, renamed, cleared or deleted: from then on a failure needs rolling back. */
  touched: boolean;
  readonly before: { readonly id: string; readonly name: string; readonly visibility: XWorksheet['visibility'] }[];
  readonly created: Created[];
  /** Owned sheets rewritten in place by the last request, each with its backup (box: what was copied, none for an empty sheet). */
  readonly restore: { readonly id: string; readonly backup: Created; readonly box?: string }[];
}

export function newApplyState(): ApplyState {
  return { touched: false, before: [], created: [], restore: [] };
}

/** Names no sheet has (Excel compares names without case). */
function freeNames(prefix: string, count: number, taken: Set<string>): string[] {
  const out: string[] = [];
  for (let i = 1; out.length < count; i++) {
    const name = `${prefix} ${i}`;
    if (!taken.has(sheetNameKey(name))) {
      taken.add(sheetNameKey(name));
      out.push(name);
    }
  }
  return out;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const leftover = new RegExp(`^(${[messages.stagingSheet, messages.asideSheet, messages.backupSheet].map(escape).join('|')}) \\d+$`, 'i');

/** A sheet an earlier interrupted write left: named by this add-in for a moment, never by a user. */
export function isLeftover(name: string): boolean {
  return leftover.test(name);
}

/** "A1:K40": the cells a sheet spec fills (undefined when it has none). */
function boxOf(spec: SheetSpec): string | undefined {
  const width = spec.rows.reduce((w, r) => Math.max(w, r.length), 0);
  return spec.rows.length === 0 || width === 0 ? undefined : `A1:${address(spec.rows.length - 1, width - 1)}`;
}

function extentBox(used: XRange): string | undefined {
  return used.isNullObject ? undefined : `A1:${address(used.rowIndex + used.rowCount - 1, used.columnIndex + used.columnCount - 1)}`;
}

/** The run the state sheet records now, compared with what the plan was made from. */
function checkGuard(plan: WritePlan, sheets: readonly XWorksheet[], stateValues: readonly (readonly CellInput[])[] | undefined): void {
  const guard = plan.guard;
  if (!guard) return;
  if (guard.lastRun === null) {
    // There was no state sheet: one now means someone ran the add-in since.
    if (sheets.some((ws) => sheetNameKey(ws.name) === sheetNameKey(guard.stateSheet))) throw plainError(messages.changedMeanwhile({ when: messages.changedMeanwhileUnknown }), undefined);
    return;
  }
  const rows = (stateValues ?? []).map((r) => r.map((v): CellValue => (v === '' ? null : v)));
  const now = readState({ sheets: [{ name: guard.stateSheet, visibility: 'veryHidden', rows, merges: [] }] }).state.lastRun ?? '';
  if (now !== guard.lastRun) throw plainError(messages.changedMeanwhile({ when: now || messages.changedMeanwhileUnknown }), undefined);
}

export async function applyPlan(ctx: XRequestContext, plan: WritePlan, budget: number, state: ApplyState, features: WriteFeatures): Promise<void> {
  ctx.application.suspendApiCalculationUntilNextSync();
  const collection = ctx.workbook.worksheets.load(['items/id', 'items/name', 'items/visibility']);
  const guard = plan.guard;
  const stateRange = guard && guard.lastRun !== null ? ctx.workbook.worksheets.getItem(guard.stateSheet).getUsedRangeOrNullObject(true).load(['isNullObject', 'values']) : undefined;
  try {
    await ctx.sync();
  } catch (error) {
    // The state sheet the plan was made from is gone: someone else's run (or hand) changed the workbook.
    if (stateRange && officeCode(error) === 'ItemNotFound') throw plainError(messages.changedMeanwhile({ when: messages.changedMeanwhileUnknown }), error);
    throw error;
  }
  checkGuard(plan, collection.items, stateRange && !stateRange.isNullObject ? stateRange.values : undefined);

  const send = createSender(ctx, budget);
  const all = collection.items;
  const leftovers = all.filter((ws) => isLeftover(ws.name));
  const existing = all.filter((ws) => !isLeftover(ws.name));
  state.before.push(...existing.map((ws) => ({ id: ws.id, name: ws.name, visibility: ws.visibility })));
  const planKeys = new Set(plan.sheets.map((s) => sheetNameKey(s.name)));
  const byKey = new Map(existing.map((ws) => [sheetNameKey(ws.name), ws]));
  const kept = existing.filter((ws) => !planKeys.has(sheetNameKey(ws.name)));
  const taken = new Set([...all.map((ws) => sheetNameKey(ws.name)), ...planKeys]);
  const stagingNames = freeNames(messages.stagingSheet, plan.sheets.length, taken);

  for (const ws of leftovers) {
    if (ws.visibility === 'VeryHidden') ws.visibility = 'Hidden';
    ws.delete();
  }
  const add = (name: string): { ws: XWorksheet; created: Created } => {
    const created: Created = { name };
    state.created.push(created);
    return { ws: ctx.workbook.worksheets.add(name).load(['id']), created };
  };
  const targets = plan.sheets.map((spec, i) => ({ spec, old: byKey.get(sheetNameKey(spec.name)), ...add(stagingNames[i] ?? spec.name) }));
  const replaced = targets.filter((t) => t.old !== undefined);
  const backupNames = features.copyInPlace ? freeNames(messages.backupSheet, replaced.length, taken) : [];
  const backups = features.copyInPlace
    ? replaced.map((t, i) => ({ target: t, ...add(backupNames[i] ?? ''), used: (t.old as XWorksheet).getUsedRangeOrNullObject().load(['isNullObject', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount']) }))
    : [];
  const formatTypes = plan.highlights ? loadFormatTypes(kept) : [];
  const noteScans = plan.highlights && features.notes ? loadNotes(kept, true) : [];
  state.touched = true;
  await send.sync();
  for (const t of [...targets, ...backups]) t.created.id = t.ws.id;

  for (const { spec, ws } of targets) await writeValues(ws, spec, send, budget);
  for (const { spec, ws } of targets) await writeStyles(ws, spec, send, features);
  for (const { spec, ws } of targets) {
    await writeCellExtras(ws, spec, send, features);
    await writeSheetSettings(ws, spec, send, features, true);
  }
  const boxes = new Map<XWorksheet, string | undefined>();
  for (const b of backups) {
    const box = extentBox(b.used);
    boxes.set(b.ws, box);
    if (box === undefined || !b.target.old) continue;
    await send.reserve(actionOverhead * 2);
    b.ws.getRange(box).copyFrom(`${quoteSheet(b.target.old.name)}!${box}`, 'All');
  }
  const rules = loadCustomRules(formatTypes);
  const noteCells = loadNoteCells(noteScans, false);
  await send.sync();

  if (plan.highlights) {
    deleteOwn(rules);
    await drawHighlights(plan.highlights, new Map(kept.map((ws) => [ws.name, ws])), send, features);
    await writeNotes(plan.highlights, noteCells, send);
  }
  if (features.copyInPlace) await swapInPlace(targets, backups, boxes, state, send, features);
  else swapByRename(targets, taken);
  await ctx.sync();
}

type Target = { readonly spec: SheetSpec; readonly old: XWorksheet | undefined; readonly ws: XWorksheet; readonly created: Created; readonly name?: string };

/** The last request: each existing owned sheet cleared and filled from its staging copy; staging and backups deleted last. */
async function swapInPlace(
  targets: readonly Target[],
  backups: readonly { readonly target: Target; readonly ws: XWorksheet; readonly created: Created }[],
  boxes: ReadonlyMap<XWorksheet, string | undefined>,
  state: ApplyState,
  send: ReturnType<typeof createSender>,
  features: WriteFeatures,
): Promise<void> {
  for (const b of backups) if (b.target.old) state.restore.push({ id: b.target.old.id, backup: b.created, box: boxes.get(b.ws) });
  for (const { spec, old, ws, created } of targets) {
    if (!old) {
      ws.name = spec.name;
      if (spec.visibility !== 'visible') ws.visibility = officeVisibility[spec.visibility];
      continue;
    }
    old.getRange().clear('All');
    const box = boxOf(spec);
    if (box !== undefined) old.getRange(box).copyFrom(`${quoteSheet(created.name)}!${box}`, 'All');
    await writeSheetSettings(old, spec, send, features, false);
    if (old.visibility !== officeVisibility[spec.visibility]) old.visibility = officeVisibility[spec.visibility];
  }
  // Staging copies, then backups: a backup goes only once every owned sheet has its new cells.
  for (const { old, ws } of targets) if (old) ws.delete();
  for (const b of backups) b.ws.delete();
}

/** Before ExcelApi 1.9: old owned sheets renamed aside and deleted, staging sheets renamed (references to them are lost). */
function swapByRename(targets: readonly Target[], taken: Set<string>): void {
  const replaced = targets.filter((t) => t.old !== undefined);
  const aside = freeNames(messages.asideSheet, replaced.length, taken);
  replaced.forEach((t, i) => {
    const old = t.old as XWorksheet;
    // Excel refuses to delete a very hidden sheet (InvalidOperation): hidden first.
    if (old.visibility === 'VeryHidden') old.visibility = 'Hidden';
    old.name = aside[i] ?? old.name;
  });
  for (const { spec, ws } of targets) {
    ws.name = spec.name;
    if (spec.visibility !== 'visible') ws.visibility = officeVisibility[spec.visibility];
  }
  for (const t of replaced) t.old?.delete();
}

/**
 * After a failed write: owned sheets rewritten in place get their backup's cells back, the sheets
 * this write created are deleted (by id; by their staging name only when Excel never said their
 * id, and then only if that sheet was not there before), and the sheets that were there get their
 * names and visibility back. Returns the names it could not restore.
 */
export async function rollBack(ctx: XRequestContext, state: ApplyState): Promise<string[]> {
  const collection = ctx.workbook.worksheets.load(['items/id', 'items/name', 'items/visibility']);
  await ctx.sync();
  const now = collection.items;
  const before = new Map(state.before.map((b) => [b.id, b]));
  const createdIds = new Set(state.created.flatMap((c) => (c.id === undefined ? [] : [c.id])));
  const createdNames = new Set(state.created.filter((c) => c.id === undefined).map((c) => sheetNameKey(c.name)));
  const isCreated = (ws: XWorksheet): boolean => createdIds.has(ws.id) || (!before.has(ws.id) && createdNames.has(sheetNameKey(ws.name)));
  const present = new Set(now.map((ws) => ws.id));
  for (const r of state.restore) {
    const target = now.find((ws) => ws.id === r.id);
    const backup = now.find((ws) => (r.backup.id !== undefined ? ws.id === r.backup.id : sheetNameKey(ws.name) === sheetNameKey(r.backup.name)));
    if (!target || !backup) continue;
    target.getRange().clear('All');
    if (r.box !== undefined) target.getRange(r.box).copyFrom(`${quoteSheet(backup.name)}!${r.box}`, 'All');
  }
  // New sheets first, so that the old names are free again.
  for (const ws of now.filter(isCreated)) {
    if (ws.visibility === 'VeryHidden') ws.visibility = 'Hidden';
    ws.delete();
  }
  for (const ws of now) {
    const was = before.get(ws.id);
    if (!was) continue;
    if (ws.name !== was.name) ws.name = was.name;
    if (ws.visibility !== was.visibility) ws.visibility = was.visibility;
  }
  await ctx.sync();
  return state.before.filter((b) => !present.has(b.id)).map((b) => b.name);
}

/** Excel refused because of what the user is doing: a rollback now would be refused the same way. */
function refusedByMode(error: unknown): boolean {
  const code = officeCode(error);
  return code === cellEditCode || code === readOnlyCode;
}

/** The staged write with its rollback, errors in plain words. */
export async function stagedWrite(ctx: XRequestContext, plan: WritePlan, budget: number, features: WriteFeatures): Promise<void> {
  const state = newApplyState();
  try {
    await applyPlan(ctx, plan, budget, state, features);
  } catch (error) {
    if (error instanceof Error && 'plain' in error) throw error;
    const code = officeCode(error);
    if (!state.touched) {
      if (code === cellEditCode) throw plainError(messages.cellEditMode, error);
      if (code === readOnlyCode) throw plainError(messages.readOnly, error);
      throw plainError(messages.writeInterrupted({ reason: reasonOf(error) }), error);
    }
    if (refusedByMode(error)) {
      const reason = code === cellEditCode ? messages.cellEditReason : messages.readOnlyReason;
      throw plainError(messages.refusedMidway({ reason, sheets: state.created.map((c) => c.name).join('», «') }), error);
    }
    let left: string[];
    try {
      left = await rollBack(ctx, state);
    } catch {
      left = [...plan.sheets.map((s) => s.name), ...state.created.map((c) => c.name)];
    }
    const reason = reasonOf(error);
    throw plainError(left.length === 0 ? messages.writeInterrupted({ reason }) : messages.writeInterruptedDirty({ reason, sheets: left.join(', ') }), error);
  }
}
