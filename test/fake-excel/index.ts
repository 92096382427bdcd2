/**
 * A typed fake of the Excel object model (office.js) for the office host's tests.
 *
 * How it stays honest: the host is written against the subset interfaces of
 * src/adapters/office/api.ts, which the compiler proves the real @types/office-js classes fit; the
 * fake's classes `implement` those same interfaces (objects.ts). A member misspelled or renamed
 * on either side fails to compile. Behaviour follows office.js where the host depends on it:
 * writes are queued and applied at sync(), reads need load() and a sync (PropertyNotLoaded),
 * strings written as values are read as if typed (formulas, numbers, booleans; a leading
 * apostrophe keeps text), number formats are read back ("General" when none), notes sit one per
 * cell and never on a cell holding a threaded comment, a very hidden sheet cannot be deleted or activated, getRanges refuses
 * addresses over 255 characters, and a request or response over 5 MB is refused.
 */
import type { RunBatch } from '../../src/adapters/office/api';
import type { WorkbookSnapshot } from '../../src/workbook/grid';
import type { HighlightKind } from '../../src/workbook/spec';
import { cellsOf } from '../../src/adapters/office/areas';
import { highlightMarker } from '../../src/workbook/render/highlights';
import { highlightFills } from '../../src/workbook/render/styles';
import { FakeQueue, type FakeOptions, type FakeState, type SyncRecord } from './context';
import { FakeContext } from './objects';
import { cellKey, cellOf, cellPosition, findSheet, modelFromSnapshot, type FakeWorkbookModel } from './model';
import { address, parseAddress } from '../../src/workbook/grid';

export type { FakeOptions, SyncRecord } from './context';
export { supportsUpTo } from './context';
export { gridOf, findSheet, cellKey, cellPosition, type FakeWorkbookModel, type FakeSheet, type FakeCell } from './model';

export interface FakeExcel {
  /** Excel.run for the host: a fresh context per run, what is still queued at the end is synced. */
  readonly run: RunBatch;
  readonly model: FakeWorkbookModel;
  /** Every sync so far, with its request and response sizes. */
  readonly syncs: SyncRecord[];
  readonly options: FakeOptions;
}

export function createFakeExcel(snapshot: WorkbookSnapshot, options: FakeOptions = {}): FakeExcel {
  const state: FakeState = { model: modelFromSnapshot(snapshot), options, syncs: [] };
  const run: RunBatch = async (batch) => {
    const queue = new FakeQueue(state);
    const result = await batch(new FakeContext(queue));
    if (queue.pending > 0) await queue.sync();
    return result;
  };
  return { run, model: state.model, syncs: state.syncs, options };
}

/** Syncs made while `action` ran, and the largest request or response among them. */
export async function measure<T>(fake: FakeExcel, action: () => Promise<T>): Promise<{ result: T; syncs: number; largest: number; refused: string[] }> {
  const before = fake.syncs.length;
  const result = await action();
  const made = fake.syncs.slice(before);
  // The largest payload Excel accepted (a refused one is counted in syncs and listed in refused).
  const accepted = made.filter((s) => s.refused === undefined);
  return { result, syncs: made.length, largest: accepted.reduce((m, s) => Math.max(m, s.request, s.response), 0), refused: made.flatMap((s) => (s.refused === undefined ? [] : [s.refused])) };
}

const isKind = (k: string): k is HighlightKind => k in highlightFills;

/** The add-in's highlights as the fake holds them: one entry per cell. */
export function highlightsIn(model: FakeWorkbookModel): { sheet: string; address: string; kind: HighlightKind }[] {
  const out: { sheet: string; address: string; kind: HighlightKind }[] = [];
  const pattern = new RegExp(`${highlightMarker}:(\\w+)`);
  for (const sheet of model.sheets) {
    for (const cf of sheet.conditionalFormats) {
      const kind = pattern.exec(cf.formula ?? '')?.[1];
      if (cf.type !== 'Custom' || kind === undefined || !isKind(kind)) continue;
      for (const area of cf.ranges.split(',')) for (const a of cellsOf(area)) out.push({ sheet: sheet.name, address: a, kind });
    }
  }
  return out;
}

/** A formula a user typed in `sheet`!`address` pointing at `target`!`targetAddress` (='Tổng hợp'!B5). */
export function addUserReference(model: FakeWorkbookModel, sheet: string, address: string, target: string, targetAddress: string): void {
  const from = findSheet(model, sheet);
  const to = findSheet(model, target);
  if (!from || !to) throw new Error(`no sheet ${from ? target : sheet}`);
  const a = parseAddress(address);
  const b = parseAddress(targetAddress);
  from.cells.set(cellKey(a.row, a.col), { value: 0, type: 'Double', numberFormat: 'General', format: {}, reference: { sheetId: to.id, row: b.row, col: b.col } });
}

/** A conditional format a user made (not the add-in's), to check it survives. */
export function addUserConditionalFormat(model: FakeWorkbookModel, sheet: string, ranges: string, formula: string): void {
  const target = findSheet(model, sheet);
  if (!target) throw new Error(`no sheet ${sheet}`);
  target.conditionalFormats.push({ id: model.nextId++, type: 'Custom', ranges, formula, fill: '#FF0000' });
}

/** Every note in the workbook: sheet, cell and text. */
export function notesIn(model: FakeWorkbookModel): { sheet: string; address: string; content: string }[] {
  const out: { sheet: string; address: string; content: string }[] = [];
  for (const sheet of model.sheets) {
    for (const [key, cell] of sheet.cells) {
      if (!cell.note) continue;
      const { row: r, col: c } = cellPosition(key);
      out.push({ sheet: sheet.name, address: address(r, c), content: cell.note.content });
    }
  }
  return out.sort((a, b) => (a.sheet === b.sheet ? a.address.localeCompare(b.address, 'en', { numeric: true }) : a.sheet < b.sheet ? -1 : 1));
}

/** A note a person wrote on a cell. */
export function addUserNote(model: FakeWorkbookModel, sheet: string, at: string, content: string): void {
  const target = findSheet(model, sheet);
  if (!target) throw new Error(`no sheet ${sheet}`);
  const a = parseAddress(at);
  cellOf(target, a.row, a.col).note = { content, author: 'Cán bộ' };
}

/** A threaded comment a person wrote on a cell. */
export function addUserComment(model: FakeWorkbookModel, sheet: string, at: string, content: string): void {
  const target = findSheet(model, sheet);
  if (!target) throw new Error(`no sheet ${sheet}`);
  const a = parseAddress(at);
  cellOf(target, a.row, a.col).comment = { id: model.nextId++, content };
}
