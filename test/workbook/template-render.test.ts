import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { fingerprint } from '../../src/domain/hash';
import type { Unit } from '../../src/domain/input/schema';
import { planPresets } from '../../src/domain/plan/presets';
import { foldKey } from '../../src/domain/text/normalize';
import { loadWorkbook } from '../../src/adapters/xlsx/port';
import { snapshotWorkbook } from '../../src/adapters/xlsx/read';
import { writeSheetsToBuffer } from '../../src/adapters/xlsx/sheets';
import type { SheetSnapshot } from '../../src/workbook/grid';
import { parseInputs } from '../../src/workbook/parse/inputs';
import { snapshotFromSpec } from '../../src/workbook/spec-snapshot';
import { readTemplateState } from '../../src/workbook/template/state';
import { renderUnitTemplate, renderUnitTemplates, templateFileName } from '../../src/workbook/template/render';
import { atClockTime } from '../helpers/clock';

const now = new Date('2024-12-31T08:00:00Z');
const preset = planPresets[1];
if (!preset) throw new Error('preset missing');
const plan = preset.plan;
const unit: Unit = { code: 'TH01', name: '=HYPERLINK("http://x","y")', block: '@Cụm 1', size: 'large' };

function registerSheet(units: readonly Unit[]): SheetSnapshot {
  return { name: 'Đơn vị', visibility: 'visible', merges: [], rows: [['Mã đơn vị', 'Tên đơn vị', 'Khối/Cụm'], ...units.map((u) => [u.code, u.name, u.block])] };
}

describe('unit template files', () => {
  it('puts the unit code first, keeps Vietnamese and replaces what Windows forbids', () => {
    expect(templateFileName({ code: 'TH01', name: 'Trường Tiểu học A' })).toBe('TH01 - Trường Tiểu học A.xlsx');
    expect(templateFileName({ code: 'A/1', name: 'Tổ "Văn": Sử*?<>|\\.' })).toBe('A_1 - Tổ _Văn__ Sử______.xlsx');
  });

  it('keeps names unique when two units share a name', () => {
    const units: Unit[] = [
      { code: 'X', name: 'Trường A', block: 'K', size: 'large' },
      { code: 'x', name: 'trường a', block: 'K', size: 'large' },
      { code: 'X', name: 'Trường A', block: 'K', size: 'large' },
    ];
    const names = renderUnitTemplates(plan, units, {}).map((t) => t.fileName);
    expect(names).toEqual(['X - Trường A.xlsx', 'x - trường a (2).xlsx', 'X - Trường A (3).xlsx']);
  });
});

describe('a written template (.xlsx read back with ExcelJS)', () => {
  let ws: ExcelJS.Worksheet;
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = await loadWorkbook(await writeSheetsToBuffer(renderUnitTemplate(plan, unit, { period: 'Năm 2024' }).sheets, { now }));
    const visible = wb.worksheets.find((w) => w.state === 'visible');
    if (!visible) throw new Error('no visible sheet');
    ws = visible;
  });

  it('is protected without a password, with input cells unlocked and validated and the rest locked', () => {
    const protection = (ws as ExcelJS.Worksheet & { sheetProtection?: Record<string, unknown> }).sheetProtection;
    expect(protection?.sheet).toBe(true);
    expect(protection?.hashValue).toBeUndefined();
    const header = ws.getColumn(1).values.findIndex((v) => v === 'Mã tiêu chí');
    expect(header).toBeGreaterThan(0);
    let leaves = 0;
    for (const c of plan.criteria) {
      const r = ws.getColumn(1).values.findIndex((v, i) => i > header && v === c.code);
      const isGroup = plan.criteria.some((o) => o.code.startsWith(`${c.code}.`));
      const self = ws.getCell(r, 6);
      const appraised = ws.getCell(r, 7);
      expect(ws.getCell(r, 4).value).toBe(c.maxPoints);
      expect(appraised.protection?.locked).not.toBe(false); // the council's column
      expect(ws.getCell(r, 2).protection?.locked).not.toBe(false);
      if (isGroup) {
        expect(self.protection?.locked).not.toBe(false);
        continue;
      }
      leaves++;
      expect(self.protection?.locked).toBe(false);
      expect(self.dataValidation).toMatchObject({ type: 'decimal', operator: 'between', formulae: [0, c.maxPoints], showErrorMessage: true });
      expect(String(self.dataValidation.error)).toContain('từ 0 đến');
      const actual = ws.getCell(r, 5).dataValidation;
      if (c.method === 'passFail') expect(actual).toMatchObject({ type: 'list', formulae: ['"Đạt,Không đạt"'] });
      if (c.method === 'targetRatio' || c.method === 'steps') expect(actual).toMatchObject({ type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0] });
    }
    expect(leaves).toBeGreaterThan(0);
  });

  it('keeps a unit name starting with "=" or "@" as text, never a formula', () => {
    const cells: ExcelJS.Cell[] = [];
    ws.eachRow((row) => row.eachCell((cell) => cells.push(cell)));
    const name = cells.find((c) => c.value === unit.name);
    const block = cells.find((c) => c.value === unit.block);
    expect(name?.type).toBe(ExcelJS.ValueType.String);
    expect(block?.type).toBe(ExcelJS.ValueType.String);
    expect(cells.some((c) => c.type === ExcelJS.ValueType.Formula)).toBe(false);
  });

  it('carries the plan fingerprint and the unit in its very-hidden state sheet, and prints on A4', () => {
    const state = wb.worksheets.find((w) => w.state === 'veryHidden');
    expect(state).toBeDefined();
    const read = readTemplateState(snapshotWorkbook(wb));
    expect(read.status === 'ok' && read.state).toMatchObject({ unitCode: 'TH01', unitName: unit.name, planFingerprint: fingerprint(plan), period: 'Năm 2024', sheet: ws.name });
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.orientation).toBe('portrait');
  });
});

describe('template bytes', () => {
  it('are the same for the same plan, unit and time, whatever the clock says', async () => {
    const sheets = renderUnitTemplate(plan, unit, {}).sheets;
    // Only the clock is stopped: the zip library's own timers must keep running.
    const a = await atClockTime(new Date('2030-01-01T10:00:00Z'), () => writeSheetsToBuffer(sheets, { now }));
    const b = await atClockTime(new Date('2031-06-15T17:31:07Z'), () => writeSheetsToBuffer(sheets, { now }));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});

const unitArb = fc.record({
  code: fc.stringMatching(/^[A-Za-z0-9]{1,6}$/),
  name: fc.stringMatching(/^[=@A-Za-zĐđăâêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệ/:*?"<>|\\]{1,20}$/).filter((s) => s.trim() !== '' && s === s.trim()),
  block: fc.constantFrom('Khối 1', 'Cụm 2', 'Mầm non'),
});

describe('templates for any preset and any unit list', () => {
  it('have unique, safe file names and parse back to the plan criteria', () => {
    fc.assert(
      fc.property(fc.constantFrom(...planPresets), fc
          .uniqueArray(unitArb, { minLength: 1, maxLength: 6, selector: (u) => foldKey(u.code) })
          // A valid register: no two units share a name, and no name is another unit's code (that is a register finding, tested elsewhere).
          .filter((list) => {
            const names = list.map((u) => foldKey(u.name));
            const codes = new Set(list.map((u) => foldKey(u.code)));
            return new Set(names).size === names.length && names.every((n) => !codes.has(n));
          }), (p, raw) => {
        const units: Unit[] = raw.map((u) => ({ ...u, size: 'large' }));
        const made = renderUnitTemplates(p.plan, units, {});
        const names = made.map((m) => foldKey(m.fileName));
        expect(new Set(names).size).toBe(units.length);
        for (const m of made) expect(m.fileName).not.toMatch(/[\\/:*?"<>|]/);
        const leaves = p.plan.criteria.filter((c) => !p.plan.criteria.some((o) => o.code.startsWith(`${c.code}.`))).map((c) => c.code);
        made.forEach((m, i) => {
          const sheets = m.sheets.map(snapshotFromSpec);
          const visible = sheets.filter((s) => s.visibility === 'visible');
          const parsed = parseInputs({ sheets: [registerSheet(units), ...visible] }, p.plan, { skipSheets: new Set() });
          const result = parsed.input.results[0];
          expect(parsed.input.results).toHaveLength(1);
          expect(result?.unitCode).toBe(units[i]?.code);
          expect(result?.entries.map((e) => e.criterionCode)).toEqual(leaves);
          expect(parsed.findings.filter((f) => f.code.startsWith('CRITERION_') || f.code.startsWith('UNIT_DUPLICATE') || f.code === 'UNIT_UNKNOWN')).toEqual([]);
          const state = readTemplateState({ sheets });
          expect(state.status === 'ok' && state.state.unitCode === units[i]?.code).toBe(true);
        });
      }),
      { numRuns: 40 },
    );
  });
});

describe('a template for per-case criteria', () => {
  it('asks for a whole count of cases; the score is capped at the maximum unless the plan sets no cap', async () => {
    const perCase = {
      ...plan,
      criteria: [
        ...plan.criteria,
        { code: 'x1', text: 'Mỗi trường hợp chậm: trừ 0,5 điểm', kind: 'deduction' as const, maxPoints: 1.5, method: 'perCase' as const, pointsPerCase: 0.5, targetUnit: '', mandatory: false, steps: [] },
        { code: 'x2', text: 'Mỗi sáng kiến: cộng 1 điểm', kind: 'bonus' as const, maxPoints: 0, method: 'perCase' as const, pointsPerCase: 1, capped: false, targetUnit: '', mandatory: false, steps: [] },
      ],
    };
    const wb = await loadWorkbook(await writeSheetsToBuffer(renderUnitTemplate(perCase, unit, { period: 'Năm 2024' }).sheets, { now }));
    const ws = wb.worksheets.find((w) => w.state === 'visible');
    if (!ws) throw new Error('no visible sheet');
    const rowOf = (code: string) => ws.getColumn(1).values.findIndex((v) => v === code);
    for (const code of ['x1', 'x2']) {
      expect(ws.getCell(rowOf(code), 5).dataValidation).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual', formulae: [0] });
      expect(String(ws.getCell(rowOf(code), 5).dataValidation.error)).toContain('số nguyên');
    }
    expect(ws.getCell(rowOf('x1'), 6).dataValidation).toMatchObject({ type: 'decimal', operator: 'between', formulae: [0, 1.5] });
    expect(ws.getCell(rowOf('x2'), 6).dataValidation).toMatchObject({ type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0] });
  });
});
