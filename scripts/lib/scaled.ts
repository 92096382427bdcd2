/** Workbooks of any size in the contract's shape, for benchmarks: N unit sheets, a register, proposals. */
import ExcelJS from 'exceljs';
import type { EvaluationInput } from '../../src/domain/input/schema';
import type { Plan } from '../../src/domain/plan/schema';
import { applyWritePlan } from '../../src/adapters/xlsx/write';
import { renderPlanSheet } from '../../src/workbook/render/plan-sheet';
import type { CellValue, WorkbookSnapshot } from '../../src/workbook/grid';
import { snapshotFromSpec } from '../../src/workbook/spec-snapshot';

/** The sheets of a scaled workbook as rows, in order: the plan sheet's spec, then register, unit sheets, proposals. */
function scaledRows(plan: Plan, input: EvaluationInput): { name: string; rows: CellValue[][] }[] {
  const unitOf = new Map(input.units.map((u) => [u.code, u] as const));
  const text = new Map(plan.criteria.map((c) => [c.code, c]));
  const sheets: { name: string; rows: CellValue[][] }[] = [];
  sheets.push({ name: 'Đơn vị', rows: [['Mã đơn vị', 'Tên đơn vị', 'Khối/Cụm', 'Loại', 'Số người'], ...input.units.map((u) => [u.code, u.name, u.block, 'tập thể lớn', 30])] });
  for (const result of input.results) {
    const unit = unitOf.get(result.unitCode);
    const rows: CellValue[][] = [[`Đơn vị: ${unit?.name ?? result.unitCode}`], [`Khối: ${unit?.block ?? ''}`], [], ['Mã tiêu chí', 'Tiêu chí', 'Điểm tối đa', 'Kết quả thực hiện', 'Điểm tự chấm', 'Điểm thẩm định', 'Minh chứng / Ghi chú']];
    for (const e of result.entries) {
      const c = text.get(e.criterionCode);
      rows.push([e.criterionCode, c?.text ?? '', c?.maxPoints ?? null, e.actual ?? null, e.selfScore ?? null, e.appraisedScore ?? null, e.note]);
    }
    sheets.push({ name: result.unitCode, rows });
  }
  sheets.push({
    name: 'Đề nghị khen thưởng',
    rows: [
      ['Đơn vị', 'Họ tên / Tên tập thể', 'Cá nhân / Tập thể', 'Tập thể nhỏ hoặc trực tiếp (x)', 'Chức vụ', 'Hình thức đề nghị', 'Cấp'],
      ...input.proposals.map((p) => [p.unitName, p.name, p.kind === 'individual' ? 'Cá nhân' : 'Tập thể', p.smallOrDirect ? 'x' : '', p.position, p.form, p.level]),
    ],
  });
  return sheets;
}

/**
 * The same workbook as a snapshot, without ExcelJS: what a host reads from it. For tests and benchmarks
 * of hosts that start from a snapshot (the fake Excel, the memory host) — ten times faster at 1,000 units.
 */
export function scaledSnapshot(plan: Plan, input: EvaluationInput): WorkbookSnapshot {
  return {
    sheets: [snapshotFromSpec(renderPlanSheet(plan)), ...scaledRows(plan, input).map((s) => ({ name: s.name, visibility: 'visible' as const, rows: s.rows, merges: [] }))],
  };
}

export function buildScaledWorkbook(plan: Plan, input: EvaluationInput): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  applyWritePlan(wb, { sheets: [renderPlanSheet(plan)] });
  const register = wb.addWorksheet('Đơn vị');
  register.addRow(['Mã đơn vị', 'Tên đơn vị', 'Khối/Cụm', 'Loại', 'Số người']);
  for (const u of input.units) register.addRow([u.code, u.name, u.block, 'tập thể lớn', 30]);
  const text = new Map(plan.criteria.map((c) => [c.code, c]));
  for (const result of input.results) {
    const unit = input.units.find((u) => u.code === result.unitCode);
    const ws = wb.addWorksheet(result.unitCode);
    ws.addRow([`Đơn vị: ${unit?.name ?? result.unitCode}`]);
    ws.addRow([`Khối: ${unit?.block ?? ''}`]);
    ws.addRow([]);
    ws.addRow(['Mã tiêu chí', 'Tiêu chí', 'Điểm tối đa', 'Kết quả thực hiện', 'Điểm tự chấm', 'Điểm thẩm định', 'Minh chứng / Ghi chú']);
    for (const e of result.entries) {
      const c = text.get(e.criterionCode);
      ws.addRow([e.criterionCode, c?.text ?? '', c?.maxPoints ?? null, e.actual ?? null, e.selfScore ?? null, e.appraisedScore ?? null, e.note]);
    }
  }
  const proposals = wb.addWorksheet('Đề nghị khen thưởng');
  proposals.addRow(['Đơn vị', 'Họ tên / Tên tập thể', 'Cá nhân / Tập thể', 'Tập thể nhỏ hoặc trực tiếp (x)', 'Chức vụ', 'Hình thức đề nghị', 'Cấp']);
  for (const p of input.proposals) {
    proposals.addRow([p.unitName, p.name, p.kind === 'individual' ? 'Cá nhân' : 'Tập thể', p.smallOrDirect ? 'x' : '', p.position, p.form, p.level]);
  }
  return wb;
}
