/**
 * issue 4: a unit template's form (unlocked, validated input cells; protected sheet) written through
 * the three hosts: each ends with the same cells open, the same rules and the sheet protected.
 */
import ExcelJS from 'exceljs';
import type { Unit } from '../../src/domain/input/schema';
import { planPresets } from '../../src/domain/plan/presets';
import { createMemoryWorkbook } from '../../src/adapters/memory/port';
import { createXlsxPort } from '../../src/adapters/xlsx/port';
import { address, parseAddress } from '../../src/workbook/grid';
import type { InputRule, SheetSpec } from '../../src/workbook/spec';
import { renderUnitTemplate } from '../../src/workbook/template/render';
import { renderScorerTemplate } from '../../src/workbook/template/scorer';
import { cellKey, cellPosition, findSheet } from '../fake-excel';
import { officeHost } from './helpers';

const plan = planPresets[1]?.plan;
if (!plan) throw new Error('preset');
const unit: Unit = { code: 'TH01', name: 'Trường Tiểu học A', block: 'Cụm 1', size: 'large' };
const template = renderUnitTemplate(plan, unit, {});
const form = template.sheets[0];
if (!form) throw new Error('no form');
const inputs = form.inputs ?? [];

/** What a rule says, in one shape for every host. */
type Said = { kind: 'decimal'; min: number; max?: number } | { kind: 'list'; values: string[] } | { kind: 'scoreOrWord'; max?: number } | undefined;
const said = (rule: InputRule | undefined): Said =>
  rule === undefined
    ? undefined
    : rule.kind === 'list'
      ? { kind: 'list', values: [...rule.values] }
      : rule.kind === 'scoreOrWord'
        ? { kind: 'scoreOrWord', ...(rule.max === undefined ? {} : { max: rule.max }) }
        : { kind: 'decimal', min: rule.min, ...(rule.max === undefined ? {} : { max: rule.max }) };
const expected = inputs.map((i) => [i.range, said(i.rule)]);

describe('a form through the memory, ExcelJS and office hosts', () => {
  it('has input cells to agree on', () => {
    expect(inputs.length).toBeGreaterThan(10);
    expect(inputs.every((i) => !i.range.includes(':'))).toBe(true);
    expect(form.protect).toBe(true);
  });

  it('memory: records the form as given', async () => {
    const mem = createMemoryWorkbook({ sheets: [] });
    await mem.port.apply({ sheets: [form] });
    const written: SheetSpec | undefined = mem.written.get(form.name);
    expect(written?.protect).toBe(true);
    expect((written?.inputs ?? []).map((i) => [i.range, said(i.rule)])).toEqual(expected);
  });

  it('ExcelJS: the same cells unlocked and validated, the sheet protected', async () => {
    const wb = new ExcelJS.Workbook();
    await createXlsxPort(wb).apply({ sheets: [form] });
    const ws = wb.getWorksheet(form.name);
    if (!ws) throw new Error('sheet');
    const open: unknown[] = [];
    ws.eachRow((row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        if (cell.protection?.locked !== false) return;
        const v = cell.dataValidation;
        const rule: Said = v === undefined ? undefined : v.type === 'list' ? { kind: 'list', values: String(v.formulae[0]).replace(/^"|"$/g, '').split(',') } : { kind: 'decimal', min: Number(v.formulae[0]), ...(v.formulae[1] === undefined ? {} : { max: Number(v.formulae[1]) }) };
        open.push([cell.address, rule]);
      }),
    );
    expect(sortByAddress(open)).toEqual(sortByAddress(expected));
    expect((ws as ExcelJS.Worksheet & { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(true);
  });

  it('office: the same cells unlocked and validated, the sheet protected', async () => {
    const host = officeHost({ sheets: [{ name: 'Sheet1', visibility: 'visible', rows: [], merges: [] }] });
    await host.port.apply({ sheets: [form] });
    const sheet = findSheet(host.fake.model, form.name);
    if (!sheet) throw new Error('sheet');
    expect(sheet.protection).toBeDefined();
    const open: unknown[] = [];
    for (const [key, cell] of sheet.cells) {
      if (cell.format.locked !== false) continue;
      const { row: r, col: c } = cellPosition(key);
      const raw = cell.format.validation;
      const rule = typeof raw === 'string' ? (JSON.parse(raw) as Excel.DataValidationRule) : undefined;
      const shown: Said = rule?.list ? { kind: 'list', values: String(rule.list.source).split(',') } : rule?.decimal ? { kind: 'decimal', min: Number(rule.decimal.formula1), ...(rule.decimal.formula2 === undefined ? {} : { max: Number(rule.decimal.formula2) }) } : undefined;
      if (rule) expect(JSON.parse(String(cell.format.validationAlert))).toMatchObject({ showAlert: true, style: 'Stop' });
      open.push([address(r, c), shown]);
    }
    expect(sortByAddress(open)).toEqual(sortByAddress(expected));
  });
});

describe('a scorer form of cross-scoring through the ExcelJS and office hosts', () => {
  const units: Unit[] = ['A', 'B', 'C'].map((c) => ({ code: c, name: `Trường ${c}`, block: 'Cụm 1', size: 'large' }));
  const scorer = renderScorerTemplate(plan, units[0] as Unit, units.slice(1), {}).sheets[0];
  if (!scorer) throw new Error('no scorer form');
  const first = scorer.inputs?.[0]?.range ?? '';
  const formula = (cell: string): string => `OR(AND(ISNUMBER(${cell}),${cell}>=0,${cell}<=`;

  it('ExcelJS and office write the same rule: a number in range or «Không chấm…», relative to each cell', async () => {
    const wb = new ExcelJS.Workbook();
    await createXlsxPort(wb).apply({ sheets: [scorer] });
    const v = wb.getWorksheet(scorer.name)?.getCell(first).dataValidation;
    expect(v?.type).toBe('custom');
    expect(String(v?.formulae[0])).toContain(formula(first));
    expect(String(v?.formulae[0])).toContain('="Không chấm")');
    const host = officeHost({ sheets: [{ name: 'Sheet1', visibility: 'visible', rows: [], merges: [] }] });
    await host.port.apply({ sheets: [scorer] });
    const sheet = findSheet(host.fake.model, scorer.name);
    const a = parseAddress(first);
    const raw = sheet?.cells.get(cellKey(a.row, a.col))?.format.validation;
    const rule = typeof raw === 'string' ? (JSON.parse(raw) as Excel.DataValidationRule) : undefined;
    expect(String(rule?.custom?.formula)).toBe(`=${String(v?.formulae[0])}`);
    const open = [...(sheet?.cells ?? new Map()).values()].filter((c: { format: { locked?: boolean } }) => c.format.locked === false);
    expect(open).toHaveLength((scorer.inputs ?? []).length);
  });
});

function sortByAddress(rows: unknown[]): unknown[] {
  const key = (r: unknown): number => {
    const a = parseAddress(String((r as unknown[])[0]));
    return a.row * 1000 + a.col;
  };
  return [...rows].sort((a, b) => key(a) - key(b));
}
