/**
 * «Tổng hợp in điểm từng mục»: the sample scored with section subtotals prints one column per
 * top-level criterion, each unit's figure there adds up to its total, and nothing else changes.
 */
import { loadWorkbook, saveWorkbook } from '../../src/adapters/xlsx/port';
import { snapshotWorkbook } from '../../src/adapters/xlsx/read';
import type { SheetSnapshot, WorkbookSnapshot } from '../../src/workbook/grid';
import { runScoring } from '../../src/workbook/run';
import { buildSampleWorkbook } from '../../scripts/lib/sample';

const now = new Date('2024-12-20T02:00:00Z');

function withSetting(sheet: SheetSnapshot, label: string, value: string): SheetSnapshot {
  const header = sheet.rows.findIndex((row) => row[0] === 'Mục' && row.includes('Giá trị'));
  const rows = [...sheet.rows.slice(0, header + 1), [label, null, value], ...sheet.rows.slice(header + 1)];
  return { ...sheet, rows };
}

describe('section subtotals in «Tổng hợp»', () => {
  it('one column per top-level criterion; the sections add up to the total; the ranking is unchanged', async () => {
    const snapshot = snapshotWorkbook(await loadWorkbook(await saveWorkbook(await buildSampleWorkbook())));
    const direct = runScoring(snapshot, { now });
    const asked: WorkbookSnapshot = { sheets: snapshot.sheets.map((s) => (s.name === 'Kế hoạch' ? withSetting(s, 'Tổng hợp in điểm từng mục', 'x') : s)) };
    const result = runScoring(asked, { now });
    expect(result.plan?.info.sectionSubtotals).toBe(true);
    const rank = (r: typeof direct) => r.evaluation?.blocks.map((b) => b.units.map((u) => [u.unit.code, u.rank, u.total]));
    expect(rank(result)).toEqual(rank(direct));

    const roots = (result.plan?.criteria ?? []).filter((c) => !c.code.includes('.')).map((c) => c.code);
    const units = result.evaluation?.blocks.flatMap((b) => b.units) ?? [];
    for (const u of units) {
      expect(u.sectionTotals?.map((s) => s.code)).toEqual(roots);
      const sum = (u.sectionTotals ?? []).reduce((a, s) => a + s.total, 0);
      // Plan-wide caps apply after the sections: without them the sections add up to the total.
      if (u.bonus === u.bonusRaw && u.deduction === u.deductionRaw) expect(sum).toBeCloseTo(u.total, 6);
    }

    const summary = result.writePlan.sheets.find((s) => s.name === result.outputSheets.summary);
    const headerRow = summary?.rows.find((row) => row.some((c) => c.value === 'Điểm mục 1')) ?? [];
    expect(headerRow.slice(13).map((c) => c.value)).toEqual(roots.map((code) => `Điểm mục ${code}`));
    const first = units[0];
    const printed = summary?.rows.find((row) => row[1]?.value === first?.unit.name) ?? [];
    expect(printed.slice(13).map((c) => c.value)).toEqual(first?.sectionTotals?.map((s) => s.total));

    const plain = direct.writePlan.sheets.find((s) => s.name === direct.outputSheets.summary);
    expect(plain?.rows.every((row) => row.length <= 13)).toBe(true);
  });
});
