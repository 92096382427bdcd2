/** The malformed-workbook corpus as data: each case is the valid sample plus one defect (a few combine). */
import type ExcelJS from 'exceljs';

export interface CorpusCase {
  readonly file: string;
  readonly defect: string;
  readonly mutate: (wb: ExcelJS.Workbook) => void;
  /** Finding codes that must appear, with the sheet!address where one is expected. */
  readonly expect: readonly { readonly code: string; readonly cell?: string }[];
  readonly summary: boolean;
  /** The defect lives in the file (cell types, errors, merges, links, names, visibility): also run through the .xlsx host. */
  readonly throughFile?: boolean;
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`corpus: no sheet ${name}`);
  return ws;
}

/** The first unit sheet of the sample and its first criterion rows (header on row 7). */
const unit = 'MN01';
const register = 'Đơn vị';
const proposals = 'Đề nghị khen thưởng';
const plan = 'Kế hoạch';

export const corpusCases: readonly CorpusCase[] = [
  { throughFile: true, file: '01-valid', defect: 'mẫu hợp lệ (đối chứng)', mutate: () => undefined, expect: [], summary: true },
  { file: '02-text-in-score', defect: 'chữ trong ô điểm', mutate: (wb) => (sheet(wb, unit).getCell('F9').value = 'tốt'), expect: [{ code: 'VALUE_NOT_NUMBER', cell: 'MN01!F9' }], summary: true },
  { file: '03-negative-score', defect: 'điểm âm', mutate: (wb) => (sheet(wb, unit).getCell('F9').value = -3), expect: [{ code: 'SCORE_NEGATIVE', cell: 'MN01!F9' }], summary: true },
  { file: '04-over-max', defect: 'điểm vượt tối đa', mutate: (wb) => (sheet(wb, unit).getCell('F9').value = 999), expect: [{ code: 'SCORE_OVER_MAX', cell: 'MN01!F9' }], summary: true },
  { throughFile: true, file: '05-error-ref', defect: 'giá trị lỗi #REF!', mutate: (wb) => (sheet(wb, unit).getCell('F9').value = { error: '#REF!' }), expect: [{ code: 'VALUE_ERROR', cell: 'MN01!F9' }], summary: true },
  { throughFile: true, file: '06-error-div0-formula', defect: 'công thức có kết quả #DIV/0!', mutate: (wb) => (sheet(wb, unit).getCell('F9').value = { formula: '1/0', result: { error: '#DIV/0!' } }), expect: [{ code: 'VALUE_ERROR', cell: 'MN01!F9' }], summary: true },
  { throughFile: true, file: '07-date-in-score', defect: 'ngày tháng trong ô điểm', mutate: (wb) => (sheet(wb, unit).getCell('F9').value = new Date('2024-05-09T00:00:00Z')), expect: [{ code: 'VALUE_DATE', cell: 'MN01!F9' }], summary: true },
  { throughFile: true, file: '08-boolean-score', defect: 'giá trị TRUE trong ô điểm', mutate: (wb) => (sheet(wb, unit).getCell('F9').value = true), expect: [{ code: 'VALUE_NOT_NUMBER', cell: 'MN01!F9' }], summary: true },
  { file: '09-trailing-d', defect: 'điểm "9,5đ"', mutate: (wb) => (sheet(wb, unit).getCell('F9').value = '9,5đ'), expect: [{ code: 'VALUE_NOT_NUMBER', cell: 'MN01!F9' }], summary: true },
  { file: '10-fullwidth-digits', defect: 'chữ số toàn khổ "９"', mutate: (wb) => (sheet(wb, unit).getCell('F9').value = '９'), expect: [{ code: 'VALUE_NOT_NUMBER', cell: 'MN01!F9' }], summary: true },
  { file: '11-vn-thousands', defect: 'số "1.000,5"', mutate: (wb) => (sheet(wb, unit).getCell('F9').value = '1.000,5'), expect: [{ code: 'NUMBER_AS_TEXT', cell: 'MN01!F9' }, { code: 'SCORE_OVER_MAX', cell: 'MN01!F9' }], summary: true },
  { file: '12-english-decimal', defect: 'số "9.5"', mutate: (wb) => (sheet(wb, unit).getCell('F9').value = '9.5'), expect: [{ code: 'NUMBER_AS_TEXT', cell: 'MN01!F9' }, { code: 'SCORE_OVER_MAX', cell: 'MN01!F9' }], summary: true },
  { file: '13-duplicate-unit', defect: 'đơn vị trùng trong danh sách', mutate: (wb) => { const ws = sheet(wb, register); ws.getRow(ws.rowCount + 1).values = ['MN01', 'Trùng mã', 'Mầm non', 'Lớn', 10]; }, expect: [{ code: 'UNIT_DUPLICATE', cell: 'Đơn vị!A34' }], summary: true },
  { file: '14-unit-not-in-register', defect: 'trang đơn vị không có trong danh sách', mutate: (wb) => { const src = sheet(wb, unit); const ws = wb.addWorksheet('XX99'); src.eachRow((row, r) => { ws.getRow(r).values = row.values; }); }, expect: [{ code: 'UNIT_DUPLICATE', cell: 'XX99!A3' }], summary: true },
  { file: '15-missing-header', defect: 'thiếu tiêu đề cột điểm', mutate: (wb) => (sheet(wb, unit).getCell('E7').value = null), expect: [], summary: true },
  { file: '16-register-header-renamed', defect: 'tiêu đề danh sách viết khác dấu', mutate: (wb) => (sheet(wb, register).getCell('A3').value = 'MA DON VI'), expect: [], summary: true },
  { file: '17-register-columns-swapped', defect: 'đổi thứ tự cột danh sách', mutate: (wb) => { const ws = sheet(wb, register); ws.eachRow((row) => { const a = row.getCell(1).value; row.getCell(1).value = row.getCell(2).value; row.getCell(2).value = a; }); }, expect: [], summary: true },
  { throughFile: true, file: '18-merged-cells', defect: 'ô gộp trong bảng điểm', mutate: (wb) => sheet(wb, unit).mergeCells('E9:F10'), expect: [{ code: 'MERGED_CELLS', cell: 'MN01!E9' }], summary: true },
  { file: '19-empty-sheet', defect: 'thêm trang trống', mutate: (wb) => wb.addWorksheet('Trống'), expect: [], summary: true },
  { throughFile: true, file: '20-hidden-unit-sheet', defect: 'trang đơn vị bị ẩn', mutate: (wb) => (sheet(wb, unit).state = 'hidden'), expect: [{ code: 'SHEET_HIDDEN', cell: 'MN01!A1' }], summary: true },
  { throughFile: true, file: '21-very-hidden-sheet', defect: 'trang ẩn sâu', mutate: (wb) => (sheet(wb, unit).state = 'veryHidden'), expect: [{ code: 'SHEET_HIDDEN', cell: 'MN01!A1' }], summary: true },
  { file: '22-blank-rows-middle', defect: 'dòng trống giữa bảng', mutate: (wb) => sheet(wb, unit).spliceRows(10, 0, [], []), expect: [{ code: 'CRITERION_NOT_IN_SHEET', cell: 'MN01!A7' }], summary: true },
  { file: '23-header-row-moved', defect: 'tiêu đề không ở dòng 3', mutate: (wb) => sheet(wb, register).spliceRows(1, 0, [], []), expect: [], summary: true },
  { file: '24-extra-columns', defect: 'cột thừa', mutate: (wb) => { const ws = sheet(wb, unit); ws.getCell('H7').value = 'Người nhập'; ws.getCell('H9').value = 'Lan'; }, expect: [], summary: true },
  { file: '25-criterion-twice', defect: 'mã tiêu chí lặp', mutate: (wb) => { const ws = sheet(wb, unit); ws.getCell('A10').value = ws.getCell('A9').value; }, expect: [{ code: 'CRITERION_DUPLICATE_ROW', cell: 'MN01!A10' }], summary: true },
  { throughFile: true, file: '26-hyperlink-cell', defect: 'ô siêu liên kết', mutate: (wb) => (sheet(wb, unit).getCell('G9').value = { text: 'xem', hyperlink: 'http://example.invalid' }), expect: [], summary: true },
  { throughFile: true, file: '27-rich-text', defect: 'chữ định dạng trong ô điểm', mutate: (wb) => (sheet(wb, unit).getCell('F9').value = { richText: [{ text: '9' }, { text: ',5', font: { bold: true } }] }), expect: [{ code: 'NUMBER_AS_TEXT', cell: 'MN01!F9' }], summary: true },
  { file: '28-tcvn3-text', defect: 'văn bản TCVN3', mutate: (wb) => (sheet(wb, unit).getCell('G9').value = 'Tr\u00adêng Mm non'), expect: [{ code: 'LEGACY_ENCODING', cell: 'MN01!G9' }], summary: true },
  { throughFile: true, file: '29-apostrophe-sheet', defect: "tên trang có dấu nháy", mutate: (wb) => (sheet(wb, unit).name = "MN01 (cô Hà's)"), expect: [{ code: 'SCORE_BELOW_THRESHOLD', cell: "MN01 (cô Hà's)!F34" }], summary: true },
  { throughFile: true, file: '30-long-vn-sheet-name', defect: 'tên trang 31 ký tự tiếng Việt', mutate: (wb) => (sheet(wb, unit).name = 'Trường Mầm non Hoa Hướng Dương'), expect: [{ code: 'SCORE_BELOW_THRESHOLD', cell: 'Trường Mầm non Hoa Hướng Dương!F34' }], summary: true },
  { file: '31-no-register', defect: 'xoá trang danh sách đơn vị', mutate: (wb) => wb.removeWorksheet(sheet(wb, register).id), expect: [{ code: 'SHEET_MISSING' }, { code: 'UNIT_UNKNOWN', cell: 'MN01!A3' }], summary: true },
  { file: '32-no-proposals', defect: 'xoá trang đề nghị', mutate: (wb) => wb.removeWorksheet(sheet(wb, proposals).id), expect: [{ code: 'RATIO_NO_PROPOSALS' }], summary: true },
  { file: '33-proposals-no-header', defect: 'trang đề nghị mất tiêu đề', mutate: (wb) => sheet(wb, proposals).spliceRows(3, 1), expect: [{ code: 'HEADER_NOT_FOUND', cell: 'Đề nghị khen thưởng!A1' }], summary: true },
  { file: '34-nan-text', defect: 'chữ "NaN" và "Infinity" trong ô điểm', mutate: (wb) => { const ws = sheet(wb, unit); ws.getCell('F9').value = 'NaN'; ws.getCell('E9').value = 'Infinity'; }, expect: [{ code: 'VALUE_NOT_NUMBER', cell: 'MN01!E9' }, { code: 'VALUE_NOT_NUMBER', cell: 'MN01!F9' }], summary: true },
  { file: '35-vn-decimal-text', defect: 'số dạng chữ "4,5"', mutate: (wb) => (sheet(wb, unit).getCell('F9').value = '4,5'), expect: [{ code: 'NUMBER_AS_TEXT', cell: 'MN01!F9' }], summary: true },
  { throughFile: true, file: '36-formula-cached-number', defect: 'công thức có kết quả số', mutate: (wb) => (sheet(wb, unit).getCell('F9').value = { formula: '2+2', result: 4 }), expect: [], summary: true },
  { file: '37-proposal-unknown-unit', defect: 'đề nghị của đơn vị không có trong danh sách', mutate: (wb) => (sheet(wb, proposals).getCell('A4').value = 'Trường Không Có Thật'), expect: [{ code: 'PROPOSAL_UNKNOWN_UNIT', cell: 'Đề nghị khen thưởng!A4' }], summary: true },
  { file: '38-unit-name-blank', defect: 'tên đơn vị để trống', mutate: (wb) => (sheet(wb, register).getCell('B4').value = null), expect: [{ code: 'UNIT_NO_RESULTS', cell: 'Đơn vị!A4' }], summary: true },
  { throughFile: true, file: '39-hidden-scratch-sheet', defect: 'trang nháp ẩn sâu có dữ liệu lạ', mutate: (wb) => { const ws = wb.addWorksheet('Nháp', { state: 'veryHidden' }); ws.getCell('A1').value = { error: '#REF!' }; ws.getCell('B2').value = '=1+1'; }, expect: [], summary: true },
  { file: '40-unit-code-blank', defect: 'mã đơn vị để trống', mutate: (wb) => (sheet(wb, register).getCell('A5').value = null), expect: [{ code: 'COLUMN_MISSING', cell: 'Đơn vị!A5' }], summary: true },
  // The plan itself contradicts itself (rows of the sample's «Kế hoạch» sheet).
  { file: '41-plan-bands-overlap', defect: 'kế hoạch: hai mức xếp loại cùng ngưỡng', mutate: (wb) => (sheet(wb, plan).getCell('B80').value = 90), expect: [{ code: 'PLAN_BANDS_OVERLAP' }], summary: true },
  { file: '42-plan-ratio-over-100', defect: 'kế hoạch: tỷ lệ 120%', mutate: (wb) => (sheet(wb, plan).getCell('E97').value = 120), expect: [{ code: 'PLAN_INVALID' }], summary: false },
  { file: '43-plan-quota-over-block', defect: 'kế hoạch: 50 cờ thi đua cho khối 10 đơn vị', mutate: (wb) => (sheet(wb, plan).getCell('C89').value = 50), expect: [{ code: 'PLAN_QUOTA_OVER_BLOCK' }], summary: true },
  { file: '44-plan-no-criteria', defect: 'kế hoạch: không có tiêu chí nào', mutate: (wb) => { const ws = sheet(wb, plan); for (let r = 37; r <= 75; r++) ws.getRow(r).values = []; }, expect: [{ code: 'PLAN_INVALID' }], summary: false },
];

/** A sheet of 100,000 rows beside the sample: a question of time and memory, measured by `npm run bench`. */
export const bigSheetCase: CorpusCase = 
{ file: '45-sheet-100k-rows', defect: 'một trang 100.000 dòng', mutate: (wb) => { const ws = wb.addWorksheet('Dữ liệu thô'); for (let r = 1; r <= 100_000; r++) ws.getRow(r).values = [r, `Dòng ${r}`, r % 7]; }, expect: [], summary: true };
