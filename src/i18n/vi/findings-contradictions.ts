/** Messages for the plan's own contradictions and for unit names written with look-alike letters (Vietnamese, the source). */
import type { ContradictionFindingCode, FindingTexts } from '../types';
import { awardName, fmt } from './findings-score';

const scripts: Readonly<Record<string, string>> = { cyrillic: 'chữ Kirin (tiếng Nga)', greek: 'chữ Hy Lạp' };
const fields: Readonly<Record<string, string>> = { name: 'Tên đơn vị', code: 'Mã đơn vị' };

export const contradictionFindings: FindingTexts<ContradictionFindingCode> = {
  PLAN_STEP_OVER_MAX: {
    message: (p) =>
      `Tiêu chí ${fmt(p.code)}: ${Number(p.steps) > 1 ? `${fmt(p.steps)} mức` : 'một mức'} cho tới ${fmt(p.points)} điểm, vượt điểm tối đa ${fmt(p.max)} của chính tiêu chí này; ${p.rule === 'reject' ? 'đơn vị đạt mức đó không được tính điểm tiêu chí này' : `đơn vị đạt mức đó chỉ được tính ${fmt(p.max)} điểm`}. Đây là lỗi của kế hoạch, không phải của đơn vị.`,
    fix: (p) => `Sửa cột «Các mức» của tiêu chí ${fmt(p.code)} để không mức nào quá ${fmt(p.max)} điểm, hoặc sửa điểm tối đa.`,
  },
  PLAN_BAND_UNREACHABLE: {
    message: (p) => `Xếp loại «${fmt(p.band)}» bắt đầu từ ${fmt(p.minScore)} điểm, nhưng tổng điểm cao nhất có thể đạt (kể cả điểm thưởng) là ${fmt(p.highest)}: không đơn vị nào xếp được loại này.`,
    fix: (p) => `Sửa «Từ điểm» của xếp loại «${fmt(p.band)}» (thang điểm ${fmt(p.scale)}).`,
  },
  PLAN_BAND_ABOVE_SCALE: {
    message: (p) => `Xếp loại «${fmt(p.band)}» bắt đầu từ ${fmt(p.minScore)} điểm, cao hơn thang điểm ${fmt(p.scale)}: chỉ đơn vị có điểm thưởng mới đạt được.`,
    fix: (p) => `Kiểm tra «Từ điểm» của xếp loại «${fmt(p.band)}»; nếu đúng ý kế hoạch thì giữ nguyên.`,
  },
  PLAN_AWARD_ORDER_SHARED: {
    message: (p) =>
      `${awardName(p.form, p.level)} và ${awardName(p.other, p.otherLevel)} cùng «Thứ tự xét» ${fmt(p.order)}: đơn vị được xét hình thức nào trước phụ thuộc vào vị trí dòng, không theo kế hoạch.`,
    fix: () => 'Đặt cho mỗi hình thức khen thưởng tập thể một «Thứ tự xét» riêng (1, 2, 3 …).',
  },
  PLAN_AWARD_QUOTA_ZERO: {
    message: (p) => `Số lượng ${awardName(p.form, p.level)} mỗi khối là 0: không đơn vị nào được đề nghị hình thức này.`,
    fix: (p) => `Nhập số lượng (hoặc tỷ lệ %) cho ${awardName(p.form, p.level)}, hoặc xóa dòng này nếu năm nay không xét.`,
  },
  UNIT_NAME_MIXED_SCRIPT: {
    message: (p) =>
      `${fields[String(p.field)] ?? fmt(p.field)} «${fmt(p.text)}» có chữ ${fmt(p.letters)} là ${scripts[String(p.script)] ?? fmt(p.script)}, trông giống chữ Latinh nhưng máy tính coi là chữ khác: tên này sẽ không khớp với tên gõ bằng bàn phím tiếng Việt.`,
    fix: (p) => `Gõ lại ${(fields[String(p.field)] ?? fmt(p.field)).toLowerCase()} bằng bàn phím tiếng Việt: «${fmt(p.latin)}».`,
  },
  UNIT_NAME_LOOKALIKE: {
    message: (p) => `Đơn vị ${fmt(p.unit)} «${fmt(p.name)}» trông giống hệt đơn vị ${fmt(p.other)} «${fmt(p.otherName)}» nhưng khác chữ (có chữ của bảng chữ cái khác): dễ nhầm khi xếp hạng và khen thưởng.`,
    fix: (p) => `Gõ lại tên đơn vị ${fmt(p.unit)} bằng bàn phím tiếng Việt; nếu là một đơn vị, xóa dòng trùng.`,
  },
};
