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
  /** Put before the award column of a provisional unit. */
  provisional: (p: P) => `Tạm tính – ${fmt(p.text)}`,
  provisionalAward: (p: P) => awardName(p.form, p.level),
};
