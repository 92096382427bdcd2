/** Messages for eligibility findings: proposals, history, staff ratings, title quotas (Vietnamese, the source). */
import type { EligibilityFindingCode, FindingTexts } from '../types';
import { fmt } from './findings-score';

const kindName: Readonly<Record<string, string>> = { individual: 'cá nhân', collective: 'tập thể' };

export const eligibilityFindings: FindingTexts<EligibilityFindingCode> = {
  ELIG_UNKNOWN_FORM: {
    message: (p) => `Đề nghị «${fmt(p.name)}»: hình thức «${fmt(p.form)}» không có trong danh mục danh hiệu, hình thức của kế hoạch.`,
    fix: () => 'Ghi đúng tên danh hiệu, hình thức như mục «Danh hiệu và hình thức khen thưởng» của trang Kế hoạch, hoặc thêm tên gọi này vào cột «Tên gọi khác».',
  },
  ELIG_LEVEL_MISMATCH: {
    message: (p) => `${fmt(p.form)} thuộc cấp ${fmt(p.expected)}, nhưng đề nghị ghi cấp «${fmt(p.level)}».`,
    fix: (p) => `Sửa cột «Cấp» thành «${fmt(p.expected)}» (tỷ lệ khen thưởng được tính theo cấp ghi ở đề nghị).`,
  },
  ELIG_KIND_MISMATCH: {
    message: (p) => `Đề nghị «${fmt(p.name)}» (${kindName[String(p.kind)] ?? fmt(p.kind)}) đề nghị ${fmt(p.form)}, danh hiệu này không xét cho ${kindName[String(p.kind)] ?? fmt(p.kind)}.`,
    fix: () => 'Kiểm tra cột «Cá nhân / Tập thể» hoặc chọn đúng danh hiệu, hình thức.',
  },
  ELIG_RATING_UNKNOWN: {
    message: (p) => `Xếp loại «${fmt(p.value)}» không có trong danh mục xếp loại của kế hoạch (${fmt(p.ratings)}).`,
    fix: () => 'Ghi xếp loại theo danh mục (được viết tắt, ví dụ HTXSNV, HTTNV) hoặc bổ sung mục «Các mức xếp loại đánh giá» của trang Kế hoạch.',
  },
  ELIG_AMBIGUOUS_PERSON: {
    message: (p) => `Có nhiều người tên «${fmt(p.name)}» tại ${fmt(p.unit)} (hoặc lịch sử khen thưởng không ghi đơn vị): không xác định được lịch sử của từng người.`,
    fix: () => 'Ghi thêm chức vụ hoặc đơn vị để phân biệt, và ghi đơn vị ở từng dòng của trang «Lịch sử khen thưởng»; Hội đồng kiểm tra hồ sơ.',
  },
  ELIG_TITLE_QUOTA_EXCEEDED: {
    message: (p) => `${fmt(p.unit)}: ${fmt(p.count)} đề nghị đủ điều kiện, vượt số tối đa ${fmt(p.cap)} (${fmt(p.rule)}; so với ${fmt(p.base)} người).`,
    fix: (p) => `Hội đồng lựa chọn không quá ${fmt(p.cap)} người; các đề nghị này được chuyển sang «cần kiểm tra».`,
  },
  ELIG_RATING_QUOTA_EXCEEDED: {
    message: (p) => `${fmt(p.unit)}: ${fmt(p.count)} người xếp loại vượt số tối đa ${fmt(p.cap)} (${fmt(p.rule)}; so với ${fmt(p.base)} người).`,
    fix: (p) => `Đơn vị rà soát lại kết quả đánh giá, xếp loại để không quá ${fmt(p.cap)} người.`,
  },
  ELIG_TITLE_REF_UNKNOWN: {
    message: (p) => `Điều kiện của «${fmt(p.title)}» dẫn chiếu «${fmt(p.ref)}», không có trong danh mục danh hiệu hoặc xếp loại của kế hoạch.`,
    fix: () => 'Sửa cột «Danh hiệu / xếp loại dẫn chiếu» theo mã danh hiệu hoặc mức xếp loại có trong trang Kế hoạch.',
  },
  ELIG_NO_COUNCIL: {
    message: () => 'Kế hoạch chưa ghi số thành viên Hội đồng: chưa tính được số phiếu cần cho từng danh hiệu.',
    fix: () => 'Ghi «Số thành viên Hội đồng» ở mục Thông tin chung của trang Kế hoạch.',
  },
  ELIG_HISTORY_YEAR_INVALID: {
    message: (p) => `Năm «${fmt(p.value)}» trong lịch sử khen thưởng không đọc được.`,
    fix: () => 'Ghi năm bằng 4 chữ số, ví dụ 2023.',
  },
  ELIG_HISTORY_TEXT_UNKNOWN: {
    message: (p) => `Lịch sử khen thưởng ghi «${fmt(p.value)}», không khớp danh hiệu, hình thức hoặc xếp loại nào của kế hoạch: dòng này không được tính.`,
    fix: () => 'Ghi đúng tên danh hiệu, hình thức hoặc xếp loại như trang Kế hoạch (được viết tắt như LĐTT, CSTĐCS, HTXSNV).',
  },
  ELIG_UNKNOWN_UNIT: {
    message: (p) => `Trang «${fmt(p.sheet)}»: đơn vị «${fmt(p.value)}» không có trong danh sách đơn vị; dòng này không đối chiếu được với đề nghị.`,
    fix: () => 'Ghi đúng mã hoặc tên đơn vị như trong trang «Đơn vị».',
  },
};
