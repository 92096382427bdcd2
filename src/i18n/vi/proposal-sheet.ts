/** "Tổng hợp đề nghị khen thưởng": the council's printed list of proposals with their verdicts (Vietnamese, the source). */
import type { TextParams } from '../types';
import { formatNumberVi } from '../types';

type P = TextParams;
const n = (v: string | number | undefined): string => (typeof v === 'number' ? formatNumberVi(v) : (v ?? ''));

export const proposalSheet = {
  sheetName: 'Tổng hợp đề nghị khen thưởng',
  title: 'TỔNG HỢP ĐỀ NGHỊ KHEN THƯỞNG',
  columns: [
    'STT',
    'Họ tên / Tập thể',
    'Đơn vị',
    'Chức vụ',
    'Cá nhân / Tập thể',
    'TT nhỏ / Trực tiếp',
    'Xếp loại',
    'Kết quả xét',
    'Lý do',
    'Số phiếu cần',
    'Kết quả bỏ phiếu',
    'Ghi chú',
  ],
  kinds: { individual: 'Cá nhân', collective: 'Tập thể' },
  smallOrDirect: 'x',
  levelHeading: (p: P) => `${n(p.index)}. CẤP ${String(n(p.level)).toLocaleUpperCase('vi')} (${n(p.count)} đề nghị)`,
  formHeading: (p: P) => `${n(p.form)}: ${n(p.count)} đề nghị — ${n(p.eligible)} đủ điều kiện, ${n(p.notEligible)} không đủ điều kiện, ${n(p.needsCheck)} cần kiểm tra`,
  unknownFormHeading: (p: P) => `Hình thức không có trong kế hoạch: ${n(p.count)} đề nghị — Hội đồng xem xét`,
  noLevel: 'Chưa ghi cấp',
  /** "27/30": votes needed out of all members; "> 50%" when the member count is not in the plan. */
  votes: (p: P) => `${n(p.needed)}/${n(p.members)}`,
  votesShare: (p: P) => `${Number(p.strict) === 1 ? '>' : '≥'} ${formatNumberVi(Number(p.share) * 100)}%`,
  quotaHeading: 'GIỚI HẠN SỐ LƯỢNG THEO ĐƠN VỊ',
  quotaColumns: ['Quy tắc', '', '', 'Đơn vị', '', 'Số lượng', 'So với', 'Tối đa', 'Kết quả', '', '', ''],
  quotaMet: 'Trong giới hạn',
  quotaWithin: (p: P) => `${n(p.within)}/${n(p.total)} lượt kiểm tra (đơn vị × quy tắc) trong giới hạn; chỉ liệt kê các trường hợp vượt.`,
  quotaExceeded: 'Vượt giới hạn',
  legend: [
    'Kết quả xét: «Đủ điều kiện» khi đạt mọi điều kiện của kế hoạch; «Cần kiểm tra» khi thiếu dữ liệu (xếp loại, lịch sử khen thưởng',
    'các năm trước, danh sách thành viên) hoặc vượt giới hạn số lượng — Hội đồng kiểm tra hồ sơ trước khi bỏ phiếu.',
    'Số phiếu cần: tính trên tổng số thành viên Hội đồng (thành viên vắng mặt bỏ phiếu bằng văn bản).',
    'Cột «Số tháng công tác» để trống: coi như công tác đủ năm, đơn vị đề nghị chịu trách nhiệm về thông tin này.',
  ],
  counts: (p: P) =>
    `Tổng số: ${n(p.total)} đề nghị · ${n(p.eligible)} đủ điều kiện, ${n(p.notEligible)} không đủ điều kiện, ${n(p.needsCheck)} cần kiểm tra · Hội đồng ${p.members === undefined ? 'chưa ghi số thành viên' : `${n(p.members)} thành viên`}.`,
  noProposals: 'Không có đề nghị khen thưởng nào (trang «Đề nghị khen thưởng» trống hoặc không có).',
};
