/**
 * A filled template scores exactly like a unit sheet typed by hand: every unit sheet of the sample
 * is replaced by its template (written to .xlsx, read back, filled by ExcelJS with the same cells)
 * and the ranking must not move.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { vi } from '../../src/i18n/vi';
import { foldKey } from '../../src/domain/text/normalize';
import { makeTemplatesFromSnapshot } from '../../src/app/templates';
import { loadWorkbook } from '../../src/adapters/xlsx/port';
import { snapshotWorkbook } from '../../src/adapters/xlsx/read';
import { writeSheetsToBuffer } from '../../src/adapters/xlsx/sheets';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../src/workbook/grid';
import { runScoring, type RunResult } from '../../src/workbook/run';
import { templateStateSheetName } from '../../src/workbook/template/state';

const now = new Date('2024-12-31T08:00:00Z');
const columns = vi.inputSheets.unitSheet.columns;
const copied = [columns.actual, columns.self, columns.appraised, columns.note] as const;

/** Header row and column of each label in a unit sheet (the sample uses the canonical labels). */
function table(sheet: SheetSnapshot): { header: number; col: (label: string) => number } {
  const header = sheet.rows.findIndex((r) => r.some((c) => typeof c === 'string' && foldKey(c) === foldKey(columns.code)));
  const row = sheet.rows[header] ?? [];
  return { header, col: (label) => row.findIndex((c) => typeof c === 'string' && foldKey(c) === foldKey(label)) };
}

function ranking(result: RunResult): unknown {
  return result.evaluation?.blocks.map((b) => b.units.map((u) => [u.unit.code, u.total, u.rank, u.band ?? '', u.award?.form ?? '', u.missingCount]));
}

describe('a filled unit template', () => {
  let master: WorkbookSnapshot;
  let original: RunResult;
  beforeAll(async () => {
    master = snapshotWorkbook(await loadWorkbook(readFileSync(resolve(__dirname, '../../samples/mau-pgd-chau-thanh-2024.xlsx'))));
    original = runScoring(master, { now });
  });

  it('gives every unit of the register a workbook with its header block and the plan criteria', () => {
    const made = makeTemplatesFromSnapshot(master);
    expect(made.findings).toEqual([]);
    expect(made.templates).toHaveLength(original.input?.units.length ?? -1);
    expect(made.templates.length).toBe(30);
    const plan = made.plan;
    if (!plan) throw new Error('no plan');
    made.templates.forEach((tpl, i) => {
      const unit = made.units[i];
      if (!unit) throw new Error('unit');
      expect(tpl.fileName.startsWith(`${unit.code} - `)).toBe(true);
      const [visible, state] = tpl.sheets;
      expect(state?.name).toBe(templateStateSheetName);
      const cells = visible?.rows.flat().map((c) => c.value) ?? [];
      for (const v of [unit.code, unit.name, unit.block]) expect(cells).toContain(v);
      expect(cells.some((v) => typeof v === 'string' && v.includes(plan.info.number) && v.includes(plan.info.name))).toBe(true);
      const codes = visible?.rows.map((r) => r[0]?.value).filter((v) => typeof v === 'string' && plan.criteria.some((c) => c.code === v));
      expect(codes).toEqual(plan.criteria.map((c) => c.code));
      expect(visible?.protect).toBe(true);
    });
  });

  it('is read by the unit-sheet parser and scores the same as the sample typed by hand', async () => {
    const made = makeTemplatesFromSnapshot(master);
    const bySheet = new Map((original.input?.results ?? []).map((r) => [r.unitCode, r.sheet]));
    const replaced = new Set<string>();
    const filled: SheetSnapshot[] = [];
    for (const tpl of made.templates) {
      const wb = await loadWorkbook(await writeSheetsToBuffer(tpl.sheets, { now }));
      const ws = wb.worksheets.find((w) => w.state === 'visible');
      if (!ws) throw new Error('no visible sheet');
      const sheetOf = snapshotWorkbook(wb).sheets.find((s) => s.name === ws.name);
      const code = sheetOf?.rows.flat().find((v, i, all) => i > 0 && typeof all[i - 1] === 'string' && foldKey(String(all[i - 1])) === foldKey(vi.inputSheets.unitSheet.labels.unitCode));
      const source = master.sheets.find((s) => s.name === bySheet.get(String(code)));
      if (!sheetOf || !source) continue;
      replaced.add(source.name);
      const from = table(source);
      const to = table(sheetOf);
      const rowOf = new Map<string, number>();
      sheetOf.rows.forEach((r, i) => {
        if (i > to.header && typeof r[to.col(columns.code)] === 'string') rowOf.set(String(r[to.col(columns.code)]), i);
      });
      source.rows.forEach((r, i) => {
        const target = rowOf.get(String(r[from.col(columns.code)] ?? ''));
        if (i <= from.header || target === undefined) return;
        for (const label of copied) {
          const v: CellValue | undefined = r[from.col(label)];
          if (from.col(label) >= 0 && v !== null && v !== undefined && !(v instanceof Date) && typeof v !== 'boolean' && typeof v !== 'object') {
            ws.getCell(target + 1, to.col(label) + 1).value = v;
          }
        }
      });
      const refilled = snapshotWorkbook(wb).sheets.find((s) => s.name === ws.name);
      if (refilled) filled.push({ ...refilled, name: `${refilled.name} mẫu` });
    }
    expect(replaced.size).toBe(bySheet.size);
    const rebuilt: WorkbookSnapshot = { sheets: [...master.sheets.filter((s) => !replaced.has(s.name)), ...filled] };
    const again = runScoring(rebuilt, { now });
    expect(again.input?.results.length).toBe(original.input?.results.length);
    expect(again.input?.results.every((r) => (r.sheet ?? '').endsWith(' mẫu'))).toBe(true);
    expect(ranking(again)).toEqual(ranking(original));
    expect(again.findings.length).toBe(original.findings.length);
  });
});
