/**
 * Properties of a whole run over workbooks of random content (memory host): input values never
 * change, the same workbook gives byte-identical output, and the output never holds a formula.
 */
import fc from 'fast-check';
import { planPresets } from '../../src/domain/plan/presets';
import { createMemoryWorkbook } from '../../src/adapters/memory/port';
import { scoreWorkbook } from '../../src/app/score';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../src/workbook/grid';
import { renderPlanSheet } from '../../src/workbook/render/plan-sheet';
import { snapshotFromSpec } from '../../src/workbook/spec-snapshot';
import { runScoring } from '../../src/workbook/run';

const now = new Date('2024-12-20T02:00:00Z');
const preset = planPresets.find((p) => p.plan.info.number === '338/KH-PGDĐT');
if (!preset) throw new Error('preset missing');
const plan = preset.plan;
const leaves = plan.criteria.filter((c) => !plan.criteria.some((o) => o.code.startsWith(`${c.code}.`)));

/** Scores as units type them: numbers, blanks, Vietnamese decimals, junk, errors, formula-like text. */
const scoreCell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 24 }).map((n) => n / 2) },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom('9,5', '1.000', '80%', 'đạt', 'chưa chấm', '-1', '=1+1', '@SUM(A1)', '\t3') },
  { weight: 1, arbitrary: fc.constantFrom<CellValue>({ error: '#REF!' }, { error: '#DIV/0!' }, new Date('2024-03-01T00:00:00Z'), true) },
);

const nameText = fc.oneof(fc.constantFrom('Trường A', 'Trường B', '=HYPERLINK("http://x","y")', '+cmd', '-2+3', 'Tổ "Toán"'), fc.string({ maxLength: 12 }));

const workbookArb: fc.Arbitrary<WorkbookSnapshot> = fc
  .record({
    units: fc.uniqueArray(fc.record({ code: fc.constantFrom('A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'C3'), name: nameText, block: fc.constantFrom('Khối 1', 'Khối 2') }), { minLength: 1, maxLength: 6, selector: (u) => u.code }),
    scores: fc.array(fc.array(scoreCell, { minLength: leaves.length * 2, maxLength: leaves.length * 2 }), { minLength: 6, maxLength: 6 }),
    proposals: fc.array(fc.tuple(nameText, fc.constantFrom('Cá nhân', 'Tập thể', 'x'), fc.constantFrom('x', ''), fc.constantFrom('huyện', 'tỉnh', 'Trung ương', 'xã')), { maxLength: 25 }),
  })
  .map(({ units, scores, proposals }) => {
    const sheets: SheetSnapshot[] = [snapshotFromSpec(renderPlanSheet(plan))];
    sheets.push({
      name: 'Đơn vị',
      visibility: 'visible',
      merges: [],
      rows: [['Mã đơn vị', 'Tên đơn vị', 'Khối/Cụm'], ...units.map((u) => [u.code, u.name, u.block])],
    });
    units.forEach((u, i) => {
      const row = scores[i] ?? [];
      sheets.push({
        name: `KQ ${u.code}`,
        visibility: 'visible',
        merges: [],
        rows: [
          [`Mã đơn vị: ${u.code}`],
          ['Mã tiêu chí', 'Tiêu chí', 'Điểm tối đa', 'Điểm tự chấm', 'Điểm thẩm định'],
          ...leaves.map((c, k) => [c.code, c.text, c.maxPoints, row[2 * k] ?? null, row[2 * k + 1] ?? null]),
        ],
      });
    });
    sheets.push({
      name: 'Đề nghị khen thưởng',
      visibility: 'visible',
      merges: [],
      rows: [['Đơn vị', 'Họ tên / Tên tập thể', 'Cá nhân / Tập thể', 'Tập thể nhỏ hoặc trực tiếp (x)', 'Cấp'], ...proposals.map(([n, k, x, l]) => ['Trường A', n, k, x, l])],
    });
    return { sheets };
  });

describe('a scoring run', () => {
  it('never changes an input value, and writes only its own sheets', async () => {
    await fc.assert(
      fc.asyncProperty(workbookArb, async (snapshot) => {
        const memory = createMemoryWorkbook(snapshot);
        const result = await scoreWorkbook(memory.port, { now });
        const owned = new Set(Object.values(result.outputSheets));
        const after = memory.current().sheets.filter((s) => !owned.has(s.name));
        expect(after).toEqual(snapshot.sheets);
      }),
      { numRuns: 40 },
    );
  });

  it('gives byte-identical output for the same workbook', () => {
    fc.assert(
      fc.property(workbookArb, (snapshot) => {
        const a = JSON.stringify(runScoring(snapshot, { now }).writePlan);
        const b = JSON.stringify(runScoring(structuredClone(snapshot), { now }).writePlan);
        expect(a).toBe(b);
      }),
      { numRuns: 30 },
    );
  });

  it('reports every unreadable score cell with its address', () => {
    fc.assert(
      fc.property(workbookArb, (snapshot) => {
        const { findings, input } = runScoring(snapshot, { now });
        const addressed = new Set(findings.filter((f) => f.cell).map((f) => `${f.cell?.sheet}!${f.cell?.address}`));
        // A sheet whose unit was refused (unknown or duplicate in the register) is reported as a whole.
        const scored = new Set(input?.results.map((r) => r.sheet));
        for (const sheet of snapshot.sheets.filter((s) => scored.has(s.name))) {
          sheet.rows.slice(2).forEach((row, r) => {
            for (const col of [3, 4]) {
              const v = row[col];
              // The council may write «Đạt» / «Không đạt» for a pass/fail criterion (full points / 0): a reading, not junk.
              const councilPassFail = col === 4 && v === 'đạt' && leaves.find((c) => c.code === row[0])?.method === 'passFail';
              const junk =
                !councilPassFail && (typeof v === 'boolean' || v instanceof Date || (typeof v === 'object' && v !== null) || (typeof v === 'string' && !/^[\d.,%]+$/.test(v)));
              if (junk) expect(addressed).toContain(`${sheet.name}!${String.fromCharCode(65 + col)}${r + 3}`);
            }
          });
        }
      }),
      { numRuns: 30 },
    );
  });
});
