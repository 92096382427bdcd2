/**
 * Hostile cases for what keeps the officer's work safe, built here from the sample (nothing downloaded):
 * the plan contradicting itself (each finding at the plan's cell, the units not blamed), look-alike unit
 * names, sheet names the product must not confuse, files that are not what their names say, a returned
 * folder with odd entries, and templates written where forms already are. Most cases go through the
 * memory path (snapshot → run) to keep the corpus fast; the file cases through the real adapters.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type ExcelJS from 'exceljs';
import { buildSampleWorkbook } from '../../scripts/lib/sample';
import { scoreFile } from '../../src/adapters/xlsx/file';
import { importFolder } from '../../src/adapters/xlsx/import-folder';
import { InputFileError } from '../../src/adapters/xlsx/input-file';
import { createXlsxPort, saveWorkbook } from '../../src/adapters/xlsx/port';
import { snapshotWorkbook } from '../../src/adapters/xlsx/read';
import { writeTemplatesToFolder } from '../../src/adapters/xlsx/templates-file';
import { scoreAndWrite } from '../../src/app/usecases';
import type { Finding } from '../../src/domain/findings';
import { vi } from '../../src/i18n/vi';
import { runScoring } from '../../src/workbook/run';
import * as hostile from '../helpers/hostile-files';

const now = new Date('2024-12-20T00:00:00Z');
const dir = mkdtempSync(join(tmpdir(), 'thidua-safety-corpus-'));
const sample = resolve(__dirname, '../../samples/mau-pgd-chau-thanh-2024.xlsx');
const plan = 'Kế hoạch';
const register = 'Đơn vị';

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`corpus: no sheet ${name}`);
  return ws;
}

interface PlanCase {
  readonly name: string;
  readonly mutate: (wb: ExcelJS.Workbook) => void;
  /** Findings that must be there, at these cells. */
  readonly expect: readonly { readonly code: string; readonly cell: string }[];
  /** Finding codes the case must not produce (the units not blamed for the plan). */
  readonly absent?: (f: Finding) => boolean;
}

const planCases: readonly PlanCase[] = [
  {
    name: 'a step worth more than its criterion (8.2, max 5)',
    mutate: (wb) => (sheet(wb, plan).getCell('K63').value = '≥3: 8; ≥2: 3; ≥1: 2'),
    expect: [{ code: 'PLAN_STEP_OVER_MAX', cell: 'Kế hoạch!K63' }],
    absent: (f) => f.criterionCode === '8.2' && (f.code === 'SCORE_OVER_MAX' || f.code === 'SCORE_DIFFERS_FROM_ACTUAL'),
  },
  { name: 'a band above every reachable total', mutate: (wb) => (sheet(wb, plan).getCell('B79').value = 120), expect: [{ code: 'PLAN_BAND_UNREACHABLE', cell: 'Kế hoạch!B79' }] },
  { name: 'a band above the scale (bonus only)', mutate: (wb) => (sheet(wb, plan).getCell('B79').value = 103), expect: [{ code: 'PLAN_BAND_ABOVE_SCALE', cell: 'Kế hoạch!B79' }] },
  { name: 'two unit awards in one order', mutate: (wb) => (sheet(wb, plan).getCell('H90').value = 1), expect: [{ code: 'PLAN_AWARD_ORDER_SHARED', cell: 'Kế hoạch!H90' }] },
  { name: 'a unit award with no places', mutate: (wb) => (sheet(wb, plan).getCell('C89').value = 0), expect: [{ code: 'PLAN_AWARD_QUOTA_ZERO', cell: 'Kế hoạch!C89' }] },
  { name: 'a ratio level missing from the level list', mutate: (wb) => (sheet(wb, plan).getCell('B98').value = 'Bộ'), expect: [{ code: 'PLAN_UNKNOWN_LEVEL', cell: 'Kế hoạch!B98' }] },
  {
    name: 'a unit name with a Cyrillic «А»',
    mutate: (wb) => (sheet(wb, register).getCell('B5').value = 'Trường Mầm non Аn Khánh'),
    expect: [{ code: 'UNIT_NAME_MIXED_SCRIPT', cell: 'Đơn vị!A5' }],
  },
  {
    name: 'a new unit whose name looks like another one, with a Greek «Τ» and a Cyrillic «о»',
    mutate: (wb) => {
      const ws = sheet(wb, register);
      ws.getRow(ws.rowCount + 1).values = ['MN99', 'Trường Mầm nоn Τân Thạch', 'Cụm Mầm non', 'tập thể lớn', 30];
    },
    expect: [
      { code: 'UNIT_NAME_LOOKALIKE', cell: 'Đơn vị!A34' },
      { code: 'UNIT_NAME_MIXED_SCRIPT', cell: 'Đơn vị!A34' },
    ],
  },
];

const at = (f: Finding): string => `${f.cell?.sheet ?? ''}!${f.cell?.address ?? ''}`;

describe('safety corpus: the plan and the register', () => {
  it.each(planCases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const wb = await buildSampleWorkbook();
    const before = runScoring(snapshotWorkbook(wb), { now });
    c.mutate(wb);
    const result = runScoring(snapshotWorkbook(wb), { now });
    for (const e of c.expect) expect(result.findings.filter((f) => f.code === e.code).map(at)).toContain(e.cell);
    if (c.absent) {
      expect(before.findings.filter(c.absent)).toEqual([]);
      expect(result.findings.filter(c.absent)).toEqual([]);
    }
    // Still scored: a contradiction is reported, not a reason to rank nothing.
    expect(result.evaluation).toBeDefined();
  });

  it('the step case blamed 0 units (the old code reported the step\'s value over the maximum on every unit that reached it)', async () => {
    const wb = await buildSampleWorkbook();
    sheet(wb, plan).getCell('K63').value = '≥3: 8; ≥2: 3; ≥1: 2';
    const result = runScoring(snapshotWorkbook(wb), { now });
    const reached = (result.input?.results ?? []).filter((r) => (r.entries.find((e) => e.criterionCode === '8.2')?.actual ?? 0) >= 3);
    expect(reached.length).toBeGreaterThan(0);
    expect(result.findings.filter((f) => f.code === 'SCORE_OVER_MAX' && f.criterionCode === '8.2')).toEqual([]);
    expect(result.findings.filter((f) => f.code === 'PLAN_STEP_OVER_MAX')).toHaveLength(1);
  });
});

describe('safety corpus: sheet names', () => {
  it.each([
    ['Tong hop', 'the summary without diacritics'],
    ['Kiem tra', 'the findings sheet without diacritics'],
    ['TỔNG-HỢP', 'with a dash'],
  ])('a note sheet «%s» (%s) survives a run and the outputs keep their names', async (note) => {
    const wb = await buildSampleWorkbook();
    wb.addWorksheet(note).getCell('A1').value = 'ghi chú của cán bộ';
    const outcome = await scoreAndWrite(createXlsxPort(wb), now, { confirmReplace: true });
    expect(outcome.status).toBe('written');
    expect(wb.getWorksheet(note)?.getCell('A1').value).toBe('ghi chú của cán bộ');
    expect(outcome.result.outputSheets.summary).toBe(vi.sheets.names.summary);
    expect(outcome.result.outputSheets.findings).toBe(vi.sheets.names.findings);
  });
});

describe('safety corpus: files that are not what their names say', () => {
  it.each([
    ['ods', hostile.odsBytes],
    ['openDocument', hostile.odtBytes],
    ['word', hostile.docxBytes],
    ['powerPoint', hostile.pptxBytes],
    ['zip', hostile.plainZipBytes],
    ['encrypted', async () => hostile.encryptedBytes()],
    ['xls', async () => hostile.xlsBytes()],
    ['oldOffice', async () => hostile.docBytes()],
    ['text', async () => hostile.csvBytes()],
    ['unknown', async () => hostile.binaryBytes()],
    ['empty', async () => new Uint8Array(0)],
  ] as const)('%s renamed .xlsx: its own sentence, the input named, no output', async (kind, make) => {
    const input = join(dir, `${kind}.xlsx`);
    const output = join(dir, `${kind}.out.xlsx`);
    writeFileSync(input, await make());
    await expect(scoreFile(input, output, { now })).rejects.toEqual(new InputFileError(input, kind));
    expect(existsSync(output)).toBe(false);
  });

  it('a named pipe given as the workbook is refused at once, never opened for reading', async () => {
    const pipe = join(dir, 'ong-dan.xlsx');
    execFileSync('mkfifo', [pipe]);
    await expect(scoreFile(pipe, join(dir, 'ong-dan.out.xlsx'), { now })).rejects.toMatchObject({ problem: 'notRegular' });
  });
});

describe('safety corpus: a returned folder and the templates folder', () => {
  it('odd entries each get a line with their reason; nothing blocks', async () => {
    const folder = join(dir, 'gui-ve');
    mkdirSync(join(folder, 'con.xlsx'), { recursive: true });
    writeFileSync(join(folder, 'bang.ods'), await hostile.odsBytes());
    writeFileSync(join(folder, 'macro.xlsm'), new Uint8Array([0x50, 0x4b, 3, 4]));
    writeFileSync(join(folder, 'mat-khau.xlsx'), hostile.encryptedBytes());
    execFileSync('mkfifo', [join(folder, 'ong.xlsx')]);
    const master = join(dir, 'chinh.xlsx');
    writeFileSync(master, readFileSync(sample));
    const { plan: imported, files } = await importFolder(master, folder, join(dir, 'chinh.nhap.xlsx'), { now });
    if (imported.status !== 'ready') throw new Error(imported.reason);
    expect(files).toBe(5);
    expect(imported.log.map((r) => [r.file, r.status])).toEqual([
      ['bang.ods', 'rejected'],
      ['con.xlsx', 'rejected'],
      ['macro.xlsm', 'rejected'],
      ['mat-khau.xlsx', 'rejected'],
      ['ong.xlsx', 'rejected'],
    ]);
    for (const row of imported.log) expect(row.reason).toContain(row.file);
  }, 60_000);

  it('templates written twice into one folder overwrite nothing', async () => {
    const wb = await buildSampleWorkbook();
    // Two units are enough to show it (and keep the corpus fast).
    const units = sheet(wb, register);
    units.spliceRows(6, units.rowCount - 5);
    const input = join(dir, 'mau.xlsx');
    writeFileSync(input, await saveWorkbook(wb));
    const out = join(dir, 'bieu-mau');
    const first = await writeTemplatesToFolder(input, out, { now });
    const bytes = first.files.map((f) => readFileSync(f));
    const second = await writeTemplatesToFolder(input, out, { now });
    expect(second.renamed).toHaveLength(first.files.length);
    first.files.forEach((f, i) => expect(readFileSync(f).equals(bytes[i] ?? Buffer.alloc(0))).toBe(true));
  }, 60_000);
});
