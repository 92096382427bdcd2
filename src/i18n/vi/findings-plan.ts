/** Messages for findings about the plan itself (Vietnamese, the source). */
import type { FindingTexts, PlanFindingCode } from '../types';
import { awardName, fmt } from './findings-score';
import { validation } from './validation';

export const planFindings: FindingTexts<PlanFindingCode> = {
  PLAN_INVALID: {
    message: (p) => `Kế hoạch: mục «${fmt(p.field)}» không hợp lệ: ${validation[p.issue]}`,
    fix: (p) => `Sửa mục «${fmt(p.field)}» trên trang «${fmt(p.sheet)}» rồi chạy lại.`,
  },
  PLAN_SETTING_UNREADABLE: {
    message: (p) => `Không đọc được giá trị «${fmt(p.value)}» của mục «${fmt(p.setting)}»; tạm dùng giá trị mặc định.`,
    fix: (p) => `Nhập lại giá trị hợp lệ cho mục «${fmt(p.setting)}».`,
  },
  PLAN_SIGNATURE_MISMATCH: {
    message: (p) =>
      `Khối chữ ký «${fmt(p.signingFor)}» / «${fmt(p.signerTitle)}» không khớp với cơ quan ban hành «${fmt(p.body)}» in ở đầu trang: văn bản của ${fmt(p.body)} do ${fmt(p.head)} ký (Nghị định 30/2020).`,
    fix: (p) =>
      `Sửa mục «Ký thay mặt» và «Chức vụ người ký» trên trang kế hoạch, ví dụ «${fmt(p.expected)}»; nếu văn bản do cơ quan khác ban hành, sửa tên Hội đồng / cơ quan ở đầu trang cho đúng.`,
  },
  PLAN_GROUP_MAX_MISMATCH: {
    message: (p) => `Nhóm tiêu chí ${fmt(p.code)} có điểm tối đa ${fmt(p.max)}, nhưng tổng điểm tối đa các tiêu chí con là ${fmt(p.sum)}.`,
    fix: (p) => `Sửa điểm tối đa của nhóm ${fmt(p.code)} thành ${fmt(p.sum)} hoặc điều chỉnh điểm các tiêu chí con.`,
  },
  PLAN_BASE_TOTAL_NOT_SCALE: {
    message: (p) => `Tổng điểm tối đa các tiêu chí cơ bản là ${fmt(p.sum)}, khác thang điểm ${fmt(p.scale)}.`,
    fix: () => 'Điều chỉnh điểm tối đa các tiêu chí hoặc sửa «Thang điểm» trong phần Thông tin chung.',
  },
  PLAN_DUPLICATE_CRITERION: {
    message: (p) => `Mã tiêu chí ${fmt(p.code)} xuất hiện ${fmt(p.count)} lần; chỉ dòng đầu tiên được dùng để chấm điểm.`,
    fix: () => 'Đặt mã khác cho các dòng trùng hoặc xóa dòng thừa.',
  },
  PLAN_ORPHAN_CRITERION: {
    message: (p) => `Tiêu chí ${fmt(p.code)} thuộc nhóm ${fmt(p.parent)}, nhưng kế hoạch không có nhóm ${fmt(p.parent)}.`,
    fix: (p) => `Thêm dòng nhóm ${fmt(p.parent)} hoặc sửa mã tiêu chí ${fmt(p.code)}.`,
  },
  PLAN_TARGET_MISSING: {
    message: (p) => `Tiêu chí ${fmt(p.code)} tính theo tỷ lệ chỉ tiêu nhưng chưa có chỉ tiêu, nên không tính được điểm từ kết quả thực hiện.`,
    fix: (p) => `Nhập chỉ tiêu cho tiêu chí ${fmt(p.code)} hoặc đổi cách tính.`,
  },
  PLAN_STEPS_MISSING: {
    message: (p) => `Tiêu chí ${fmt(p.code)} tính theo mức nhưng chưa khai báo mức nào.`,
    fix: () => 'Nhập các mức vào cột «Các mức», ví dụ "≥3: 10; ≥2: 7; ≥1: 4".',
  },
  PLAN_POINTS_PER_CASE_MISSING: {
    message: (p) => `Tiêu chí ${fmt(p.code)} tính theo số trường hợp nhưng chưa ghi điểm mỗi trường hợp.`,
    fix: (p) => `Nhập số điểm cho mỗi trường hợp của tiêu chí ${fmt(p.code)} vào cột «Điểm mỗi trường hợp» (ví dụ 0,5).`,
  },
  PLAN_BANDS_OVERLAP: {
    message: (p) => `Các xếp loại ${fmt(p.bands)} cùng bắt đầu từ ${fmt(p.minScore)} điểm.`,
    fix: () => 'Đặt cho mỗi xếp loại một mức «Từ điểm» khác nhau.',
  },
  PLAN_UNKNOWN_BAND: {
    message: (p) =>
      `Hình thức «${fmt(p.form)}» yêu cầu xếp loại tối thiểu «${fmt(p.band)}», nhưng bảng Xếp loại không có tên này; chưa đơn vị nào đủ điều kiện.`,
    fix: () => 'Sửa «Xếp loại tối thiểu» cho đúng một tên trong bảng Xếp loại.',
  },
  PLAN_UNKNOWN_LEVEL: {
    message: (p) => `Cấp «${fmt(p.level)}» (${fmt(p.where)}) không có trong danh sách các cấp khen thưởng của kế hoạch.`,
    fix: (p) => `Thêm «${fmt(p.level)}» vào «Các cấp khen thưởng» hoặc sửa lại cho đúng tên cấp.`,
  },
  PLAN_QUOTA_OVER_BLOCK: {
    message: (p) =>
      `Số lượng ${awardName(p.form, p.level)} mỗi khối là ${fmt(p.quota)}, nhưng «${fmt(p.block)}» chỉ có ${fmt(p.units)} đơn vị.`,
    fix: () => 'Kiểm tra lại «Số lượng mỗi khối»; có thể ghi theo tỷ lệ phần trăm.',
  },
  PLAN_UNKNOWN_GROUP: {
    message: (p) => `Thứ tự khi bằng điểm dùng «Điểm nhóm ${fmt(p.group)}», nhưng kế hoạch không có tiêu chí ${fmt(p.group)}.`,
    fix: () => 'Sửa mã trong «Thứ tự khi bằng điểm» cho đúng mã một tiêu chí hoặc một nhóm của kế hoạch.',
  },
  PLAN_SETTING_UNKNOWN: {
    message: (p) =>
      `Mục «${fmt(p.setting)}» trong «Thông tin chung» không phải một mục phần mềm biết; giá trị «${fmt(p.value)}» không được dùng.` +
      (p.suggestion === undefined ? '' : ` Có phải là «${fmt(p.suggestion)}»?`),
    fix: (p) => (p.suggestion === undefined ? 'Sửa tên mục theo đúng tên trong mẫu kế hoạch, hoặc xóa dòng này.' : `Đổi tên mục thành «${fmt(p.suggestion)}» nếu đúng ý, hoặc xóa dòng này.`),
  },
  PLAN_OPTIONAL_COLUMN_MISSING: {
    message: (p) =>
      p.effect === 'skipped'
        ? `Mục «${fmt(p.section)}» thiếu cột «${fmt(p.column)}»: mục này không được dùng, các phần khác của kế hoạch vẫn chấm bình thường.`
        : `Mục «${fmt(p.section)}» thiếu cột «${fmt(p.column)}»: các dòng được đọc với giá trị mặc định của cột này.`,
    fix: (p) => `Thêm cột «${fmt(p.column)}» vào bảng «${fmt(p.section)}» (xem mẫu kế hoạch) rồi chạy lại.`,
  },
};
