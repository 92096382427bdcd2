/**
 * Formula injection through every host: hostile text in unit names (register), notes and
 * criterion texts (plan sheet) must come back on the owned sheets as plain text, never as a
 * formula — proven on the written .xlsx (ExcelJS), on the typed fake's recorded cells (office:
 * Excel would turn a bare "=…" into a formula; the host must prefix it), and on the memory host's
 * write plan.
 *
 * All payloads go into one workbook per host — each in its own unit name, unit note and criterion text,
 * tagged «·01»…«·13» so each is found on its own — so the three hosts score three workbooks, not 39.
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

/** Each payload with a tag of its own, so that «=1+1» is not found inside «\t=1+1». */
const tagged = payloads.map((p, i) => `${p}·${String(i + 1).padStart(2, '0')}`);
const needle = (payload: string): string => payload.trim().replace(/^\ufeff/, '');
const label = (i: number): string => JSON.stringify((payloads[i] ?? '').slice(0, 30));
const registerCell = (i: number): string => `B${4 + i}`;

/** The register, unit and plan cells of the sample: one unit name, one unit note, one criterion text per payload. */
async function hostileWorkbook(): Promise<ExcelJS.Workbook> {
  const wb = await buildSampleWorkbook();
  const register = wb.getWorksheet('Đơn vị');
  const plan = wb.getWorksheet('Kế hoạch');
  if (!register || !plan) throw new Error('sample changed');
  const codes = new Set<string>();
  let criterionRows: ExcelJS.Row[] = [];
  plan.eachRow((row) => {
    if (/^\d+(\.\d+)*$/.test(String(row.getCell(1).value ?? '')) && row.getCell(3).value !== null && !codes.has(String(row.getCell(1).value))) {
      codes.add(String(row.getCell(1).value));
      criterionRows.push(row);
    }
  });
  criterionRows = criterionRows.slice(0, tagged.length);
  tagged.forEach((payload, i) => {
    const code = String(register.getCell(`A${4 + i}`).value);
    const unit = wb.getWorksheet(code);
    const criterion = criterionRows[i];
    if (!unit || !criterion) throw new Error(`sample changed: no unit sheet ${code} or criterion row ${i + 1}`);
    register.getCell(registerCell(i)).value = payload;
    unit.getCell('G9').value = payload;
    criterion.getCell(3).value = payload;
  });
  return wb;
}

const now = new Date('2024-12-20T00:00:00Z');

describe('formula injection (office host, typed fake Excel)', () => {
  const found = new Map<number, { holding: number; identical: boolean; formulas: number }>();
  const seenOf = (i: number): { holding: number; identical: boolean; formulas: number } => found.get(i) ?? found.set(i, { holding: 0, identical: true, formulas: 0 }).get(i) ?? { holding: 0, identical: true, formulas: 0 };
  let formulas = -1;
  beforeAll(async () => {
    const fake = createFakeExcel(snapshotWorkbook(await hostileWorkbook()));
    const port = createOfficePort({ run: fake.run, isSetSupported: () => true });
    const result = await scoreWorkbook(port, { now });
    formulas = 0;
    for (const name of Object.values(result.outputSheets)) {
      const sheet = name === undefined ? undefined : findSheet(fake.model, name);
      for (const cell of sheet?.cells.values() ?? []) {
        const formula = cell.formula;
        if (formula !== undefined) formulas++;
        tagged.forEach((payload, i) => {
          if (formula?.includes(needle(payload))) seenOf(i).formulas++;
          if (typeof cell.value !== 'string' || !cell.value.includes(needle(payload))) return;
          const seen = seenOf(i);
          seen.holding++;
          // Excel shows the text without the apostrophe prefix, which it keeps as a flag.
          if (cell.type !== 'String') seen.identical = false;
        });
      }
    }
  });

  it('no cell of an owned sheet became a formula', () => expect(formulas).toBe(0));
  it.each(payloads.map((_, i) => [label(i), i] as const))('%s is written so Excel keeps it as text', (name, i) => {
    const seen = seenOf(i);
    rows.push(`| ${name} | office (fake) | ${seen.holding} | ${seen.formulas} | ${seen.identical ? 'yes' : 'NO'} |`);
    expect(seen.formulas).toBe(0);
    expect(seen.holding).toBeGreaterThan(0);
    expect(seen.identical).toBe(true);
  });
});

describe('formula injection (memory host)', () => {
  const holding = new Map<number, number>();
  beforeAll(async () => {
    const m = createMemoryWorkbook(snapshotWorkbook(await hostileWorkbook()));
    await scoreWorkbook(m.port, { now });
    for (const spec of m.written.values()) {
      for (const row of spec.rows) {
        for (const cell of row) {
          if (typeof cell.value !== 'string') continue;
          const text = cell.value;
          tagged.forEach((payload, i) => {
            if (text.includes(needle(payload))) holding.set(i, (holding.get(i) ?? 0) + 1);
          });
        }
      }
    }
  });

  it.each(payloads.map((_, i) => [label(i), i] as const))('%s is handed to the host as text', (name, i) => {
    rows.push(`| ${name} | memory | ${holding.get(i) ?? 0} | – | yes |`);
    expect(holding.get(i) ?? 0).toBeGreaterThan(0);
  });
});

describe('formula injection (ExcelJS host)', () => {
  const found = new Map<number, { holding: number; identical: boolean }>();
  let formulas = -1;
  let back: ExcelJS.Workbook | undefined;
  beforeAll(async () => {
    const wb = await hostileWorkbook();
    const result = await scoreWorkbook(createXlsxPort(wb), { now });
    back = await loadWorkbook(await saveWorkbook(wb));
    formulas = 0;
    for (const name of Object.values(result.outputSheets)) {
      back.getWorksheet(name)?.eachRow((row) => {
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.Formula || cell.formula) formulas++;
          // A merged cell's other cells answer with the master's text: not values of their own.
          if (cell.isMerged && cell.master.address !== cell.address) return;
          const value = cell.value;
          if (typeof value !== 'string') return;
          tagged.forEach((payload, i) => {
            if (!value.includes(needle(payload))) return;
            const seen = found.get(i) ?? { holding: 0, identical: true };
            seen.holding++;
            if (cell.type !== ExcelJS.ValueType.String) seen.identical = false;
            found.set(i, seen);
          });
        });
      });
    }
  });

  it('no cell of an owned sheet became a formula', () => expect(formulas).toBe(0));
  it.each(payloads.map((_, i) => [label(i), i] as const))('%s in unit name and note stays text', (name, i) => {
    const seen = found.get(i) ?? { holding: 0, identical: true };
    // The input cells keep the hostile text as it was typed.
    // (XML stores a bare CR as a line break: an .xlsx round trip gives LF, in any Excel too — not a formula.)
    const input = back?.getWorksheet('Đơn vị')?.getCell(registerCell(i)).value;
    const identical = seen.identical && input === (tagged[i] ?? '').replace(/\r(?!\n)/g, '\n');
    rows.push(`| ${name} | đơn vị + ghi chú | ${seen.holding} | ${formulas} | ${identical ? 'yes' : 'NO'} |`);
    expect(seen.holding).toBeGreaterThan(0);
    expect(identical).toBe(true);
  });
});
