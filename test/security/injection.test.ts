/**
 * Formula injection through the ExcelJS host: hostile text in unit names (register), notes and
 * proposal names must come back on the owned sheets as plain text, never as a formula.
 */
import ExcelJS from 'exceljs';
import { createXlsxPort, loadWorkbook, saveWorkbook } from '../../src/hosts/xlsx/port';
import { scoreWorkbook } from '../../src/hosts/score';
import { buildSampleWorkbook } from '../../scripts/lib/sample';

const payloads = [
  '=1+1',
  '+1+1',
  '-2+3',
  '@SUM(1+1)*cmd|\' /C calc\'!A0',
  '\t=1+1',
  '＝1+1',
  ' =1+1',
  '\ufeff=1+1',
  '=HYPERLINK("http://evil","x")',
  '=WEBSERVICE("http://evil")',
  "=cmd|' /C calc'!A0",
  `=${'A'.repeat(3000)}`,
];

const rows: string[] = [];
afterAll(() => {
  process.stdout.write(`\nFormula injection, ExcelJS host (${rows.length} payloads)\n| payload | place | cells holding it | formulas on owned sheets | text identical |\n|---|---|---|---|---|\n${rows.join('\n')}\n`);
});

describe('formula injection (ExcelJS host)', () => {
  it.each(payloads.map((p, i) => [JSON.stringify(p.slice(0, 40)), i] as const))('%s in unit name and note stays text', async (_label, index) => {
    const payload = payloads[index] ?? '';
    const wb = await buildSampleWorkbook();
    const register = wb.getWorksheet('Đơn vị');
    const unit = wb.getWorksheet('MN01');
    if (!register || !unit) throw new Error('sample changed');
    register.getCell('B4').value = `${payload}`;
    unit.getCell('G9').value = payload;
    const result = await scoreWorkbook(createXlsxPort(wb), { now: new Date('2024-12-20T00:00:00Z') });
    const back = await loadWorkbook(await saveWorkbook(wb));
    let formulas = 0;
    let holding = 0;
    let identical = true;
    for (const name of Object.values(result.outputSheets)) {
      back.getWorksheet(name)?.eachRow((row) => {
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.Formula || cell.formula) formulas++;
          if (typeof cell.value === 'string' && cell.value.includes(payload.trim().replace(/^\ufeff/, ''))) {
            holding++;
            if (cell.type !== ExcelJS.ValueType.String) identical = false;
          }
        });
      });
    }
    // The input cells keep the hostile text as it was typed.
    identical = identical && back.getWorksheet('Đơn vị')?.getCell('B4').value === payload;
    rows.push(`| ${JSON.stringify(payload.slice(0, 30))} | đơn vị + ghi chú | ${holding} | ${formulas} | ${identical ? 'yes' : 'NO'} |`);
    expect(formulas).toBe(0);
    expect(holding).toBeGreaterThan(0);
    expect(identical).toBe(true);
  });
});
