/**
 * The package reader's limits and its small rules: no file-system entry can block, limits say so in
 * plain Vietnamese, date formats, OOXML string escapes, and what the writer writes comes back as it was.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { FileError, readWorkbookFile } from '../../src/adapters/xlsx/file';
import { importFolder } from '../../src/adapters/xlsx/import-folder';
import { PackageLimit } from '../../src/adapters/xlsx/package/opc';
import { fileProblem } from '../../src/cli/commands/shared';
import { decodeXString, defaultLimits, isDateFormat, readPackage } from '../../src/adapters/xlsx/package/reader';
import { writeSheetsToBuffer } from '../../src/adapters/xlsx/sheets';
import { applyWritePlan, encodeXString } from '../../src/adapters/xlsx/write';
import type { SheetSpec } from '../../src/workbook/spec';
import type { XmlElement } from '../../src/adapters/xlsx/package/xml';
import { cellXml, Edit, samplePath, sampleBytes, setCell } from './xlsx-producers';

const { el } = cellXml;

const dir = mkdtempSync(join(tmpdir(), 'thidua-reader-'));
const now = new Date('2024-12-20T02:00:00Z');

describe('limits of the package reader', () => {
  it.each([
    ['inflated', { inflated: 200_000 }],
    ['cells', { cells: 1_000 }],
    ['sheets', { sheets: 10 }],
  ] as const)('stops at the %s limit with a plain sentence naming the file', async (limit, over) => {
    await expect(readPackage(sampleBytes(), { ...defaultLimits, ...over })).rejects.toEqual(expect.objectContaining({ limit }));
    await expect(readPackage(sampleBytes(), { ...defaultLimits, ...over })).rejects.toBeInstanceOf(PackageLimit);
    const failed = readWorkbookFile(samplePath, { ...defaultLimits, ...over });
    await expect(failed).rejects.toBeInstanceOf(FileError);
    const error: unknown = await failed.catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: 'notXlsx', says: { key: limit } });
    // Said in the asked language, naming the file (--lang en says it in English).
    expect(fileProblem(error, 'vi')).toMatch(/vượt giới hạn/);
    expect(fileProblem(error, 'vi')).toContain(samplePath);
    expect(fileProblem(error, 'en')).toMatch(/over the reading limit/);
    expect(fileProblem(error, 'en')).toContain(samplePath);
  });

  it('reads the sample within the default limits', async () => {
    const read = await readPackage(sampleBytes());
    expect(read.snapshot.sheets.length).toBe(35);
  });
});

describe('entries that are not regular files', () => {
  it('never opens a pipe, a folder or a broken link named ….xlsx', async () => {
    const pipe = join(dir, 'ống.xlsx');
    execFileSync('mkfifo', [pipe]);
    const folder = join(dir, 'thư mục.xlsx');
    mkdirSync(folder);
    const broken = join(dir, 'hỏng.xlsx');
    symlinkSync(join(dir, 'không có.xlsx'), broken);
    for (const path of [pipe, folder]) {
      await expect(readWorkbookFile(path)).rejects.toMatchObject({ problem: 'notRegular' });
    }
    await expect(readWorkbookFile(broken)).rejects.toMatchObject({ problem: 'notFound' });
  });

  it('gives each such entry of a returned folder a line of the import log, and reads the rest', async () => {
    const returned = join(dir, 'returned');
    mkdirSync(returned);
    execFileSync('mkfifo', [join(returned, 'a-ống.xlsx')]);
    mkdirSync(join(returned, 'b-thư mục.xlsx'));
    symlinkSync(join(returned, 'không có.xlsx'), join(returned, 'c-hỏng.xlsx'));
    const { plan, files } = await importFolder(samplePath, returned, join(dir, 'imported.xlsx'), { now });
    expect(files).toBe(3);
    const log = 'log' in plan ? plan.log : [];
    for (const name of ['a-ống.xlsx', 'b-thư mục.xlsx', 'c-hỏng.xlsx']) expect(log.find((row) => row.file === name)?.reason).toMatch(/không phải tệp thường|là thư mục con|là liên kết/);
  }, 60_000);
});

describe('small rules', () => {
  it.each([
    ['dd/mm/yyyy', true],
    ['[$-42A]dd/mm/yyyy', true],
    ['h:mm', true],
    ['[h]:mm:ss', true],
    ['mmm-yy', true],
    ['0.00', false],
    ['#,##0 "đ"', false],
    ['[Red]0.00', false],
    ['General', false],
    ['0.##;-0.##;0', false],
    ['"ngày" 0', false],
  ])('format %s is a date: %s', (code, date) => {
    expect(isDateFormat(code)).toBe(date);
  });

  it.each(['a\r\nb', 'x_x000D_y', 'ctl\u0001\u001f', 'tab\tand\nline', 'plain', '_x005F_'])('OOXML string escapes round-trip %j', (s) => {
    expect(decodeXString(encodeXString(s))).toBe(s);
  });

  it('text an owned sheet or a template writes comes back as it was, CR LF included; nothing non-finite is written', async () => {
    const spec: SheetSpec = {
      name: 'Ghi chú',
      rows: [[{ value: 'Dòng 1\r\nDòng 2' }, { value: 'a_x000D_b' }, { value: Infinity }, { value: NaN }]],
      columnWidths: [20],
      merges: [],
      role: 'summary',
      visibility: 'visible',
    };
    const bytes = await writeSheetsToBuffer([spec], { now });
    const read = await readPackage(bytes);
    expect(read.snapshot.sheets[0]?.rows[0]).toEqual(['Dòng 1\r\nDòng 2', 'a_x000D_b', { error: '#NUM!' }, { error: '#NUM!' }]);
    const sheetXml = await (await JSZip.loadAsync(bytes)).file('xl/worksheets/sheet1.xml')?.async('string');
    expect(sheetXml).not.toMatch(/Infinity|NaN/);
    const wb = new ExcelJS.Workbook();
    applyWritePlan(wb, { sheets: [spec] });
    expect(wb.getWorksheet('Ghi chú')?.getCell('C1').value).toEqual({ error: '#NUM!' });
  });

  it('a time-typed and an ISO-typed cell are dates; booleans and errors keep their type', async () => {
    const e = await Edit.of(sampleBytes());
    const v = (text: string): XmlElement => el('v', {}, [text]);
    await setCell(e, 'Kế hoạch', 'Z1', el('c', { t: 'd' }, [v('2024-05-09')]));
    await setCell(e, 'Kế hoạch', 'AA1', el('c', { t: 'd' }, [v('10:30:00')]));
    await setCell(e, 'Kế hoạch', 'AB1', el('c', { t: 'b' }, [v('0')]));
    await setCell(e, 'Kế hoạch', 'AC1', el('c', { t: 'e' }, [v('#DIV/0!')]));
    const bytes = await e.bytes();
    const row = (await readPackage(bytes)).snapshot.sheets[0]?.rows[0] ?? [];
    expect(row[25]).toEqual(new Date('2024-05-09T00:00:00Z'));
    expect(row[26]).toEqual(new Date('1899-12-30T10:30:00Z'));
    expect(row[27]).toBe(false);
    expect(row[28]).toEqual({ error: '#DIV/0!' });
  });
});
