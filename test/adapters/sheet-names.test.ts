/**
 * A sheet the product writes replaces only a sheet of the same name as Excel compares names (without
 * case, nothing else): a note sheet whose name differs by diacritics or punctuation is someone's data,
 * and survives — in every host, on a plain write and through the import.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type ExcelJS from 'exceljs';
import { toBase64 } from '../../src/app/bytes';
import { foreignSheetsReplaced, importReturnedFiles, noAnswers, type ReturnedFile } from '../../src/app/import';
import { makeTemplatesFromSnapshot } from '../../src/app/templates';
import { readReturnedFile } from '../../src/adapters/xlsx/incoming';
import { loadWorkbook, saveWorkbook } from '../../src/adapters/xlsx/port';
import { snapshotWorkbook } from '../../src/adapters/xlsx/read';
import { writeSheetsToBuffer } from '../../src/adapters/xlsx/sheets';
import { vi } from '../../src/i18n/vi';
import { copyName } from '../../src/workbook/import/copies';
import { importedSheetName } from '../../src/workbook/import/sheet-name';
import { planImport } from '../../src/workbook/import/plan-import';
import type { SheetSnapshot, WorkbookSnapshot } from '../../src/workbook/grid';
import { runScoring } from '../../src/workbook/run';
import { sameSheetName } from '../../src/workbook/sheet-name';
import type { SheetSpec } from '../../src/workbook/spec';
import { fillTemplate } from '../helpers/fill-template';
import { comparableRows, memoryHost, officeHost, xlsxHost, type HostUnderTest } from './helpers';

const now = new Date('2024-12-31T08:00:00Z');
const sample = resolve(__dirname, '../../samples/mau-pgd-chau-thanh-2024.xlsx');
const noteRows = [['Ghi chú riêng của cán bộ thi đua'], ['không được xóa']];

/** Vietnamese letters without their marks: what someone types on a keyboard without a Vietnamese layout. */
const plain = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

let masterBytes: Uint8Array;
let file: ReturnedFile;
let copy: string;

beforeAll(async () => {
  const wb = await loadWorkbook(readFileSync(sample));
  const direct = runScoring(snapshotWorkbook(wb), { now });
  const unitSheets = new Set((direct.input?.results ?? []).map((r) => r.sheet));
  for (const ws of [...wb.worksheets]) if (unitSheets.has(ws.name)) wb.removeWorksheet(ws.id);
  masterBytes = await saveWorkbook(wb);
  const made = makeTemplatesFromSnapshot(snapshotWorkbook(wb));
  // A unit whose record copy has diacritics, so that its plain twin is another name.
  const index = made.units.findIndex((u) => plain(copyName(u, [])) !== copyName(u, []));
  const unit = made.units[index];
  const template = made.templates[index];
  if (!unit || !template) throw new Error('no unit with diacritics');
  copy = copyName(unit, []);
  const filled = await loadWorkbook(await writeSheetsToBuffer(template.sheets, { now }));
  const ws = filled.worksheets.find((w) => w.state === 'visible');
  const entries = direct.input?.results.find((r) => r.unitCode === unit.code)?.entries ?? [];
  if (!ws || entries.length === 0) throw new Error('no form to fill');
  fillTemplate(ws, entries);
  file = await readReturnedFile(template.fileName, await saveWorkbook(filled));
}, 60_000);

async function masterWith(notes: readonly string[]): Promise<ExcelJS.Workbook> {
  const wb = await loadWorkbook(masterBytes);
  for (const name of notes) {
    const ws = wb.addWorksheet(name);
    noteRows.forEach((r) => ws.addRow(r));
  }
  return wb;
}

const hosts: readonly { name: string; make: (wb: ExcelJS.Workbook) => HostUnderTest }[] = [
  { name: 'memory', make: (wb) => memoryHost(snapshotWorkbook(wb)) },
  { name: 'xlsx', make: (wb) => xlsxHost(wb) },
  {
    name: 'office',
    make: (wb) => officeHost(snapshotWorkbook(wb), { files: new Map(file.snapshot ? [[toBase64(file.bytes), file.snapshot] as const] : []) }),
  },
];

function rowsOf(snapshot: WorkbookSnapshot, name: string): unknown {
  const sheet = snapshot.sheets.find((s) => s.name === name);
  return sheet ? comparableRows(sheet) : undefined;
}

describe.each(hosts)('$name host: sheet names compared as Excel compares them', ({ make }) => {
  it('writing «Tổng hợp» leaves a sheet «Tong hop» (no diacritics) as it was', async () => {
    const host = make(await masterWith(['Tong hop', 'tong-hop']));
    const spec: SheetSpec = { name: 'Tổng hợp', role: 'summary', visibility: 'visible', rows: [[{ value: 'mới' }]], columnWidths: [10], merges: [] };
    await host.port.apply({ sheets: [spec] });
    const after = await host.port.readSnapshot();
    expect(rowsOf(after, 'Tong hop')).toEqual(noteRows);
    expect(rowsOf(after, 'tong-hop')).toEqual(noteRows);
    expect(rowsOf(after, 'Tổng hợp')).toEqual([['mới']]);
  });

  it('the import keeps a note sheet named like a record copy without diacritics, and names the copy beside it', async () => {
    const note = plain(copy);
    const host = make(await masterWith([note]));
    const outcome = await importReturnedFiles(host.port, [file], noAnswers, now);
    if (outcome.plan.status !== 'ready') throw new Error(outcome.plan.reason);
    const after = await host.port.readSnapshot();
    expect(rowsOf(after, note)).toEqual(noteRows);
    expect(outcome.plan.copies.map((c) => c.as)).toEqual([copy]);
    expect(after.sheets.some((s) => s.name === copy)).toBe(true);
  });

  it('a note sheet whose name differs from the copy only by case is Excel\'s same name: the copy takes «… (2)»', async () => {
    const note = copy.toLocaleUpperCase('vi');
    const host = make(await masterWith([note]));
    const outcome = await importReturnedFiles(host.port, [file], noAnswers, now);
    if (outcome.plan.status !== 'ready') throw new Error(outcome.plan.reason);
    const after = await host.port.readSnapshot();
    expect(rowsOf(after, note)).toEqual(noteRows);
    const as = outcome.plan.copies[0]?.as ?? '';
    expect(as.endsWith(' (2)')).toBe(true);
    expect(after.sheets.filter((s) => sameSheetName(s.name, as))).toHaveLength(1);
  });
});

describe('one comparison of sheet names', () => {
  it('picks names as the writers compare them: diacritics and punctuation make another name, case does not', () => {
    expect(importedSheetName({ code: 'Gốc TH01', name: 'Trường' }, ['Goc TH01 Truong'])).toBe('Gốc TH01 Trường');
    expect(importedSheetName({ code: 'Gốc TH01', name: 'Trường' }, ['GỐC TH01 TRƯỜNG'])).toBe('Gốc TH01 Trường (2)');
    // The same letters typed decomposed (NFD) are the same name.
    expect(importedSheetName({ code: 'Gốc TH01', name: 'Trường' }, ['Gốc TH01 Trường'.normalize('NFD')])).toBe('Gốc TH01 Trường (2)');
  });

  it('refuses an import that would replace a sheet it does not own, writing nothing', async () => {
    const wb = await masterWith([]);
    const snapshot = snapshotWorkbook(wb);
    const plan = planImport(snapshot, [file], { replace: false, time: now.toISOString() });
    if (plan.status !== 'ready') throw new Error(plan.reason);
    const officer: SheetSnapshot = { name: (plan.copies[0]?.as ?? '').toUpperCase(), visibility: 'visible', rows: noteRows, merges: [] };
    // A plan made before the officer's sheet appeared: the guard sees the clash the picker could not.
    expect(foreignSheetsReplaced({ sheets: [...snapshot.sheets, officer] }, plan)).toEqual([officer.name]);
    expect(foreignSheetsReplaced(snapshot, plan)).toEqual([]);
    expect(vi.safety.wouldReplace({ sheets: officer.name })).toContain(officer.name);
  });
});
