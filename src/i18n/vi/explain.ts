/** Why a result is what it is: what is missing, and one sentence each for band, tie, award and next band. */
import { awardName, fmt } from './findings-score';

type P = Readonly<Record<string, string | number>>;

export const explain = {
  missing: {
    heading: 'CHƯA ĐỦ DỮ LIỆU – CÁC KẾT QUẢ LIÊN QUAN LÀ TẠM TÍNH',
    unitsWithoutResults: (p: P) =>
      `${fmt(p.block)}: ${fmt(p.count)}/${fmt(p.size)} đơn vị chưa có kết quả (${fmt(p.units)}); thứ hạng và khen thưởng của cả khối là tạm tính.`,
    notAppraised: (p: P) =>
      `${fmt(p.block)} – ${fmt(p.unit)}: ${Number(p.count) === Number(p.base) ? `cả ${fmt(p.count)}` : `${fmt(p.count)}/${fmt(p.base)}`} tiêu chí cơ bản chưa thẩm định (${fmt(p.codes)}).`,
    withheld: 'Chưa đề nghị khen thưởng cho đơn vị, khối tạm tính cho đến khi đủ dữ liệu.',
    proposedAnyway: 'Theo kế hoạch («Đề nghị khi chưa đủ dữ liệu»: có), khen thưởng của đơn vị, khối tạm tính vẫn được đề nghị nhưng ghi rõ «Tạm tính».',
  },
  number: (p: P) => fmt(p.value),
  /** Put before the award column of a provisional unit. */
  provisional: (p: P) => `Tạm tính – ${fmt(p.text)}`,
  provisionalAward: (p: P) => awardName(p.form, p.level),
  band: {
    reached: (p: P) => `Xếp loại ${fmt(p.band)} vì đạt ${fmt(p.total)} điểm (mức ${fmt(p.band)} ${p.strict ? 'trên' : 'từ'} ${fmt(p.minScore)} điểm).`,
    withheld: (p: P) => `Xếp loại ${fmt(p.band)} dù ${fmt(p.total)} điểm đủ mức ${fmt(p.better)} (${p.strict ? 'trên' : 'từ'} ${fmt(p.minScore)} điểm): ${fmt(p.reasons)}.`,
    withheldNoBand: (p: P) => `Không xếp loại dù ${fmt(p.total)} điểm đủ mức ${fmt(p.better)} (${p.strict ? 'trên' : 'từ'} ${fmt(p.minScore)} điểm): ${fmt(p.reasons)}.`,
    none: (p: P) => `Không xếp loại: ${fmt(p.reasons)} (mức thấp nhất là ${fmt(p.lowest)}).`,
    noBands: (p: P) => `Kế hoạch không có mức xếp loại; đạt ${fmt(p.total)} điểm.`,
    provisional: (p: P) => ` Xếp loại tạm tính: ${fmt(p.count)} tiêu chí cơ bản chưa có điểm thẩm định.`,
  },
  blocker: {
    score: (p: P) => `${fmt(p.total)} điểm, ${p.strict ? 'chưa vượt' : 'dưới'} ${fmt(p.minScore)} điểm`,
    floor: (p: P) =>
      p.value === undefined
        ? `tiêu chí ${fmt(p.code)} chưa có điểm (mức sàn ${fmt(p.floor)} điểm)`
        : `tiêu chí ${fmt(p.code)} đạt ${fmt(p.percent)}% điểm tối đa (${fmt(p.value)}/${fmt(p.max)}), dưới mức sàn ${fmt(p.ratio)}%`,
    mandatory: (p: P) => `không đạt tiêu chí bắt buộc ${fmt(p.codes)}`,
    floors: (p: P) => `${fmt(p.count)} tiêu chí dưới mức sàn ${fmt(p.ratio)}% điểm tối đa: ${fmt(p.list)}`,
    floorItem: (p: P) => (p.percent === undefined ? `${fmt(p.code)} (chưa có điểm)` : `${fmt(p.code)} (${fmt(p.percent)}%)`),
  },
  next: {
    line: (p: P) => `Để lên ${fmt(p.band)}: ${fmt(p.needs)}.`,
    score: (p: P) => `cần thêm ${fmt(p.points)} điểm`,
    floor: (p: P) => `tiêu chí ${fmt(p.code)} cần ít nhất ${fmt(p.floor)} điểm${p.value === undefined ? '' : ` (đang ${fmt(p.value)})`}`,
    mandatory: (p: P) => `đạt tiêu chí bắt buộc ${fmt(p.codes)}`,
    floors: (p: P) => `${fmt(p.count)} tiêu chí đạt mức sàn (${fmt(p.list)})`,
    floorItem: (p: P) => `${fmt(p.code)}: ${fmt(p.floor)} điểm`,
  },
  tie: {
    line: (p: P) => `Bằng ${fmt(p.total)} điểm với ${fmt(p.names)}; ${fmt(p.places)}.`,
    above: (p: P) => `xếp trên${p.name ? ` ${fmt(p.name)}` : ''}${p.rule ? ` vì ${fmt(p.rule)} ${fmt(p.own)} ${fmt(p.op)} ${fmt(p.theirs)}` : ''}`,
    below: (p: P) => `xếp dưới${p.name ? ` ${fmt(p.name)}` : ''}${p.rule ? ` vì ${fmt(p.rule)} ${fmt(p.own)} ${fmt(p.op)} ${fmt(p.theirs)}` : ''}`,
    level: (p: P) => `đồng hạng${p.name ? ` với ${fmt(p.name)}` : ''} sau mọi tiêu chí phụ – Hội đồng bỏ phiếu`,
    rules: {
      baseTotal: 'điểm cơ bản',
      fewerDeductions: 'điểm trừ',
      moreBonus: 'điểm thưởng',
      smallerGap: 'chênh lệch tự chấm – thẩm định',
      women: 'tỷ lệ nữ (%)',
      groupScore: (p: P) => `điểm nhóm ${fmt(p.group)}`,
    },
  },
  award: {
    awarded: (p: P) => `Đề nghị ${awardName(p.form, p.level)}: hạng ${fmt(p.rank)} của khối${p.quota === undefined ? '' : `, trong chỉ tiêu ${fmt(p.quota)} suất`}.`,
    proposedProvisional: (p: P) => `Đề nghị ${awardName(p.form, p.level)} theo kết quả tạm tính (${fmt(p.why)}); chưa phải kết quả cuối cùng.`,
    councilChose: (p: P) =>
      `Đề nghị ${awardName(p.form, p.level)}: đồng hạng ${fmt(p.rank)} với đơn vị khác tại ranh giới chỉ tiêu; Hội đồng biểu quyết chọn ${fmt(p.slots)} trong ${fmt(p.count)} đơn vị.`,
    withheld: (p: P) => `Chưa đề nghị ${awardName(p.form, p.level)} (dự kiến theo hạng ${fmt(p.rank)}) vì kết quả tạm tính: ${fmt(p.why)}.`,
    quotaFull: (p: P) =>
      p.tie === undefined
        ? `Không đề nghị ${fmt(p.form)}: đủ điều kiện nhưng ${fmt(p.given)}/${fmt(p.quota)} suất đã dành cho đơn vị xếp trên.`
        : `Chưa đề nghị ${fmt(p.form)}: suất còn lại chờ Hội đồng bỏ phiếu giữa các đơn vị đồng hạng xếp trên.`,
    none: (p: P) => `Không đề nghị khen thưởng: ${fmt(p.reason)}.`,
    noRules: 'Kế hoạch chưa quy định khen thưởng đơn vị.',
    provisionalTail: (p: P) => ` Kết quả tạm tính: ${fmt(p.why)}.`,
    notAppraised: (p: P) => `${fmt(p.count)} tiêu chí cơ bản chưa thẩm định`,
    blockIncomplete: 'khối còn đơn vị chưa có kết quả',
    and: ' và ',
  },
  leader: (p: P) => `Kém đơn vị dẫn đầu khối (${fmt(p.name)}, ${fmt(p.total)} điểm) ${fmt(p.gap)} điểm.`,
};
