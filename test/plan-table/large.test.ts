/**
 * A 200-row table from .docx to plan, and on to a scored workbook through the memory host: measured and
 * printed (the figure goes in the report), with a generous bound so a slow machine does not fail it.
 */
import ExcelJS from 'exceljs';
import { createMemoryWorkbook } from '../../src/adapters/memory/port';
import { createXlsxPort, saveWorkbook } from '../../src/adapters/xlsx/port';
import { readPlanFromTable, writePlanFromTable } from '../../src/app/plan-from-table';
import { scoreWorkbook } from '../../src/app/score';
import { buildCriteriaTree } from '../../src/domain/plan/tree';
import type { CellValue, SheetSnapshot } from '../../src/workbook/grid';
import { largeDocx, largeTable } from './large';

const now = new Date('2025-03-01T00:00:00Z');

it('reads a 200-row table into a plan and scores 30 units against it, in seconds', async () => {
  const table = largeTable();
  expect(table.rows.length).toBeGreaterThanOrEqual(200);
  const bytes = await largeDocx();

  const t0 = performance.now();
  const reading = await readPlanFromTable({ kind: 'docx', bytes, fileName: 'bang-diem-200.docx' }, { now });
  const tPlan = performance.now() - t0;
  const plan = reading.plan;
  if (!plan) throw new Error(JSON.stringify(reading.findings.slice(0, 5)));
  expect(plan.criteria).toHaveLength(table.criteria);
  expect(plan.info.scale).toBe(100);
  expect(reading.findings.filter((f) => f.code === 'TABLE_ROW_UNREAD' || f.code === 'TABLE_GROUP_SUM' || f.code === 'TABLE_TOTAL_MISMATCH')).toEqual([]);
  const perCase = plan.criteria.filter((c) => c.method === 'perCase');
  expect(perCase.filter((c) => c.capped === true && c.maxPoints === 0.75)).toHaveLength(60);

  // What the command writes: the plan sheet in a new .xlsx.
  const tx = performance.now();
  const wb = new ExcelJS.Workbook();
  expect((await writePlanFromTable(createXlsxPort(wb), plan)).status).toBe('created');
  const xlsx = await saveWorkbook(wb);
  const tXlsx = performance.now() - tx;
  expect(xlsx.length).toBeGreaterThan(1000);

  // A workbook with the plan sheet, a register and one sheet per unit, then the whole scoring run.
  const t1 = performance.now();
  const memory = createMemoryWorkbook({ sheets: [] });
  expect((await writePlanFromTable(memory.port, plan)).status).toBe('created');
  const leaves = buildCriteriaTree(plan.criteria).leaves;
  const units = Array.from({ length: 30 }, (_, i) => ({ code: `X${String(i + 1).padStart(2, '0')}`, name: `Xã số ${i + 1}`, block: i < 15 ? 'Cụm 1' : 'Cụm 2' }));
  const sheets: SheetSnapshot[] = [
    { name: 'Đơn vị', visibility: 'visible', merges: [], rows: [['Mã đơn vị', 'Tên đơn vị', 'Khối/Cụm'], ...units.map((u) => [u.code, u.name, u.block])] },
    ...units.map(
      (u, k): SheetSnapshot => ({
        name: `KQ ${u.code}`,
        visibility: 'visible',
        merges: [],
        rows: [
          [`Mã đơn vị: ${u.code}`],
          ['Mã tiêu chí', 'Tiêu chí', 'Điểm tối đa', 'Kết quả thực hiện', 'Điểm tự chấm', 'Điểm thẩm định'],
          ...leaves.map((c, i): CellValue[] => [c.code, c.text, c.maxPoints, c.method === 'perCase' ? (i + k) % 3 : null, c.method === 'perCase' ? null : c.kind === 'base' ? c.maxPoints : (i + k) % 2, null]),
        ],
      }),
    ),
  ];
  const scored = createMemoryWorkbook({ sheets: [...memory.current().sheets, ...sheets] });
  const result = await scoreWorkbook(scored.port, { now });
  const tScore = performance.now() - t1;
  expect(result.evaluation?.blocks.flatMap((b) => b.units)).toHaveLength(30);

  console.log(
    `200-row table: ${table.rows.length} rows, ${plan.criteria.length} criteria; .docx → plan ${tPlan.toFixed(0)} ms; plan → «Kế hoạch» in a new .xlsx ${tXlsx.toFixed(0)} ms; plan → scored workbook (30 units, memory host) ${tScore.toFixed(0)} ms`,
  );
  expect(tPlan).toBeLessThan(10_000);
  expect(tScore).toBeLessThan(30_000);
});
