/** Text the add-in writes on its own sheets (summary, findings, state). Official documents: Vietnamese. */
import { awardName } from './findings-score';
type P = Readonly<Record<string, string | number>>;

export const sheets = {
  names: { summary: 'Tổng hợp', findings: 'Kiểm tra', state: 'ThiDua_TrangThai', plan: 'Kế hoạch' },
  national: { title: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', motto: 'Độc lập - Tự do - Hạnh phúc' },
  dateLine: (p: P) => `${p.place ? `${p.place}, ` : ''}ngày ${p.day} tháng ${p.month} năm ${p.year}`,
  summary: {
    title: 'BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG THI ĐUA',
    planLine: (p: P) => [p.number ? `Kế hoạch số ${p.number}` : '', p.date ? `ngày ${p.date}` : '', p.name].filter((x) => x !== '').join(' ') + (p.period ? ` – ${p.period}` : ''),
    fingerprintLine: (p: P) => `Mã kiểm tra dữ liệu: ${p.input} · Mã kế hoạch: ${p.plan} · Lập lúc: ${p.time}`,
    columns: {
      no: 'STT',
      unit: 'Đơn vị',
      self: 'Tự chấm',
      appraised: 'Thẩm định',
      base: 'Điểm cơ bản',
      bonus: 'Thưởng',
      deduction: 'Trừ',
      total: 'Tổng điểm',
      rank: 'Xếp hạng',
      band: 'Xếp loại',
      award: 'Đề nghị khen thưởng',
      vote: 'Kết quả bỏ phiếu',
      note: 'Ghi chú',
    },
    /** Headings over the score columns, so nobody adds the reference columns to the counted ones. */
    columnGroups: {
      reference: 'Điểm cơ bản để đối chiếu (không cộng)',
      counted: 'Điểm được tính: cơ bản + thưởng − trừ = tổng',
    },
    capped: (p: P) => `${p.kind === 'bonus' ? 'Điểm thưởng' : 'Điểm trừ'} ${p.raw} vượt mức tối đa ${p.cap} của kế hoạch: tính ${p.used}.`,
    blockHeading: (p: P) => `${p.index}. ${p.block} (${p.count} đơn vị)`,
    /** One column per top-level section when the plan asks for section subtotals. */
    sectionColumn: (p: P) => `Điểm mục ${p.code}`,
    unscoredHeading: 'Đơn vị chưa có kết quả (không xếp hạng)',
    noPlan: 'Không đọc được kế hoạch thi đua: xem sheet «Kiểm tra».',
    legendTotal: (p: P) =>
      'Ghi chú: Tổng điểm = Điểm cơ bản + Thưởng − Trừ của nhóm «Điểm được tính» (sau mức tối đa của kế hoạch). ' +
      (p.ranking === 'self'
        ? 'Kế hoạch xếp hạng theo điểm tự chấm.'
        : 'Điểm cơ bản được tính lấy điểm thẩm định của từng tiêu chí; tiêu chí chưa thẩm định lấy điểm tự chấm và kết quả là tạm tính.') +
      ' Cột «Tự chấm», «Thẩm định» chỉ để đối chiếu, không cộng.',
    legend: [
      'Đơn vị đồng hạng sau mọi tiêu chí phụ được xếp cùng hạng và đưa ra Hội đồng bỏ phiếu; thứ tự in trong nhóm đồng hạng theo tên.',
    ],
    rankingStyle: (p: P) => (p.style === 'dense' ? 'Xếp hạng liền (1, 1, 2).' : 'Xếp hạng cạnh tranh (1, 1, 3).'),
    recipients: 'Nơi nhận:',
    missing: (p: P) => `Thiếu điểm ${p.count} tiêu chí`,
    mandatoryFailed: (p: P) => `Không đạt tiêu chí bắt buộc ${p.codes}`,
    gateFailed: (p: P) => `Không xếp loại: không đạt điều kiện ${p.codes}`,
    ineligible: (p: P) => `Không xét khen thưởng: ${p.reason}`,
    award: (p: P) => awardName(p.form, p.level),
    band: { none: 'Không xếp loại' },
    ratioHeading: 'TỶ LỆ KHEN THƯỞNG TẬP THỂ NHỎ, CÁ NHÂN TRỰC TIẾP',
    ratioColumns: ['Quy tắc', '', 'Cấp', 'Đạt chuẩn (tử số)', 'Tổng số (mẫu số)', 'Tỷ lệ', 'Yêu cầu', 'Kết quả', 'Để đạt: thêm', '', 'hoặc bớt', ''],
    ratioScope: { all: 'cá nhân và tập thể', individual: 'cá nhân', collective: 'tập thể' },
    ratioMet: 'Đạt',
    ratioNotMet: 'Không đạt',
    ratioNoProposals: 'Chưa có đề nghị',
    ratioAdd: (p: P) => (Number(p.count) < 0 ? 'không thể (tỷ lệ 100%)' : `${p.count} đề nghị ${p.who}`),
    ratioRemove: (p: P) => `${p.count} đề nghị ${p.who}`,
    ratioQualifying: 'đạt chuẩn',
    ratioOthers: 'khác',
    counts: (p: P) => `Tổng số: ${p.units} đơn vị trong ${p.blocks} khối/cụm · ${p.errors} lỗi, ${p.warnings} cảnh báo, ${p.infos} thông tin (xem sheet «Kiểm tra»).`,
  },
  findings: {
    title: 'KẾT QUẢ KIỂM TRA DỮ LIỆU',
    subtitle: (p: P) => `${p.errors} lỗi · ${p.warnings} cảnh báo · ${p.infos} thông tin — bấm vào ô để đến chỗ cần sửa.`,
    columns: ['STT', 'Mức độ', 'Đơn vị', 'Tiêu chí', 'Ô', 'Nội dung', 'Cách khắc phục', 'Mã'],
    severity: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' },
    none: 'Không có vấn đề nào.',
  },
  state: {
    columns: ['Khóa', 'Giá trị'],
    note: 'Sheet này do phần mềm Thi đua tạo để ghi trạng thái; không sửa.',
  },
  templateState: {
    name: 'ThiDua_Mau',
    note: 'Sheet này do phần mềm Thi đua tạo cùng biểu mẫu để nhận lại kết quả; không sửa, không xóa.',
  },
} as const;
