/** Hand-built snapshots and a small plan for the input-sheet parser tests. */
import { planSchema, type Plan } from '../../src/domain/plan/schema';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../src/workbook/grid';
import { parseInputs } from '../../src/workbook/parse/inputs';
import type { Finding, FindingCode } from '../../src/domain/findings';

export const plan: Plan = planSchema.parse({
  info: { name: 'Kế hoạch thử', year: 2024, levels: ['cơ sở', 'huyện', 'tỉnh', 'Trung ương'] },
  criteria: [
    { code: '1', text: 'Công tác chuyên môn', maxPoints: 30 },
    { code: '1.1', text: 'Hoàn thành kế hoạch năm học', maxPoints: 10 },
    { code: '1.2', text: 'Chất lượng giáo dục', maxPoints: 20 },
    { code: '2', text: 'Phong trào', maxPoints: 30 },
    { code: '2.1', text: 'Tỷ lệ CBCC tập luyện thể thao', maxPoints: 10, method: 'targetRatio', target: 100, targetUnit: '%' },
    { code: '2.2', text: 'Tổ chức hội nghị cán bộ', maxPoints: 10, method: 'passFail' },
    { code: '2.3', text: 'Số giải thi đấu tham gia', maxPoints: 10, method: 'steps', steps: [{ from: 3, points: 10 }, { from: 1, points: 5 }] },
    { code: '3', text: 'Sáng kiến được công nhận', maxPoints: 5, kind: 'bonus' },
  ],
});

export function sheet(name: string, rows: readonly (readonly CellValue[])[], merges: readonly string[] = [], visibility: SheetSnapshot['visibility'] = 'visible'): SheetSnapshot {
  return { name, visibility, rows, merges };
}

export function workbook(...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { sheets };
}

export const registerSheet = sheet('Đơn vị', [
  ['DANH SÁCH ĐƠN VỊ THI ĐUA'],
  [],
  ['Mã đơn vị', 'Tên đơn vị', 'Khối/Cụm', 'Loại', 'Số người', 'Không xét khen thưởng (lý do)'],
  ['A01', 'Trường THCS A', 'THCS', null, 35, null],
  ['A02', 'Trường THCS B', 'THCS', 'tập thể nhỏ', 20, null],
  ['B01', 'Trường Tiểu học C', 'Tiểu học', null, null, 'Nộp hồ sơ muộn'],
]);

/** Rows of a complete unit sheet, in plan order (codes as text, the way the template writes them). */
export const defaultRows: readonly (readonly CellValue[])[] = [
  ['1', 'Công tác chuyên môn', 30, null, null, null, null],
  ['1.1', 'Hoàn thành kế hoạch năm học', 10, 'Đã hoàn thành', 9, 8.5, null],
  ['1.2', 'Chất lượng giáo dục', 20, null, 18, 17, null],
  ['2', 'Phong trào', 30, null, null, null, null],
  ['2.1', 'Tỷ lệ CBCC tập luyện thể thao', 10, 95, 9.5, 9.5, null],
  ['2.2', 'Tổ chức hội nghị cán bộ', 10, 'đạt', 10, 10, null],
  ['2.3', 'Số giải thi đấu tham gia', 10, 2, 5, 5, null],
  ['3', 'Sáng kiến được công nhận', 5, null, 0, 0, 'QĐ số 12'],
];

/** A unit sheet: the default rows, some replaced per test (keyed by the row's code). */
export function unitSheet(
  name: string,
  header: readonly (readonly CellValue[])[],
  rows: Readonly<Record<string, readonly CellValue[]>> = {},
): SheetSnapshot {
  const body = defaultRows.map((row) => rows[String(row[0])] ?? row);
  return sheet(name, [
    ...header,
    ['Mã tiêu chí', 'Tiêu chí', 'Điểm tối đa', 'Kết quả thực hiện', 'Điểm tự chấm', 'Điểm thẩm định', 'Minh chứng / Ghi chú'],
    ...body,
  ]);
}

export const unitHeader = (unit: string, block = 'THCS'): CellValue[][] => [
  ['BẢNG TỰ CHẤM ĐIỂM THI ĐUA'],
  [`Đơn vị: ${unit}`],
  [`Khối: ${block}`],
  ['Đợt: Đợt 1'],
  [],
];


export function run(...sheets: SheetSnapshot[]): ReturnType<typeof parseInputs> {
  return parseInputs(workbook(...sheets), plan, { skipSheets: new Set(['Kế hoạch']) });
}

export function only(findings: readonly Finding[], code: FindingCode): Finding[] {
  return findings.filter((f) => f.code === code);
}

/** Findings as compact, comparable rows: code, cell address, params. */
export function brief(findings: readonly Finding[]): { code: FindingCode; at?: string; params: Finding['params'] }[] {
  return findings.map((f) => ({ code: f.code, ...(f.cell ? { at: `${f.cell.sheet}!${f.cell.address}` } : {}), params: f.params }));
}
