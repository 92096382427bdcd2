/** Messages for the tiers of appraisal and the run log (Vietnamese, the source). */
import type { FindingTexts, TierFindingCode } from '../types';
import { fmt } from './findings-score';
import { tiers } from './tiers';

const tierName = (value: string | number | undefined): string => (tiers.names as Readonly<Record<string, string>>)[String(value)] ?? fmt(value);
const signed = (p: { readonly delta: number }): string => (p.delta > 0 ? `+${fmt(p.delta)}` : fmt(p.delta));

export const tierFindings: FindingTexts<TierFindingCode> = {
  TIER_CHANGE_UNEXPLAINED: {
    message: (p) =>
      `Tiêu chí ${fmt(p.code)}: ${tierName(p.from)} ${fmt(p.fromValue)} điểm, ${tierName(p.to)} ${fmt(p.toValue)} điểm (thay đổi ${signed(p)} điểm, lớn hơn ngưỡng ${fmt(p.threshold)} điểm) nhưng chưa ghi lý do điều chỉnh.`,
    fix: (p) => `Ghi lý do vào cột «Lý do điều chỉnh» ở dòng tiêu chí ${fmt(p.code)} (hoặc xem lại điểm của ${tierName(p.to).toLocaleLowerCase('vi')}), rồi chạy lại.`,
  },
  AUDIT_LOG_DAMAGED: {
    message: (p) => `Sheet «${fmt(p.sheet)}» không còn đúng mẫu nhật ký (không thấy dòng tiêu đề): ${fmt(p.rows)} dòng đang có được giữ nguyên, lần chạy này ghi tiếp bên dưới.`,
    fix: () => 'Không sửa sheet nhật ký bằng tay; nếu cần, đối chiếu với bản lưu hoặc bản in trước đó.',
  },
  AUDIT_LOG_ROW_CHANGED: {
    message: (p) => `Dòng ${fmt(p.row)} của sheet «${fmt(p.sheet)}» đã bị sửa, hoặc dòng ngay trước nó đã bị sửa hay xóa (mã dòng không khớp): dòng được giữ nguyên như đang có.`,
    fix: () => 'Đối chiếu với bản lưu hoặc bản in trước đó; không sửa, không xóa dòng nhật ký.',
  },
};
