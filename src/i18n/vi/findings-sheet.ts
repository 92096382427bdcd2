/** Messages for findings about sheets, cells, units, criteria rows and proposals (Vietnamese, the source). */
import { formatNumberPlain, type FindingTexts, type SheetFindingCode } from '../types';
import { fmt } from './findings-score';

const plain = (v: string | number | undefined): string => formatNumberPlain('vi-VN', v);
import { inputSheets } from './input-sheets';

/** What a keyword cell accepts: the parser passes a key of inputSheets.expected. */
const expected = (p: { readonly expected?: string }): string => (inputSheets.expected as Readonly<Record<string, string>>)[String(p.expected)] ?? fmt(p.expected);

const encodingName: Readonly<Record<string, string>> = { tcvn3: 'TCVN3 (ABC, phông .VnTime)', vni: 'VNI Windows' };

export const sheetFindings: FindingTexts<SheetFindingCode> = {
  SHEET_MISSING: {
    message: (p) => `Không tìm thấy trang «${fmt(p.sheet)}» trong tệp.`,
    fix: (p) => `Thêm trang «${fmt(p.sheet)}» theo mẫu (hoặc đổi tên trang đang có thành «${fmt(p.sheet)}») rồi chạy lại.`,
  },
  SHEET_EMPTY: {
    message: (p) => `Trang «${fmt(p.sheet)}» không có dữ liệu.`,
    fix: (p) => `Nhập dữ liệu vào trang «${fmt(p.sheet)}» theo mẫu rồi chạy lại.`,
  },
  SHEET_HIDDEN: {
    message: (p) => `Trang «${fmt(p.sheet)}» đang ẩn nhưng có dữ liệu được dùng để chấm (${fmt(p.role)}).`,
    fix: (p) => `Hiện trang «${fmt(p.sheet)}» (chuột phải vào tên trang → Bỏ ẩn) để kiểm tra; nếu không muốn dùng, xóa hoặc đổi tên trang.`,
  },
  HEADER_NOT_FOUND: {
    message: (p) => `Trang «${fmt(p.sheet)}» không có dòng tiêu đề cột cần thiết (${fmt(p.expected)}).`,
    fix: (p) => `Thêm một dòng tiêu đề có các cột: ${fmt(p.expected)} (thứ tự tùy ý, có thể có dòng tiêu đề phía trên).`,
  },
  COLUMN_MISSING: {
    message: (p) =>
      p.row === undefined
        ? `Trang «${fmt(p.sheet)}» thiếu cột «${fmt(p.column)}».`
        : `Trang «${fmt(p.sheet)}», dòng ${fmt(p.row)}: ô cột «${fmt(p.column)}» để trống.`,
    fix: (p) =>
      p.row === undefined
        ? `Thêm cột «${fmt(p.column)}» vào dòng tiêu đề của bảng rồi chạy lại.`
        : `Nhập giá trị cho cột «${fmt(p.column)}» ở dòng ${fmt(p.row)}.`,
  },
  MERGED_CELLS: {
    message: (p) => `Vùng ô gộp ${fmt(p.range)} nằm trong bảng dữ liệu${p.sheet === undefined ? '' : ` của trang «${fmt(p.sheet)}»`}: chỉ ô đầu tiên của vùng được đọc.`,
    fix: () => 'Bỏ gộp ô (Trộn và Căn giữa → Bỏ trộn ô) và nhập giá trị vào từng ô.',
  },
  VALUE_PERCENT_DOUBTFUL: {
    message: (p) =>
      p.reason === 'percentCell'
        ? `Ô định dạng phần trăm hiện ${plain(p.shown)}% nhưng chỉ tiêu tính theo «${fmt(p.unit)}»: đã đọc là ${plain(p.value)}.`
        : `Ô ghi ${plain(p.value)} cho chỉ tiêu tính theo %: đã đọc là ${plain(p.value)}%, không phải ${plain(p.shown)}%.`,
    fix: (p) =>
      p.reason === 'percentCell'
        ? `Nhập kết quả theo đơn vị «${fmt(p.unit)}» ở ô định dạng số thường.`
        : `Nếu ý là ${plain(p.shown)}%, nhập ${plain(p.shown)} hoặc ${plain(p.shown)}%; nếu đúng là ${plain(p.value)}%, giữ nguyên.`,
  },
  NUMBER_AS_TEXT: {
    message: (p) => `Ô ghi số dưới dạng chữ «${fmt(p.value)}», đã đọc là số ${plain(p.read)}.`,
    fix: () => 'Kiểm tra giá trị đã đọc; nên nhập ô ở dạng số để tránh hiểu nhầm.',
  },
  VALUE_NOT_NUMBER: {
    message: (p) =>
      `«${fmt(p.value)}» không phải là ${p.expected === undefined ? 'một số' : expected(p)}: ô được coi là để trống (không phải 0).`,
    fix: () => 'Nhập một số (phần thập phân dùng dấu phẩy, ví dụ 9,5), hoặc để trống nếu chưa có.',
  },
  VALUE_ERROR: {
    message: (p) => `Ô có lỗi công thức ${fmt(p.value)}: ô được coi là để trống.`,
    fix: () => 'Sửa công thức của ô (tham chiếu bị xóa, chia cho 0…) hoặc nhập giá trị trực tiếp.',
  },
  VALUE_NOT_PASS_FAIL: {
    message: (p) => `«${fmt(p.value)}» không phải giá trị hợp lệ (cần: ${expected(p)}).`,
    fix: (p) => `Ghi một trong các giá trị: ${expected(p)}.`,
  },
  VALUE_DATE: {
    message: (p) => `Ô chứa ngày ${fmt(p.value)} thay vì một số: ô được coi là để trống.`,
    fix: () => 'Đổi định dạng ô sang Số (Number) rồi nhập lại giá trị.',
  },
  LEGACY_ENCODING: {
    message: (p) =>
      `Ô dùng bảng mã cũ ${encodingName[String(p.encoding)] ?? 'TCVN3/VNI'}: «${fmt(p.value)}», đã đọc là «${fmt(p.converted)}».`,
    fix: () => 'Chuyển dữ liệu sang Unicode (Unikey → Công cụ chuyển mã) để tệp hiển thị đúng trên mọi máy.',
  },
  UNIT_DUPLICATE: {
    message: (p) => `Đơn vị «${fmt(p.unit)}» xuất hiện hai lần: dùng kết quả ở ${fmt(p.kept)}, bỏ qua ${fmt(p.dropped)}.`,
    fix: (p) => `Xóa bản trùng ở ${fmt(p.dropped)}, hoặc sửa lại mã/tên nếu đó là một đơn vị khác.`,
  },
  UNIT_UNKNOWN: {
    message: (p) =>
      `Trang «${fmt(p.sheet)}»: không tìm thấy đơn vị «${fmt(p.value)}» trong danh sách đơn vị; kết quả này không được chấm.`,
    fix: () => `Ghi đúng mã hoặc tên đơn vị như trong trang «${inputSheets.names.register}», hoặc bổ sung đơn vị vào danh sách.`,
  },
  UNIT_NO_RESULTS: {
    message: (p) => `Đơn vị «${fmt(p.unit)}» (mã ${fmt(p.code)}) chưa có kết quả chấm điểm: không được chấm, không xếp hạng.`,
    fix: () =>
      `Thêm trang kết quả của đơn vị (có dòng «${inputSheets.unitSheet.labels.unit} …» và bảng «${inputSheets.unitSheet.columns.code}»), hoặc một dòng của đơn vị trong bảng tổng hợp điểm.`,
  },
  UNIT_PERIOD_MISMATCH: {
    message: (p) => `Trang «${fmt(p.sheet)}» của «${fmt(p.unit)}» ghi đợt «${fmt(p.value)}», nhưng kế hoạch chấm đợt «${fmt(p.period)}»: kết quả vẫn được tính cho đợt «${fmt(p.period)}».`,
    fix: (p) => `Kiểm tra đây có đúng là kết quả đợt «${fmt(p.period)}» không; nếu đúng, sửa dòng «Đợt:» cho khớp, nếu không, thay bằng trang của đợt này.`,
  },
  UNIT_YEAR_MISMATCH: {
    message: (p) => `Trang «${fmt(p.sheet)}» của «${fmt(p.unit)}» ghi «${fmt(p.value)}», khác năm ${fmt(p.year)} của kế hoạch: kết quả vẫn được tính cho năm ${fmt(p.year)}.`,
    fix: (p) => `Kiểm tra đây có đúng là kết quả năm ${fmt(p.year)} không; nếu đúng, sửa năm trên trang cho khớp, nếu không, thay bằng trang của năm này.`,
  },
  UNIT_BLOCK_MISMATCH: {
    message: (p) =>
      `Trang «${fmt(p.sheet)}» ghi khối «${fmt(p.value)}» cho đơn vị «${fmt(p.unit)}», nhưng danh sách đơn vị xếp đơn vị này vào khối «${fmt(p.block)}»: dùng khối «${fmt(p.block)}».`,
    fix: () => `Sửa dòng khối trên trang kết quả, hoặc sửa khối của đơn vị trong trang «${inputSheets.names.register}».`,
  },
  CRITERION_UNKNOWN: {
    message: (p) =>
      p.reason === 'group'
        ? `Trang «${fmt(p.sheet)}»: mục ${fmt(p.code)} là nhóm tiêu chí; điểm ${fmt(p.value)} ghi ở dòng nhóm không được tính (điểm nhóm là tổng các tiêu chí con${p.sum === undefined ? '' : `, ở đây là ${fmt(p.sum)}`}).`
        : `Trang «${fmt(p.sheet)}»: mã tiêu chí ${fmt(p.code)} không có trong kế hoạch; dòng này không được tính.`,
    fix: (p) =>
      p.reason === 'group'
        ? `Nhập điểm vào từng tiêu chí con của nhóm ${fmt(p.code)}; ở dòng nhóm để trống hoặc ghi đúng tổng.`
        : 'Sửa mã tiêu chí cho khớp với trang «Kế hoạch», hoặc bổ sung tiêu chí vào kế hoạch.',
  },
  CRITERION_DUPLICATE_ROW: {
    message: (p) => `Trang «${fmt(p.sheet)}»: tiêu chí ${fmt(p.code)} có hai lần (lần đầu ở ${fmt(p.first)}); chỉ lần đầu được tính.`,
    fix: () => 'Xóa dòng (cột) trùng, hoặc sửa mã nếu đó là một tiêu chí khác.',
  },
  CRITERION_NOT_IN_SHEET: {
    message: (p) => `Trang «${fmt(p.sheet)}» thiếu ${fmt(p.count)} tiêu chí của kế hoạch: ${fmt(p.codes)}. Các tiêu chí này được coi là chưa có điểm.`,
    fix: () => 'Thêm các dòng (cột) còn thiếu với đúng mã tiêu chí như trong trang «Kế hoạch».',
  },
  PROPOSAL_UNKNOWN_LEVEL: {
    message: (p) => `Cấp khen thưởng «${fmt(p.value)}» không có trong kế hoạch (các cấp: ${fmt(p.levels)}); đề nghị này không được tính vào tỷ lệ.`,
    fix: (p) => `Ghi một trong các cấp: ${fmt(p.levels)}.`,
  },
  PROPOSAL_UNKNOWN_UNIT: {
    message: (p) => `Đơn vị «${fmt(p.value)}» của đề nghị không có trong danh sách đơn vị.`,
    fix: () => `Ghi đúng mã hoặc tên đơn vị như trong trang «${inputSheets.names.register}».`,
  },
  PROPOSAL_KIND_INVALID: {
    message: (p) => `«${fmt(p.value)}» không cho biết đề nghị là cá nhân hay tập thể; đề nghị này bị bỏ qua.`,
    fix: (p) => `Ghi một trong các giá trị: ${expected(p)}.`,
  },
  PROPOSAL_DUPLICATE: {
    message: (p) => `«${fmt(p.name)}» (${fmt(p.unit)}) được đề nghị «${fmt(p.form)}» lần thứ hai (lần đầu ở ô ${fmt(p.first)}); cả hai dòng đều được tính vào tỷ lệ.`,
    fix: () => 'Xóa dòng trùng; nếu là hai người trùng họ tên, ghi rõ chức vụ khác nhau để phân biệt.',
  },
  SHEET_MERGES_UNREAD: {
    message: (p) => `Excel không trả về được các vùng ô gộp của trang «${fmt(p.sheet)}» (quá nhiều vùng gộp): trang được đọc như không có ô gộp, tiêu đề gộp có thể bị đọc lệch.`,
    fix: () => 'Bỏ gộp những ô không cần gộp (Trộn và Căn giữa → Bỏ trộn ô), nhất là trong bảng dữ liệu, rồi chạy lại.',
  },
  OWNED_SHEET_CONFLICT: {
    message: (p) => `Đã có một trang tên «${fmt(p.sheet)}» không do phần bổ trợ tạo ra: trang này được giữ nguyên, kết quả ghi vào trang «${fmt(p.used)}».`,
    fix: (p) => `Nếu trang «${fmt(p.sheet)}» không còn dùng, đổi tên hoặc xóa nó để lần sau kết quả ghi đúng tên.`,
  },
};
