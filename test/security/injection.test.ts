/**
 * Formula injection through every host: hostile text in unit names (register), notes and
 * criterion texts (plan sheet) must come back on the owned sheets as plain text, never as a
 * formula — proven on the written .xlsx (ExcelJS), on the typed fake's recorded cells (office:
 * Excel would turn a bare "=…" into a formula; the host must prefix it), and on the memory host's
 * write plan.
 */
import ExcelJS from 'exceljs';
import { createXlsxPort, loadWorkbook, saveWorkbook } from '../../src/adapters/xlsx/port';
import { scoreWorkbook } from '../../src/app/score';
import { buildSampleWorkbook } from '../../scripts/lib/sample';
import { createMemoryWorkbook } from '../../src/adapters/memory/port';
import { createOfficePort } from '../../src/adapters/office/port';
import { snapshotWorkbook } from '../../src/adapters/xlsx/read';
import { createFakeExcel, findSheet } from '../fake-excel';

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
  '\r=1+1',
];

const rows: string[] = [];
afterAll(() => {
  process.stdout.write(`\nFormula injection, every host (${payloads.length} payloads × 3 hosts)\n| payload | place | cells holding it | formulas on owned sheets | text identical |\n|---|---|---|---|---|\n${rows.join('\n')}\n`);
});

/** The payload as the text of the plan's first criterion (it is printed on the findings and tiers sheets). */
function plantInPlan(wb: ExcelJS.Workbook, payload: string): void {
  const plan = wb.getWorksheet('Kế hoạch');
  let done = false;
  plan?.eachRow((row) => {
    if (!done && row.getCell(1).value === '1.1') {
      row.getCell(3).value = payload;
      done = true;
    }
  });
}

async function hostileWorkbook(payload: string): Promise<ExcelJS.Workbook> {
  const wb = await buildSampleWorkbook();
  const register = wb.getWorksheet('Đơn vị');
  if (register) register.getCell('B4').value = payload;
  const unit = wb.getWorksheet('MN01');
  if (unit) unit.getCell('G9').value = payload;
  plantInPlan(wb, payload);
  return wb;
}

const needle = (payload: string): string => payload.trim().replace(/^\ufeff/, '');

describe('formula injection (office host, typed fake Excel)', () => {
  it.each(payloads.map((p, i) => [JSON.stringify(p.slice(0, 40)), i] as const))('%s is written so Excel keeps it as text', async (_label, index) => {
    const payload = payloads[index] ?? '';
    const fake = createFakeExcel(snapshotWorkbook(await hostileWorkbook(payload)));
    const port = createOfficePort({ run: fake.run, isSetSupported: () => true });
    const result = await scoreWorkbook(port, { now: new Date('2024-12-20T00:00:00Z') });
    let formulas = 0;
    let holding = 0;
    let identical = true;
    for (const name of Object.values(result.outputSheets)) {
      const sheet = name === undefined ? undefined : findSheet(fake.model, name);
      for (const cell of sheet?.cells.values() ?? []) {
        if (cell.formula !== undefined) formulas++;
        if (typeof cell.value === 'string' && cell.value.includes(needle(payload))) {
          holding++;
          // Excel shows the text without the apostrophe prefix, which it keeps as a flag.
          if (cell.type !== 'String') identical = false;
        }
      }
    }
    rows.push(`| ${JSON.stringify(payload.slice(0, 30))} | office (fake) | ${holding} | ${formulas} | ${identical ? 'yes' : 'NO'} |`);
    expect(formulas).toBe(0);
    expect(holding).toBeGreaterThan(0);
    expect(identical).toBe(true);
  });
});

describe('formula injection (memory host)', () => {
  it.each(payloads.map((p, i) => [JSON.stringify(p.slice(0, 40)), i] as const))('%s is handed to the host as text', async (_label, index) => {
    const payload = payloads[index] ?? '';
    const m = createMemoryWorkbook(snapshotWorkbook(await hostileWorkbook(payload)));
    await scoreWorkbook(m.port, { now: new Date('2024-12-20T00:00:00Z') });
    let holding = 0;
    for (const spec of m.written.values()) for (const row of spec.rows) for (const cell of row) if (typeof cell.value === 'string' && cell.value.includes(needle(payload))) holding++;
    rows.push(`| ${JSON.stringify(payload.slice(0, 30))} | memory | ${holding} | – | yes |`);
    expect(holding).toBeGreaterThan(0);
  });
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
    plantInPlan(wb, payload);
    const result = await scoreWorkbook(createXlsxPort(wb), { now: new Date('2024-12-20T00:00:00Z') });
    const back = await loadWorkbook(await saveWorkbook(wb));
    let formulas = 0;
    let holding = 0;
    let identical = true;
    for (const name of Object.values(result.outputSheets)) {
      back.getWorksheet(name)?.eachRow((row) => {
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.Formula || cell.formula) formulas++;
          // A merged cell's other cells answer with the master's text: not values of their own.
          if (cell.isMerged && cell.master.address !== cell.address) return;
          if (typeof cell.value === 'string' && cell.value.includes(needle(payload))) {
            holding++;
            if (cell.type !== ExcelJS.ValueType.String) identical = false;
          }
        });
      });
    }
    // The input cells keep the hostile text as it was typed.
    // (XML stores a bare CR as a line break: an .xlsx round trip gives LF, in any Excel too — not a formula.)
    identical = identical && back.getWorksheet('Đơn vị')?.getCell('B4').value === payload.replace(/\r(?!\n)/g, '\n');
    rows.push(`| ${JSON.stringify(payload.slice(0, 30))} | đơn vị + ghi chú | ${holding} | ${formulas} | ${identical ? 'yes' : 'NO'} |`);
    expect(formulas).toBe(0);
    expect(holding).toBeGreaterThan(0);
    expect(identical).toBe(true);
  });
});
