/** Workbooks of any size in the contract's shape, for benchmarks: N unit sheets, a register, proposals. */
import ExcelJS from 'exceljs';
import type { EvaluationInput } from '../../src/domain/input/schema';
import type { Plan } from '../../src/domain/plan/schema';
import { applyWritePlan } from '../../src/adapters/xlsx/write';
import { renderPlanSheet } from '../../src/workbook/render/plan-sheet';

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
