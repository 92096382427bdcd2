/**
 * The same results typed into one consolidated sheet (one row per unit, one column per criterion
 * and tier) score exactly as the per-unit sheets do.
 */
import { loadWorkbook, saveWorkbook } from '../../src/adapters/xlsx/port';
import { snapshotWorkbook } from '../../src/adapters/xlsx/read';
import type { CellValue, SheetSnapshot } from '../../src/workbook/grid';
import { runScoring } from '../../src/workbook/run';
import { buildSampleWorkbook } from '../../scripts/lib/sample';

const now = new Date('2024-12-20T02:00:00Z');

function ranking(result: ReturnType<typeof runScoring>): unknown {
  return result.evaluation?.blocks.map((b) => b.units.map((u) => [u.unit.code, u.rank, u.total, u.band, u.award?.form ?? u.awardNote.code]));
}

describe('a consolidated sheet', () => {
  it('gives the same ranking, totals, bands and awards as the unit sheets it replaces', async () => {
    const wb = await loadWorkbook(await saveWorkbook(await buildSampleWorkbook()));
    const snapshot = snapshotWorkbook(wb);
    const direct = runScoring(snapshot, { now });
    const input = direct.input;
    const plan = direct.plan;
    if (!input || !plan) throw new Error('sample did not parse');

    const leaves = plan.criteria.filter((c) => !plan.criteria.some((o) => o.code.startsWith(`${c.code}.`)));
    const header: CellValue[] = ['Mã đơn vị', 'Tên đơn vị'];
    for (const c of leaves) header.push(`${c.code} KQ`, `${c.code} TC`, `${c.code} TĐ`);
    const rows: CellValue[][] = [['BẢNG TỔNG HỢP ĐIỂM CÁC ĐƠN VỊ'], header];
    for (const result of input.results) {
      const unit = input.units.find((u) => u.code === result.unitCode);
      const row: CellValue[] = [result.unitCode, unit?.name ?? ''];
      for (const c of leaves) {
        const e = result.entries.find((x) => x.criterionCode === c.code);
        row.push(e?.actual ?? null, e?.selfScore ?? null, e?.appraisedScore ?? null);
      }
      rows.push(row);
    }
    const unitSheets = new Set(input.results.map((r) => r.sheet));
    const consolidated: SheetSnapshot = { name: 'Bảng điểm', visibility: 'visible', rows, merges: [] };
    const viaConsolidated = runScoring({ sheets: [...snapshot.sheets.filter((s) => !unitSheets.has(s.name)), consolidated] }, { now });

    expect(ranking(viaConsolidated)).toEqual(ranking(direct));
    expect(viaConsolidated.evaluation?.ratios).toEqual(direct.evaluation?.ratios);
    // Findings point at the consolidated sheet's cells now, but say the same things — except those about how
    // the unit typed a cell ("4,5" as text, "chưa chấm"), which the consolidated sheet holds as clean values.
    const cellReading = new Set(['NUMBER_AS_TEXT', 'VALUE_NOT_NUMBER']);
    const codes = (r: ReturnType<typeof runScoring>): string[] =>
      r.findings.filter((f) => !cellReading.has(f.code)).map((f) => `${f.code}:${f.unitCode ?? ''}:${f.criterionCode ?? ''}`).sort();
    expect(codes(viaConsolidated)).toEqual(codes(direct));
  });
});
