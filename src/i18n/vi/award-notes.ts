/** Short reasons for the summary's "Đề nghị khen thưởng" and "Ghi chú" columns (Vietnamese, the source). */
import type { AwardNoteCode } from '../../domain/evaluate/types';
import { awardName, fmt } from './findings-score';

export const awardNotes: Record<AwardNoteCode, (p: Readonly<Record<string, string | number>>) => string> = {
  awarded: (p) => awardName(p.form, p.level),
  ineligible: (p) => `Không đủ điều kiện: ${fmt(p.reason)}`,
  mandatoryFailed: (p) => `Không đạt tiêu chí bắt buộc ${fmt(p.codes)}`,
  gateFailed: (p) => `Không xếp loại: không đạt điều kiện ${fmt(p.codes)}`,
  belowMinBand: (p) => `Chưa đạt xếp loại tối thiểu "${fmt(p.minBand)}"`,
  belowMinScore: (p) => `Chưa đạt điểm tối thiểu ${fmt(p.minScore)} để xét ${fmt(p.form)} (đạt ${fmt(p.total)})`,
  notLeader: (p) => `${fmt(p.form)} chỉ dành cho đơn vị dẫn đầu khối`,
  quotaFull: (p) =>
    p.tie === undefined
      ? `Hết chỉ tiêu ${fmt(p.form)} (${fmt(p.given)}/${fmt(p.quota)})`
      : `Suất ${fmt(p.form)} còn lại chờ Hội đồng bỏ phiếu (${fmt(p.given)}/${fmt(p.quota)})`,
  tieAtQuota: () => 'Đồng hạng tại ranh giới chỉ tiêu – Hội đồng bỏ phiếu',
  councilChose: (p) => `${awardName(p.form, p.level)} (Hội đồng chọn ${fmt(p.slots)} trong ${fmt(p.count)} đơn vị đồng hạng)`,
  councilNotChosen: (p) => `Đồng hạng tại ranh giới chỉ tiêu – Hội đồng chọn ${fmt(p.slots)} trong ${fmt(p.count)} đơn vị, không chọn đơn vị này`,
  noRules: () => 'Kế hoạch chưa quy định khen thưởng đơn vị',
  provisional: (p) => `Chưa đề nghị (dự kiến ${awardName(p.form, p.level)})`,
};
