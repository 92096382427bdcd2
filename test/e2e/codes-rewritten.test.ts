/**
 * The bundled sample with its criterion codes written the ways real plans write them — «I», «I.1» …
 * and «01», «01.1» … — in the plan, in the unit sheets or in a consolidated sheet, while the unit sheets
 * may keep the plain «1.1»: the same ranking, totals, bands, awards and findings.
 */
import { loadWorkbook, saveWorkbook } from '../../src/adapters/xlsx/port';
import { snapshotWorkbook } from '../../src/adapters/xlsx/read';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../src/workbook/grid';
import { runScoring } from '../../src/workbook/run';
import { buildCriteriaTree } from '../../src/domain/plan/tree';
import { buildSampleWorkbook } from '../../scripts/lib/sample';

const now = new Date('2024-12-20T02:00:00Z');
const romans = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];

type Rewrite = (code: string) => string;
const roman: Rewrite = (code) => code.replace(/^\d+/, (d) => romans[Number(d)] ?? d);
const padded: Rewrite = (code) => code.replace(/\d+/g, (d) => d.padStart(2, '0'));

function ranking(result: ReturnType<typeof runScoring>): unknown {
  return result.evaluation?.blocks.map((b) => b.units.map((u) => [u.unit.code, u.rank, u.total, u.base, u.bonus, u.deduction, u.band, u.award?.form ?? u.awardNote.code]));
}

/** Finding codes per unit, with the criterion named by its plain code again. */
function findingsOf(result: ReturnType<typeof runScoring>, back: Map<string, string>): string[] {
  return result.findings.map((f) => `${f.code}:${f.unitCode ?? ''}:${back.get(f.criterionCode ?? '') ?? f.criterionCode ?? ''}`).sort();
}

function rewriteCell(value: CellValue, codes: ReadonlySet<string>, rewrite: Rewrite): CellValue {
  return typeof value === 'string' && codes.has(value.trim()) ? rewrite(value.trim()) : value;
}

/** The plan sheet: the criteria table's «Mã» and «Nhóm» columns, and the codes in the tie-breaks. */
function rewritePlanSheet(sheet: SheetSnapshot, codes: ReadonlySet<string>, rewrite: Rewrite): SheetSnapshot {
  const headerRow = sheet.rows.findIndex((row) => row[0] === 'Mã' && row[1] === 'Nhóm');
  const rows = sheet.rows.map((row, r) => {
    if (r > headerRow && headerRow >= 0 && row.some((v) => v !== null && v !== '')) {
      const inTable = sheet.rows.slice(headerRow + 1, r + 1).every((x) => x.some((v) => v !== null && v !== ''));
      if (inTable) return row.map((v, c) => (c <= 1 ? rewriteCell(v, codes, rewrite) : v));
    }
    return row.map((v) => (typeof v === 'string' ? v.replace(/^(Điểm nhóm )(\d+(?:\.\d+)*)/u, (_m, head: string, code: string) => `${head}${rewrite(code)}`) : v));
  });
  return { ...sheet, rows };
}

describe('the sample with its codes written as real plans write them', () => {
  let snapshot: WorkbookSnapshot;
  let direct: ReturnType<typeof runScoring>;
  let codes: Set<string>;
  let unitSheets: Set<string>;

  beforeAll(async () => {
    snapshot = snapshotWorkbook(await loadWorkbook(await saveWorkbook(await buildSampleWorkbook())));
    direct = runScoring(snapshot, { now });
    if (!direct.plan || !direct.input) throw new Error('sample did not parse');
    codes = new Set(direct.plan.criteria.map((c) => c.code));
    unitSheets = new Set(direct.input.results.map((r) => r.sheet ?? ''));
  });

  const rewritten = (rewrite: Rewrite, options: { unitSheets: boolean }): WorkbookSnapshot => ({
    sheets: snapshot.sheets.map((sheet) => {
      if (sheet.name === 'Kế hoạch') return rewritePlanSheet(sheet, codes, rewrite);
      if (options.unitSheets && unitSheets.has(sheet.name)) return { ...sheet, rows: sheet.rows.map((row) => row.map((v, c) => (c === 0 ? rewriteCell(v, codes, rewrite) : v))) };
      return sheet;
    }),
  });

  test.each([
    ['«I», «I.1» in the plan and the unit sheets', roman, true],
    ['«I», «I.1» in the plan only (Roman numerals are not digits: the unit sheets must say so too)', roman, false],
    ['«01», «01.1» in the plan and the unit sheets', padded, true],
    ['«01», «01.1» in the plan only, «1.1» in the unit sheets', padded, false],
  ] as const)('%s', (_name, rewrite, inUnitSheets) => {
    const result = runScoring(rewritten(rewrite, { unitSheets: inUnitSheets }), { now });
    const matches = inUnitSheets || rewrite === padded;
    expect(result.plan?.criteria.map((c) => c.code)).toEqual(direct.plan?.criteria.map((c) => rewrite(c.code)));
    if (!matches) {
      // «1.1» is not «I.1»: every unit sheet is told which criteria it lacks, nothing is guessed.
      expect(result.findings.some((f) => f.code === 'CRITERION_NOT_IN_SHEET')).toBe(true);
      return;
    }
    expect(ranking(result)).toEqual(ranking(direct));
    expect(result.evaluation?.ratios).toEqual(direct.evaluation?.ratios);
    const back = new Map([...codes].map((c) => [rewrite(c), c]));
    expect(findingsOf(result, back)).toEqual(findingsOf(direct, new Map()));
    const tree = buildCriteriaTree(result.plan?.criteria ?? []);
    expect(tree.leaves.length).toBe(buildCriteriaTree(direct.plan?.criteria ?? []).leaves.length);
  });

  it('a consolidated sheet headed «I.1 KQ», «I.1 TC» … scores as the unit sheets do', () => {
    const plan = direct.plan;
    const input = direct.input;
    if (!plan || !input) throw new Error('sample did not parse');
    const leaves = buildCriteriaTree(plan.criteria).leaves;
    const header: CellValue[] = ['Mã đơn vị', 'Tên đơn vị'];
    for (const c of leaves) header.push(`${roman(c.code)} KQ`, `${roman(c.code)} TC`, `${roman(c.code)} TĐ`);
    const rows: CellValue[][] = [['BẢNG TỔNG HỢP ĐIỂM CÁC ĐƠN VỊ'], header];
    for (const result of input.results) {
      const row: CellValue[] = [result.unitCode, input.units.find((u) => u.code === result.unitCode)?.name ?? ''];
      for (const c of leaves) {
        const e = result.entries.find((x) => x.criterionCode === c.code);
        row.push(e?.actual ?? null, e?.selfScore ?? null, e?.appraisedScore ?? null);
      }
      rows.push(row);
    }
    const base = rewritten(roman, { unitSheets: false });
    const consolidated: SheetSnapshot = { name: 'Bảng điểm', visibility: 'visible', rows, merges: [] };
    const viaConsolidated = runScoring({ sheets: [...base.sheets.filter((s) => !unitSheets.has(s.name)), consolidated] }, { now });
    expect(ranking(viaConsolidated)).toEqual(ranking(direct));
  });
});
