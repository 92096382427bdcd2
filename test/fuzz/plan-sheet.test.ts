/** Fuzz: the plan sheet parser never throws; it gives a plan or findings for any grid or mutated plan sheet. */
import fc from 'fast-check';
import { parsePlanSheet } from '../../src/workbook/plan/parse';
import { renderPlanSheet } from '../../src/workbook/render/plan-sheet';
import { samplePlan } from '../../scripts/lib/sample';
import type { CellValue, SheetSnapshot } from '../../src/workbook/grid';
import { cellValue, grid } from './arbitraries';

const rendered: CellValue[][] = renderPlanSheet(samplePlan()).rows.map((row) => row.map((cell) => cell.value));

type Mutation = { kind: 'delete' | 'duplicate' | 'blank' | 'swap' | 'set'; row: number; col: number; other: number; value: CellValue };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('delete', 'duplicate', 'blank', 'swap', 'set'),
  row: fc.nat(rendered.length - 1),
  col: fc.nat(6),
  other: fc.nat(6),
  value: cellValue,
});

function apply(rows: CellValue[][], m: Mutation): CellValue[][] {
  const out = rows.map((r) => [...r]);
  const target = out[m.row] ?? [];
  if (m.kind === 'delete') out.splice(m.row, 1);
  if (m.kind === 'duplicate') out.splice(m.row, 0, [...target]);
  if (m.kind === 'blank') target[m.col] = null;
  if (m.kind === 'set') target[m.col] = m.value;
  if (m.kind === 'swap') for (const r of out) [r[m.col], r[m.other]] = [r[m.other] ?? null, r[m.col] ?? null];
  // Hosts give null for a missing cell, never a hole in the array.
  return out.map((r) => Array.from(r, (v) => v ?? null));
}

function sheetOf(rows: CellValue[][]): SheetSnapshot {
  return { name: 'Kế hoạch', visibility: 'visible', rows, merges: [] };
}

function planOrFindings(sheet: SheetSnapshot): void {
  const result = parsePlanSheet(sheet);
  expect(result.plan !== undefined || result.findings.length > 0).toBe(true);
}

describe('parsePlanSheet (fuzz)', () => {
  it('reads the rendered sample plan back without errors', () => {
    const result = parsePlanSheet(sheetOf(rendered));
    expect(result.plan).toBeDefined();
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('never throws on arbitrary grids', () => {
    fc.assert(fc.property(grid, (sheet) => planOrFindings(sheet)), { numRuns: 300 });
  });

  it('never throws on a mutated plan sheet (rows deleted/duplicated, cells blanked/set, columns swapped)', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 5 }), (mutations) => planOrFindings(sheetOf(mutations.reduce(apply, rendered)))),
      { numRuns: 150 },
    );
  });
});
