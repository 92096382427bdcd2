/**
 * The import inside Excel (office host on the typed fake): each unit's sheet is inserted from its file
 * with insertWorksheetsFromBase64 (ExcelApi 1.13) and renamed by the id Excel returns; without 1.13, or
 * for a file Excel refuses, the values go through the port instead. No other sheet is touched.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { toBase64 } from '../../src/app/bytes';
import { importReturnedFiles, noAnswers, type ReturnedFile } from '../../src/app/import';
import { createOfficePort } from '../../src/adapters/office/port';
import { makeTemplatesFromSnapshot } from '../../src/app/templates';
import { readReturnedFile } from '../../src/adapters/xlsx/incoming';
import { loadWorkbook, saveWorkbook } from '../../src/adapters/xlsx/port';
import { snapshotWorkbook } from '../../src/adapters/xlsx/read';
import { writeSheetsToBuffer } from '../../src/adapters/xlsx/sheets';
import { vi } from '../../src/i18n/vi';
import { foldKey } from '../../src/domain/text/normalize';
import type { WorkbookSnapshot } from '../../src/workbook/grid';
import { runScoring } from '../../src/workbook/run';
import { createFakeExcel, gridOf, measure, type FakeOptions } from '../fake-excel';
import { newSheet } from '../fake-excel/model';
import { comparableRows } from './helpers';

const now = new Date('2024-12-31T08:00:00Z');
const sample = resolve(__dirname, '../../samples/mau-pgd-chau-thanh-2024.xlsx');
const columns = vi.inputSheets.unitSheet.columns;
const t = vi.importText;

let master: WorkbookSnapshot;
let files: ReturnedFile[];

/** Fills a template as a unit would: the self score of every criterion row is its maximum. */
async function filled(bytes: Uint8Array): Promise<Uint8Array> {
  const wb = await loadWorkbook(bytes);
  const ws = wb.worksheets.find((w) => w.state === 'visible');
  if (!ws) throw new Error('no visible sheet');
  let header = 0;
  const col: Record<string, number> = {};
  ws.eachRow((row, n) => {
    if (header) return;
    row.eachCell((cell, c) => {
      if (typeof cell.value === 'string') col[foldKey(cell.value)] = c;
      if (typeof cell.value === 'string' && foldKey(cell.value) === foldKey(columns.code)) header = n;
    });
  });
  for (let r = header + 1; r <= ws.rowCount; r++) {
    const max = ws.getRow(r).getCell(col[foldKey(columns.max)] ?? 0).value;
    const self = ws.getRow(r).getCell(col[foldKey(columns.self)] ?? 0);
    if (typeof max === 'number' && self.protection?.locked === false) self.value = max;
  }
  return saveWorkbook(wb);
}

beforeAll(async () => {
  const wb = await loadWorkbook(readFileSync(sample));
  const direct = runScoring(snapshotWorkbook(wb), { now });
  const unitSheets = new Set((direct.input?.results ?? []).map((r) => r.sheet));
  for (const ws of [...wb.worksheets]) if (unitSheets.has(ws.name)) wb.removeWorksheet(ws.id);
  master = snapshotWorkbook(await loadWorkbook(await saveWorkbook(wb)));
  const made = makeTemplatesFromSnapshot(master);
  files = [];
  for (const tpl of made.templates.slice(0, 3)) files.push(await readReturnedFile(tpl.fileName, await filled(await writeSheetsToBuffer(tpl.sheets, { now }))));
}, 60_000);

/** What Excel would find in each file, keyed by the base64 the host sends. */
function fileMap(of: readonly ReturnedFile[]): FakeOptions['files'] {
  return new Map(of.flatMap((f) => (f.snapshot ? [[toBase64(f.bytes), f.snapshot] as const] : [])));
}

function office(options: FakeOptions, api13 = true) {
  const fake = createFakeExcel(master, options);
  const port = createOfficePort({ run: fake.run, isSetSupported: (name, version) => api13 || !(name === 'ExcelApi' && version === '1.13') });
  return { fake, port };
}

describe('import inside Excel', () => {
  it('inserts each unit sheet from its file (two syncs per batch), renamed «Gốc …», and scores from «Tổng hợp nhập» only', async () => {
    const { fake, port } = office({ files: fileMap(files) });
    const before = new Map(fake.model.sheets.map((s) => [s.name, JSON.stringify(gridOf(s))]));
    const outcome = await importReturnedFiles(port, files, noAnswers, now);
    if (outcome.plan.status !== 'ready') throw new Error(outcome.plan.reason);
    expect(outcome.copiedAsValues).toEqual([]);
    expect(outcome.plan.copies).toHaveLength(3);
    for (const copy of outcome.plan.copies) {
      const sheet = fake.model.sheets.find((s) => s.name === copy.as);
      const source = files.find((f) => f.name === copy.file)?.snapshot?.sheets.find((s) => s.name === copy.sheet);
      if (!sheet || !source) throw new Error(`missing ${copy.as}`);
      expect(comparableRows({ ...source, rows: gridOf(sheet) })).toEqual(comparableRows(source));
    }
    // No sheet left under its source name, and every sheet that was there is as it was.
    for (const f of files) for (const s of f.snapshot?.sheets ?? []) expect(fake.model.sheets.some((m) => m.name === s.name && !before.has(s.name))).toBe(false);
    for (const [name, grid] of before) {
      const sheet = fake.model.sheets.find((s) => s.name === name);
      expect(sheet && JSON.stringify(gridOf(sheet))).toBe(grid);
    }
    const scored = runScoring(await port.readSnapshot(), { now });
    expect(scored.input?.results.every((r) => r.entries.filter((e) => e.selfScore !== undefined).length > 10)).toBe(true);
    expect(scored.input?.results.map((r) => r.sheet)).toEqual([t.consolidatedSheet, t.consolidatedSheet, t.consolidatedSheet]);
    expect(scored.findings.filter((f) => f.code === 'UNIT_DUPLICATE')).toEqual([]);
  });

  it('counts two syncs per batch of files (and one for the ids already there), and splits batches by the request budget', async () => {
    const small = office({ files: fileMap(files) });
    const port = createOfficePort({ run: small.fake.run, isSetSupported: () => true, requestBudget: 1 });
    const sheets = files.map((f, i) => ({ base64: toBase64(f.bytes), sheet: f.snapshot?.sheets.find((s) => s.visibility === 'visible')?.name ?? '', as: `Bản ${i}` }));
    const one = await measure(small.fake, async () => (await createOfficePort({ run: small.fake.run, isSetSupported: () => true }).insertSheets?.(sheets.slice(0, 2))) ?? { inserted: [] });
    expect(one.result.inserted).toEqual(['Bản 0', 'Bản 1']);
    expect(one.syncs).toBe(3);
    const each = await measure(small.fake, async () => (await port.insertSheets?.(sheets.slice(2).map((s) => ({ ...s, as: `${s.as} bis` })))) ?? { inserted: [] });
    expect(each.syncs).toBe(3);
    const split = await measure(small.fake, async () => (await port.insertSheets?.(sheets.map((s) => ({ ...s, as: `${s.as} ter` })))) ?? { inserted: [] });
    expect(split.syncs).toBe(7);
  });

  it('a batch whose insert fails part-way leaves no sheet behind, and never touches a sheet added meanwhile', async () => {
    const { fake } = office({ files: fileMap(files) });
    const port = createOfficePort({ run: fake.run, isSetSupported: () => true });
    const sheets = files.slice(0, 2).map((f, i) => ({ base64: toBase64(f.bytes), sheet: f.snapshot?.sheets.find((s) => s.visibility === 'visible')?.name ?? '', as: `Bản ${i}` }));
    fake.model.sheets.push(newSheet(fake.model, 'Ghi chú của Lan'));
    const before = fake.model.sheets.map((s) => s.name);
    // Sync 1 lists the ids; sync 2 inserts the two sheets and fails after the first went in.
    fake.options.failOnSync = fake.syncs.length + 2;
    const result = await port.insertSheets?.(sheets);
    expect(result?.inserted).toEqual([]);
    expect(result?.error).toBeDefined();
    expect(fake.model.sheets.map((s) => s.name)).toEqual(before);
  });

  it('writes the values through the port without ExcelApi 1.13', async () => {
    const { fake, port } = office({ files: fileMap(files) }, false);
    expect(port.insertSheets).toBeUndefined();
    const outcome = await importReturnedFiles(port, files, noAnswers, now);
    if (outcome.plan.status !== 'ready') throw new Error(outcome.plan.reason);
    expect(outcome.copiedAsValues).toEqual(outcome.plan.copies.map((c) => c.as));
    for (const copy of outcome.plan.copies) expect(fake.model.sheets.some((s) => s.name === copy.as)).toBe(true);
    const first = outcome.plan.copies[0]?.as;
    expect(fake.model.writes.some((w) => w.sheet === first)).toBe(true);
  });

  it('falls back to values for a file Excel refuses, leaving no half-inserted sheet behind', async () => {
    // Excel "cannot read" the second file: its batch fails; the budget puts each file in its own batch.
    const known = fileMap([files[0], files[2]].flatMap((f) => (f ? [f] : [])));
    const fake = createFakeExcel(master, { files: known });
    const port = createOfficePort({ run: fake.run, isSetSupported: () => true, requestBudget: 1 });
    const outcome = await importReturnedFiles(port, files, noAnswers, now);
    if (outcome.plan.status !== 'ready') throw new Error(outcome.plan.reason);
    const [first, second, third] = outcome.plan.copies;
    expect(outcome.copiedAsValues).toEqual([second?.as, third?.as]);
    for (const c of outcome.plan.copies) expect(fake.model.sheets.filter((s) => s.name === c.as)).toHaveLength(1);
    expect(first && fake.model.writes.some((w) => w.sheet === first.as)).toBe(false);
    // The refused file's sheet never arrived under its own name.
    for (const f of files) for (const s of f.snapshot?.sheets ?? []) if (s.visibility === 'visible') expect(fake.model.sheets.some((m) => m.name === s.name)).toBe(false);
  });

  it('renames an inserted sheet whose source name is taken, without touching the sheet that has it', async () => {
    const name = files[0]?.snapshot?.sheets.find((s) => s.visibility === 'visible')?.name ?? '';
    const withClash: WorkbookSnapshot = { sheets: [...master.sheets, { name, visibility: 'visible', rows: [['ghi chú của cán bộ']], merges: [] }] };
    const fake = createFakeExcel(withClash, { files: fileMap(files) });
    const port = createOfficePort({ run: fake.run, isSetSupported: () => true });
    const outcome = await importReturnedFiles(port, files.slice(0, 1), noAnswers, now);
    if (outcome.plan.status !== 'ready') throw new Error(outcome.plan.reason);
    expect(outcome.copiedAsValues).toEqual([]);
    const clash = fake.model.sheets.find((s) => s.name === name);
    expect(clash && gridOf(clash)).toEqual([['ghi chú của cán bộ']]);
    expect(fake.model.sheets.some((s) => s.name === `${name} (2)`)).toBe(false);
  });
});
