/** Texts for reading a plan from the scoring table an officer received (Vietnamese, the source). */
import type { FindingTexts, TableFindingCode } from '../types';
import { fmt } from './findings-score';

type P = Readonly<Record<string, string | number>>;

const kindName: Readonly<Record<string, string>> = { bonus: 'điểm cộng', deduction: 'điểm trừ', adjustment: 'điểm cộng và trừ', base: 'điểm chuẩn' };
const kind = (k: string | number | undefined): string => kindName[String(k)] ?? fmt(k);
/** Points as written, or a kind of points when the column and the sentence disagree on the kind. */
const points = (v: string | number): string => (typeof v === 'number' ? fmt(v) : kind(v));
const row = (p: { readonly row: number }): string => `Dòng ${fmt(p.row)}`;

export const tableFindings: FindingTexts<TableFindingCode> = {
  TABLE_NOT_FOUND: {
    message: (p) => `Không tìm thấy bảng điểm trong «${fmt(p.source)}»: cần một bảng có dòng tiêu đề «STT», «Tiêu chuẩn» (hoặc «Nội dung») và cột điểm.`,
    fix: () => 'Mở tệp, kiểm tra bảng điểm có dòng tiêu đề «STT | Tiêu chuẩn thi đua | Điểm chuẩn | Thưởng | Trừ» rồi chạy lại; với trang tính, chọn đúng trang bằng --sheet.',
  },
  TABLE_COLUMN_MISSING: {
    message: (p) => `Bảng không có cột ${fmt(p.columns)}; các điểm loại này chỉ đọc được từ lời văn («cộng … điểm», «trừ … điểm»).`,
    fix: () => 'Không cần sửa nếu bảng gốc như vậy; kiểm tra lại loại điểm của từng dòng trong bản đề xuất.',
  },
  TABLE_ROW_UNREAD: {
    message: (p) => `${row(p)}: không hiểu dòng «${fmt(p.text)}» (không có số thứ tự, không phải ghi chú, không có điểm) nên đã bỏ qua.`,
    fix: (p) => `Nếu đây là một tiêu chí, thêm số thứ tự ở cột STT của dòng ${fmt(p.row)}; nếu là phần tiếp theo của dòng trên, gộp vào ô phía trên.`,
  },
  TABLE_VALUE_UNREAD: {
    message: (p) => `${row(p)}, tiêu chí ${fmt(p.code)}: ô điểm «${fmt(p.value)}» không phải một số.`,
    fix: (p) => `Ghi số điểm (ví dụ «0,5») vào ô điểm của dòng ${fmt(p.row)}, hoặc sửa trực tiếp điểm của tiêu chí ${fmt(p.code)} trong kế hoạch.`,
  },
  TABLE_NO_MAX: {
    message: (p) => `${row(p)}, tiêu chí ${fmt(p.code)}: không thấy điểm chuẩn (điểm tối đa) ở cột điểm hay trong lời văn; tạm để 0 điểm.`,
    fix: (p) => `Ghi điểm tối đa của tiêu chí ${fmt(p.code)} vào cột «Chuẩn» của bảng, hoặc sửa trong trang «Kế hoạch» sau khi tạo.`,
  },
  TABLE_GROUP_SUM: {
    message: (p) => `${row(p)}, mục ${fmt(p.code)}: bảng ghi ${fmt(p.max)} điểm nhưng các tiêu chí con cộng lại được ${fmt(p.sum)} điểm.`,
    fix: (p) => `Đối chiếu văn bản gốc: sửa điểm của mục ${fmt(p.code)} hoặc của các tiêu chí con cho khớp.`,
  },
  TABLE_TOTAL_MISMATCH: {
    message: (p) => `${row(p)}: dòng «Tổng cộng» ghi ${fmt(p.total)} điểm nhưng các tiêu chí chuẩn cộng lại được ${fmt(p.sum)} điểm.`,
    fix: () => 'Đối chiếu văn bản gốc để tìm dòng thiếu hoặc thừa điểm.',
  },
  TABLE_CODE_QUALIFIED: {
    message: (p) =>
      p.why === 'heading'
        ? `${row(p)}: mã «${fmt(p.written)}» nằm trong mục ${fmt(p.section)} (mục bảng không đánh số) nên tạm đặt là «${fmt(p.code)}».`
        : `${row(p)}: mã «${fmt(p.written)}» đã dùng ở phần trước nên trong mục ${fmt(p.section)} tạm đặt là «${fmt(p.code)}» (kế hoạch cần mỗi tiêu chí một mã riêng).`,
    fix: () => 'Giữ mã đề xuất, hoặc đặt mã khác không trùng trong trang «Kế hoạch» và trên các phiếu chấm của đơn vị.',
  },
  TABLE_CODE_PROPOSED: {
    message: (p) => `${row(p)}: dòng «${fmt(p.text)}» có quy tắc chấm điểm nhưng không có số thứ tự; tạm đặt mã «${fmt(p.code)}».`,
    fix: () => 'Giữ mã đề xuất hoặc đặt mã theo văn bản gốc trước khi gửi phiếu chấm cho đơn vị.',
  },
  TABLE_NOTE_UNREAD: {
    message: (p) => `${row(p)}: ghi chú «${fmt(p.text)}» được giữ lại nhưng không chuyển thành quy tắc chấm.`,
    fix: () => 'Đọc ghi chú; nếu nó đặt giới hạn hay điều kiện, ghi thủ công vào trang «Kế hoạch».',
  },
  TABLE_CAP_SECTION_UNKNOWN: {
    message: (p) => `${row(p)}: ghi chú giới hạn ${kind(p.kind)} ${fmt(p.value)} điểm cho mục «${fmt(p.section)}», nhưng bảng không có mục này.`,
    fix: () => 'Kiểm tra mã mục trong ghi chú rồi ghi giới hạn vào đúng tiêu chí trong trang «Kế hoạch».',
  },
  TABLE_CAP_PLACED: {
    message: (p) => `${row(p)}: giới hạn ${kind(p.kind)} ${fmt(p.value)} điểm của mục ${fmt(p.section)} được đặt vào tiêu chí ${fmt(p.code)} (dòng cộng/trừ duy nhất của mục).`,
    fix: () => 'Không cần sửa nếu đúng ý văn bản.',
  },
  TABLE_ONE_OF: {
    message: (p) => `${row(p)}, mục ${fmt(p.code)}: chỉ được cộng theo một trong các trường hợp; đặt giới hạn điểm cộng của mục là ${fmt(p.cap)} (trường hợp cao nhất).`,
    fix: () => 'Không cần sửa nếu đúng ý văn bản; hội đồng chỉ chấm một trường hợp cho mỗi đơn vị.',
  },
  TABLE_CONDITION_UNCHECKED: {
    message: (p) => `${row(p)}, mục ${fmt(p.code)}: điểm cộng chỉ được tính khi «${fmt(p.text)}»; phần mềm không tự kiểm tra điều kiện này.`,
    fix: () => 'Người thẩm định kiểm tra điều kiện trước khi chấm điểm cộng của mục này.',
  },
  TABLE_ADJUSTMENTS_BESIDE: {
    message: (p) => `${row(p)}: tiêu chí ${fmt(p.code)} có ${fmt(p.max)} điểm chuẩn và các dòng con chỉ cộng/trừ điểm, nên ${fmt(p.code)} vẫn được chấm và các dòng con được xếp cùng cấp trong mục ${fmt(p.parent)}.`,
    fix: () => 'Không cần sửa; các dòng con vẫn cộng/trừ vào tổng điểm của đơn vị.',
  },
  TABLE_POINTS_CONFLICT: {
    message: (p) => `${row(p)}, tiêu chí ${fmt(p.code)}: cột điểm ghi «${points(p.column)}» nhưng lời văn ghi «${points(p.text)}»; tạm lấy theo ${points(p.used)}.`,
    fix: (p) => `Đối chiếu văn bản gốc rồi sửa điểm của tiêu chí ${fmt(p.code)}.`,
  },
  TABLE_SEVERAL_RULES: {
    message: (p) => `${row(p)}, tiêu chí ${fmt(p.code)}: một ô có ${fmt(p.count)} mức cộng/trừ khác nhau; chỉ mức đầu tiên được đọc.`,
    fix: (p) => `Tách dòng ${fmt(p.row)} thành các tiêu chí riêng trong trang «Kế hoạch», mỗi mức một dòng.`,
  },
  TABLE_PER_CASE_UNCAPPED: {
    message: (p) => `${row(p)}, tiêu chí ${fmt(p.code)}: tính ${fmt(p.points)} điểm cho mỗi trường hợp và bảng không ghi mức tối đa, nên không giới hạn.`,
    fix: () => 'Nếu văn bản có giới hạn, ghi vào cột «Điểm tối đa» và chọn có giới hạn trong trang «Kế hoạch».',
  },
  TABLE_POINTS_LOST: {
    message: (p) => `${row(p)}: tiêu chí ${fmt(p.code)} có ${fmt(p.max)} điểm chuẩn nhưng các dòng con chỉ cộng/trừ điểm và nó không thuộc mục nào, nên ${fmt(p.max)} điểm này không được chấm.`,
    fix: (p) => `Thêm một tiêu chí con có điểm chuẩn cho ${fmt(p.code)} trong trang «Kế hoạch».`,
  },
  TABLE_LEVELS_REVIEW: {
    message: (p) => `Bảng điểm không ghi các cấp khen thưởng; tạm dùng danh sách «${fmt(p.levels)}».`,
    fix: () => 'Sửa mục «Cấp khen thưởng» trong phần Thông tin chung của trang «Kế hoạch» theo kế hoạch thi đua.',
  },
  TABLE_SCALE_FROM_SUM: {
    message: (p) => `Thang điểm lấy bằng tổng điểm chuẩn: ${fmt(p.scale)} điểm.`,
    fix: () => 'Sửa «Thang điểm» nếu văn bản ghi khác.',
  },
};

/** Command line and task pane texts. */
export const planTable = {
  reading: (p: P) => `Đang đọc bảng điểm ${p.file} …`,
  table: (p: P) => `Bảng: ${p.table} (tiêu đề ở dòng ${p.header}).`,
  counts: (p: P) => `Tìm thấy ${p.total} tiêu chí: ${p.base} điểm chuẩn, ${p.bonus} điểm cộng, ${p.deduction} điểm trừ; ${p.groups} mục có tiêu chí con.`,
  maxima: (p: P) => `Tổng điểm chuẩn: ${p.base}; điểm cộng tối đa: ${p.bonus}; điểm trừ tối đa: ${p.deduction}.`,
  criterionLine: (p: P) => `  ${p.indent}${p.code}  ${p.text}  [${p.what}]  (dòng ${p.row})`,
  kinds: { base: 'chuẩn', bonus: 'cộng', deduction: 'trừ' } as Readonly<Record<string, string>>,
  maxPart: (p: P) => `${p.max} điểm`,
  perCasePart: (p: P) => `${p.points} điểm/trường hợp${p.capped ? `, tối đa ${p.max}` : ', không giới hạn'}`,
  stepsPart: (p: P) => `mức: ${p.steps}`,
  gatePart: 'điều kiện xếp loại',
  capPart: (p: P) => `giới hạn ${p.what} của mục: ${p.value}`,
  capKinds: { bonus: 'cộng', deduction: 'trừ', adjustment: 'cộng và trừ' } as Readonly<Record<string, string>>,
  findingsHeading: (p: P) => `Cần xem lại (${p.count}):`,
  severity: { error: 'lỗi', warning: 'cảnh báo', info: 'thông tin' } as Readonly<Record<string, string>>,
  findingLine: (p: P) => `  [${p.severity}] ${p.message}`,
  confirm: (p: P) => `Ghi trang «Kế hoạch» vào ${p.file}? (c/k) `,
  yesAnswers: ['c', 'có', 'co', 'y', 'yes'] as readonly string[],
  notConfirmed: 'Chưa ghi gì. Chạy lại với --yes để ghi mà không hỏi.',
  needsConfirm: 'Chưa ghi gì: cần xác nhận. Chạy lại với --yes để ghi trang «Kế hoạch».',
  written: (p: P) => `Đã ghi trang «${p.sheet}» vào ${p.file}.`,
  outputExists: (p: P) => `Không ghi: tệp ${p.file} đã có. Chọn tên khác với -o (phần mềm không ghi đè tệp).`,
  planExists: (p: P) => `Không ghi: tệp đã có trang kế hoạch «${p.sheet}». Phần mềm không ghi đè kế hoạch đã có.`,
  notFound: (p: P) => `Không tìm thấy tệp ${p.file}.`,
  notReadable: (p: P) => `Không đọc được tệp ${p.file}: chỉ nhận .docx (Word) hoặc .xlsx.`,
  sheetMissing: (p: P) => `Tệp không có trang «${p.sheet}».`,
  invalid: 'Bản đề xuất chưa thành kế hoạch hợp lệ; xem các dòng cần xem lại ở trên.',
  defaultLevels: ['cơ sở', 'xã', 'tỉnh', 'Trung ương'] as readonly string[],
  defaultName: (p: P) => `Kế hoạch thi đua theo bảng điểm ${p.source}`,
  pane: {
    title: '2. Tạo kế hoạch từ bảng điểm',
    intro: 'Chọn tệp Word (.docx) có bảng điểm, hoặc dán bảng vào một trang rồi chọn trang đó.',
    pickFile: 'Chọn tệp .docx',
    fromSheet: 'Dùng trang',
    read: 'Đọc bảng',
    write: 'Ghi kế hoạch',
    written: (p: P) => `Đã ghi trang «${p.sheet}».`,
    planExists: (p: P) => `Sổ tính đã có trang kế hoạch «${p.sheet}»: không ghi đè.`,
    sheet: 'Trang có bảng dán từ Word',
    anySheet: '(tự tìm)',
    reading: 'Đang đọc bảng điểm …',
    notReadable: 'Tệp không phải tài liệu Word (.docx) đọc được.',
    sheetMissing: 'Không còn trang đã chọn.',
    treeLabel: 'Cây tiêu chí đề xuất',
    review: 'Xem lại cây tiêu chí và các dòng cần xem lại trước khi ghi; sau khi ghi, sửa trực tiếp trên trang «Kế hoạch».',
    noTable: 'Không tìm thấy bảng điểm.',
  },
};
