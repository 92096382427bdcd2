/**
 * The council's proposal summary on the bundled sample: golden file, every proposal listed with a
 * verdict and a reason, and the ratio table recounted by hand from the raw proposals sheet.
 */
import type ExcelJS from 'exceljs';
import { createXlsxPort, loadWorkbook, saveWorkbook } from '../../src/adapters/xlsx/port';
import { scoreWorkbook } from '../../src/app/score';
import { buildSampleWorkbook } from '../../scripts/lib/sample';
import { dumpSheet, reload } from './xlsx-dump';
import { expectGolden } from '../helpers/golden';

const now = new Date('2024-12-20T02:00:00Z');
const sheetName = 'Tổng hợp đề nghị khen thưởng';
const goldenName = 'sample.tong-hop-de-nghi.tsv';

/** A cell as plain text, as a person reads it. */
function textOf(ws: ExcelJS.Worksheet, row: number, col: number): string {
  const v = ws.getRow(row).getCell(col).value;
  return v === null || v === undefined ? '' : String(v).trim();
}

describe('the sample\'s "Tổng hợp đề nghị khen thưởng"', () => {
  let input: ExcelJS.Workbook;
  let out: ExcelJS.Workbook;
  let sheet: ExcelJS.Worksheet;

  beforeAll(async () => {
    input = await buildSampleWorkbook();
    const wb = await loadWorkbook(await saveWorkbook(input));
    await scoreWorkbook(createXlsxPort(wb), { now });
    out = await reload(await saveWorkbook(wb));
    const ws = out.getWorksheet(sheetName);
    if (!ws) throw new Error('no proposal summary');
    sheet = ws;
  });

  it('is written as reviewed', () => {
    const actual = dumpSheet(sheet);
    expectGolden(goldenName, actual);
  });

  it('lists every proposal once, each with a verdict and a reason', () => {
    const proposals = input.getWorksheet('Đề nghị khen thưởng');
    let raw = 0;
    proposals?.eachRow((row, n) => {
      if (n > 3 && textOf(proposals, n, 2) !== '') raw++;
    });
    const verdicts = new Set(['Đủ điều kiện', 'Không đủ điều kiện', 'Cần kiểm tra']);
    let listed = 0;
    const seen = new Set<string>();
    sheet.eachRow((_row, n) => {
      const verdict = textOf(sheet, n, 8);
      if (!verdicts.has(verdict)) return;
      listed++;
      seen.add(verdict);
      expect(textOf(sheet, n, 9)).not.toBe('');
    });
    expect(raw).toBeGreaterThan(250);
    expect(listed).toBe(raw);
    expect(seen).toEqual(verdicts);
  });

  it('prints the ratio table the same as a hand count of the raw proposals sheet', () => {
    // By hand: per level column (G), how many rows and how many carry an "x" in column D.
    const proposals = input.getWorksheet('Đề nghị khen thưởng');
    const count = new Map<string, { all: number; x: number }>();
    proposals?.eachRow((_row, n) => {
      if (n <= 3 || textOf(proposals, n, 2) === '') return;
      const level = textOf(proposals, n, 7);
      const c = count.get(level) ?? { all: 0, x: 0 };
      c.all++;
      if (textOf(proposals, n, 4).toLowerCase() === 'x') c.x++;
      count.set(level, c);
    });
    const printed = new Map<string, { all: number; x: number; met: string }>();
    sheet.eachRow((_row, n) => {
      if (!textOf(sheet, n, 1).startsWith('Tập thể nhỏ, cá nhân trực tiếp')) return;
      printed.set(textOf(sheet, n, 3), { x: Number(textOf(sheet, n, 4)), all: Number(textOf(sheet, n, 5)), met: textOf(sheet, n, 8) });
    });
    expect(printed.get('huyện')).toEqual({ ...count.get('huyện'), met: 'Không đạt' });
    expect(printed.get('tỉnh')).toEqual({ ...count.get('tỉnh'), met: 'Đạt' });
    expect(printed.get('Trung ương')).toEqual({ ...count.get('Trung ương'), met: 'Đạt' });
    // The district share falls short of 80%: the gap printed is the smallest that closes it.
    const d = count.get('huyện') ?? { all: 0, x: 0 };
    const add = Math.ceil((0.8 * d.all - d.x) / 0.2 - 1e-9);
    expect((d.x + add) / (d.all + add)).toBeGreaterThanOrEqual(0.8 - 1e-9);
    expect((d.x + add - 1) / (d.all + add - 1)).toBeLessThan(0.8);
    const row = [...Array(sheet.rowCount).keys()].map((i) => i + 1).find((n) => textOf(sheet, n, 3) === 'huyện' && textOf(sheet, n, 1).startsWith('Tập thể nhỏ'));
    expect(row && textOf(sheet, row, 9)).toBe(`${add} đề nghị đạt chuẩn`);
  });

  it('prints on A4 landscape with the header row repeated, fitted to the width, the vote column from the plan', () => {
    expect(sheet.pageSetup.orientation).toBe('landscape');
    expect(sheet.pageSetup.paperSize).toBe(9);
    expect(sheet.pageSetup.fitToWidth).toBe(1);
    expect(sheet.pageSetup.printTitlesRow).toMatch(/^\$?\d+:\$?\d+$/);
    // Nine members in the sample's plan: 90% for CSTĐ cấp tỉnh is 9 of 9, 80% for a Bằng khen 8 of 9.
    const votes = new Map<string, string>();
    sheet.eachRow((_row, n) => {
      const v = textOf(sheet, n, 10);
      if (/^\d+\/\d+$/.test(v)) votes.set(v, v);
    });
    expect([...votes.keys()].sort()).toEqual(['5/9', '8/9', '9/9']);
  });

  it('never prints the repeated header of the list over the quota and ratio tables: they stand before it', () => {
    const title = Number(/^\$?(\d+):/.exec(sheet.pageSetup.printTitlesRow ?? '')?.[1]);
    expect(textOf(sheet, title, 1)).toBe('STT');
    const rowOf = (text: string): number => [...Array(sheet.rowCount).keys()].map((i) => i + 1).find((n) => textOf(sheet, n, 1) === text) ?? 0;
    expect(rowOf('GIỚI HẠN SỐ LƯỢNG THEO ĐƠN VỊ')).toBeGreaterThan(0);
    expect(rowOf('GIỚI HẠN SỐ LƯỢNG THEO ĐƠN VỊ')).toBeLessThan(title);
    expect(rowOf('TỶ LỆ KHEN THƯỞNG TẬP THỂ NHỎ, CÁ NHÂN TRỰC TIẾP')).toBeLessThan(title);
    // Counts print without decimals, the ratio with one, scores never with a bare separator.
    const ratioRow = [...Array(sheet.rowCount).keys()].map((i) => i + 1).find((n) => textOf(sheet, n, 3) === 'huyện') ?? 0;
    expect(sheet.getRow(ratioRow).getCell(4).numFmt).toBe('#,##0');
    expect(sheet.getRow(ratioRow).getCell(6).numFmt).toBe('0.0%');
    // The fingerprint is in the footer, and the plan named once as the attachment line.
    expect(sheet.headerFooter.oddFooter).toContain('Mã kiểm tra dữ liệu: ');
    expect(textOf(sheet, 7, 1)).toMatch(/^\(Kèm theo Kế hoạch số 338\/KH-PGDĐT ngày 25\/3\/2024 của Phòng Giáo dục và Đào tạo huyện Châu Thành về việc phát động phong trào/);
  });
});
