/**
 * List validation in a written .xlsx: Excel reads a list typed in the rule as items split at every
 * comma (and at most 255 characters), so items holding a comma or a quote come from hidden cells right
 * of the form — as the office host does (listNeedsCells) — and the rule points at them.
 */
import ExcelJS from 'exceljs';
import { writeSheetsToBuffer } from '../../src/adapters/xlsx/sheets';
import type { SheetSpec } from '../../src/workbook/spec';

const items = ['Giấy khen của Chủ tịch UBND huyện, thị xã', 'Không đề nghị', '1,5 điểm', '=1+1'];
const plain = ['Đạt', 'Không đạt'];

const form: SheetSpec = {
  name: 'Biểu mẫu',
  role: 'input',
  visibility: 'visible',
  rows: [[{ value: 'Hình thức' }, { value: null }], [{ value: 'Kết quả' }, { value: null }]],
  columnWidths: [20, 20],
  merges: [],
  inputs: [
    { range: 'B1', rule: { kind: 'list', values: items, title: 'Chọn', message: 'Chọn trong danh sách' } },
    { range: 'B2', rule: { kind: 'list', values: plain, title: 'Chọn', message: 'Chọn trong danh sách' } },
  ],
};

describe('list validation in the .xlsx writer', () => {
  it('offers items holding commas as they are, from a hidden column one column right of the form; a plain list stays in the rule', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeSheetsToBuffer([form], { now: new Date('2024-12-20T00:00:00Z') })) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Biểu mẫu');
    if (!ws) throw new Error('no sheet');
    expect(ws.getCell('B1').dataValidation).toMatchObject({ type: 'list', formulae: ['$D$1:$D$4'] });
    expect(ws.getCell('B2').dataValidation).toMatchObject({ type: 'list', formulae: ['"Đạt,Không đạt"'] });
    expect([1, 2, 3, 4].map((r) => ws.getCell(r, 4).value)).toEqual(items);
    // The item that looks like a formula is text, never a formula.
    expect(ws.getCell('D4').formula).toBeUndefined();
    expect(ws.getColumn(4).hidden).toBe(true);
    expect(ws.getColumn(3).hidden).toBe(false);
  });
});
