/** Text the add-in writes can never become a formula: proven by reading the written .xlsx back. */
import ExcelJS from 'exceljs';
import { applyWritePlan } from '../../src/adapters/xlsx/write';
import { saveWorkbook } from '../../src/adapters/xlsx/port';
import { isFormulaLike } from '../../src/workbook/safe-text';
import { reload } from './xlsx-dump';

const payloads = [
  '=1+1',
  '+1+1',
  '-1+1',
  '@SUM(A1:A2)',
  '\t=1',
  '\r=1',
  '=HYPERLINK("http://example.invalid","bấm vào")',
  '=WEBSERVICE("http://example.invalid")',
  "=cmd|' /C calc'!A0",
  '＝1+1',
];

describe('formula-like text', () => {
  it('is recognised', () => {
    for (const p of payloads) expect(isFormulaLike(p)).toBe(true);
    for (const ok of ['Trường A', '9,5', '1-2', 'a=b']) expect(isFormulaLike(ok)).toBe(false);
  });

  it('is written as text with the Text format by the ExcelJS host', async () => {
    const wb = new ExcelJS.Workbook();
    applyWritePlan(wb, {
      sheets: [{ name: 'Tổng hợp', role: 'summary', visibility: 'visible', rows: payloads.map((p) => [{ value: p, style: 'cell' }]), columnWidths: [30], merges: [] }],
      highlights: [],
    });
    const back = await reload(await saveWorkbook(wb));
    const ws = back.getWorksheet('Tổng hợp');
    payloads.forEach((p, i) => {
      const cell = ws?.getCell(i + 1, 1);
      expect(cell?.type).toBe(ExcelJS.ValueType.String);
      // A CR is written as _x000D_ (XML would turn a bare CR into LF): the text comes back exactly, and stays text.
      expect(cell?.value).toBe(p);
      expect(cell?.numFmt).toBe('@');
    });
  });
});
