/** The use case behind the command and the pane: writes «Kế hoạch» only into a workbook that has no plan. */
import { createMemoryWorkbook } from '../../src/adapters/memory/port';
import { readPlanFromTable, writePlanFromTable } from '../../src/app/plan-from-table';
import { planPresets } from '../../src/domain/plan/presets';
import { parsePlanSheet } from '../../src/workbook/plan/parse';
import { renderPlanSheet } from '../../src/workbook/render/plan-sheet';
import { snapshotFromSpec } from '../../src/workbook/spec-snapshot';
import { excerptDocx } from './shapes';

const now = new Date('2025-03-01T00:00:00Z');

it('writes the plan sheet into a workbook without one, and reads it back as a plan', async () => {
  const reading = await readPlanFromTable({ kind: 'docx', bytes: await excerptDocx(), fileName: 'bang.docx' }, { now });
  if (!reading.plan) throw new Error('no plan');
  const memory = createMemoryWorkbook({ sheets: [{ name: 'Ghi chép', visibility: 'visible', merges: [], rows: [['giữ nguyên']] }] });
  expect(await writePlanFromTable(memory.port, reading.plan)).toEqual({ status: 'created', sheet: 'Kế hoạch' });
  const sheets = memory.current().sheets;
  expect(sheets.map((s) => s.name)).toEqual(['Ghi chép', 'Kế hoạch']);
  expect(sheets[0]?.rows).toEqual([['giữ nguyên']]);
  const back = parsePlanSheet(sheets[1]!);
  expect(back.plan?.criteria).toHaveLength(reading.plan.criteria.length);
});

it('never replaces a plan the workbook already has, even under another name', async () => {
  const preset = planPresets[0];
  if (!preset) throw new Error('no preset');
  const existing = { ...snapshotFromSpec(renderPlanSheet(preset.plan)), name: 'KH 2025' };
  const memory = createMemoryWorkbook({ sheets: [existing] });
  const reading = await readPlanFromTable({ kind: 'docx', bytes: await excerptDocx(), fileName: 'bang.docx' }, { now });
  if (!reading.plan) throw new Error('no plan');
  expect(await writePlanFromTable(memory.port, reading.plan)).toEqual({ status: 'exists', sheet: 'KH 2025' });
  expect(memory.written.size).toBe(0);
  expect(memory.current().sheets).toEqual([existing]);
});

it('does not take the plan sheet itself for a scoring table', async () => {
  const preset = planPresets[0];
  if (!preset) throw new Error('no preset');
  const reading = await readPlanFromTable({ kind: 'workbook', snapshot: { sheets: [snapshotFromSpec(renderPlanSheet(preset.plan))] }, fileName: 'kh.xlsx' }, { now });
  expect(reading.status).toBe('notFound');
});
