/**
 * Text written by the office host stays text: formula-like text (OWASP list), numbers typed as
 * text, TRUE, dates, error literals. The fake reads strings as Excel reads typed input, so a
 * missing apostrophe would show here as a formula, a number or a boolean.
 */
import ExcelJS from 'exceljs';
import { createOfficePort } from '../../src/adapters/office/port';
import { needsQuotePrefix } from '../../src/adapters/office/text';
import { createXlsxPort } from '../../src/adapters/xlsx/port';
import type { SheetSpec, WritePlan } from '../../src/workbook/spec';
import { cellKey, createFakeExcel, findSheet } from '../fake-excel';
import { comparableRows, sheetNamed } from './helpers';
import { scoreFormat } from '../../src/workbook/render/styles';

const tricky = ['=HYPERLINK("http://example.com","bấm")', '+84 912 345 678', '-5', '@SUM(A1:A2)', '\tthụt lề', '\rxuống dòng', '＝全角', '001', 'TRUE', '1/2', '#N/A', 'Khối 1', 'Trường Mầm non An Bình'];

const spec: SheetSpec = {
  name: 'Chữ',
  role: 'findings',
  visibility: 'visible',
  rows: [tricky.map((value) => ({ value, style: 'cell' })), [{ value: 5, style: 'number' }, { value: 0 }, { value: null, style: 'cell' }, { value: -1.25 }]],
  columnWidths: [10, 20],
  merges: [],
};
const plan: WritePlan = { sheets: [spec] };
const input = { sheets: [{ name: 'Nhập', visibility: 'visible' as const, rows: [['a']], merges: [] }] };

describe('text written through office.js', () => {
  it('reads back exactly what the ExcelJS host reads back', async () => {
    const fake = createFakeExcel(input);
    const office = createOfficePort({ run: fake.run, isSetSupported: () => true });
    await office.apply(plan);
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Nhập').getCell('A1').value = 'a';
    const xlsx = createXlsxPort(wb);
    await xlsx.apply(plan);
    const fromOffice = sheetNamed(await office.readSnapshot(), 'Chữ');
    expect(fromOffice.rows[0]).toEqual(tricky);
    expect(comparableRows(fromOffice)).toEqual(comparableRows(sheetNamed(await xlsx.readSnapshot(), 'Chữ')));
  });

  it('sends formula-like text with an apostrophe and gives it the Text number format', async () => {
    const fake = createFakeExcel(input);
    await createOfficePort({ run: fake.run, isSetSupported: () => true }).apply(plan);
    const sent = fake.model.writes.find((w) => w.sheet === 'Chữ')?.values[0] ?? [];
    expect(sent[0]).toBe(`'${tricky[0]}`);
    expect(sent[12]).toBe('Trường Mầm non An Bình');
    const sheet = findSheet(fake.model, 'Chữ');
    for (const [col, text] of tricky.entries()) {
      const cell = sheet?.cells.get(cellKey(0, col));
      expect(cell?.formula).toBeUndefined();
      expect(cell?.type).toBe('String');
      expect(cell?.quotePrefix ?? false).toBe(needsQuotePrefix(text));
      if (/^[=+\-@\t\r＝]/.test(text)) expect(cell?.numberFormat).toBe('@');
    }
    expect(sheet?.cells.get(cellKey(1, 0))?.numberFormat).toBe(scoreFormat);
    expect(sheet?.cells.get(cellKey(1, 0))?.value).toBe(5);
  });

  it('the fake would have made formulas of them without the apostrophe (the check above means something)', async () => {
    const fake = createFakeExcel(input);
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Nhập').getRangeByIndexes(1, 0, 1, 4).values = [['=1+1', '001', 'TRUE', '+84 912']];
      await ctx.sync();
    });
    const cells = [0, 1, 2, 3].map((c) => findSheet(fake.model, 'Nhập')?.cells.get(cellKey(1, c)));
    expect(cells.map((c) => c?.type)).toEqual(['Error', 'Double', 'Boolean', 'Error']);
    expect(cells[0]?.formula).toBe('=1+1');
  });

  it('lays out a sheet: widths in points, heights, merges, freeze, page, data bars and charts', async () => {
    const fake = createFakeExcel(input);
    const laid: SheetSpec = {
      ...spec,
      name: 'Bố cục',
      rows: [[{ value: 'Đơn vị' }, { value: 'Điểm' }], [{ value: 'A' }, { value: 90 }], [{ value: 'B' }, { value: 80 }]],
      columnWidths: [20, 20, 8],
      rowHeights: [30, undefined, 30],
      merges: ['D1:E1'],
      freeze: { rows: 1, columns: 1 },
      page: { orientation: 'landscape', paper: 'A4', margins: { top: 25.4, bottom: 20, left: 30, right: 15 }, printTitleRows: [1, 1], fitToWidth: true, pageNumbers: true },
      dataBars: [{ range: 'B2:B3', color: '5B9BD5' }],
      charts: [{ title: 'Tổng điểm', categories: 'A2:A3', values: 'B2:B3', anchor: 'D3' }],
    };
    await createOfficePort({ run: fake.run, isSetSupported: () => true }).apply({ sheets: [laid] });
    const sheet = findSheet(fake.model, 'Bố cục');
    expect([...(sheet?.columnWidths ?? [])]).toEqual([[0, 105], [1, 105], [2, 42]]);
    expect([...(sheet?.rowHeights ?? [])]).toEqual([[0, 30], [2, 30]]);
    expect(sheet?.merges).toEqual(['D1:E1']);
    expect(sheet?.freeze).toEqual({ rows: 1, columns: 1 });
    expect(sheet?.page).toMatchObject({ orientation: 'Landscape', paperSize: 'A4', topMargin: 72, printTitleRows: '$1:$1', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, 'headersFooters.state': 'FirstAndDefault' });
    expect(sheet?.conditionalFormats).toEqual([expect.objectContaining({ type: 'DataBar', ranges: 'B2:B3', dataBar: expect.objectContaining({ fillColor: '#5B9BD5' }) })]);
    expect(sheet?.charts).toEqual([{ type: 'BarClustered', source: 'B2:B3', seriesBy: 'Columns', title: 'Tổng điểm', categories: 'A2:A3', position: 'D3' }]);
  });
});
