/** Several scorers per unit (chấm chéo): the scorer sheet's labels and the findings (Vietnamese, the source). */
import type { CrossFindingCode, FindingTexts } from '../types';
import { fmt } from './findings-score';

export const crossScoring = {
  /** «Đơn vị chấm: TH01» above the table of a scorer sheet. */
  scorerLabel: 'Đơn vị chấm:',
  codeColumn: 'Mã tiêu chí',
  /** A cell that starts so is an abstention; the rest of the text is the reason. */
  abstainWords: ['Không chấm', 'Không tham gia chấm', 'Vắng', 'Xin không chấm'],
  /** The plan setting «Chấm chéo»: the rule, then «; bỏ 1 điểm cao nhất và 1 thấp nhất», «; chênh lệch tối đa 10 điểm». */
  rules: {
    trimmedMean: ['Trung bình sau khi bỏ điểm cao nhất và thấp nhất', 'Trung bình bỏ cao nhất, thấp nhất', 'Bỏ điểm cao nhất và thấp nhất', 'Trung bình cắt', 'trimmedMean'],
    median: ['Trung vị', 'median'],
    mean: ['Trung bình cộng', 'Trung bình', 'mean'],
  },
  /** The cross-scoring section of «Thẩm định các cấp»: every scorer's figure stays visible. */
  sheet: {
    heading: 'CHẤM CHÉO: ĐIỂM TỪNG ĐƠN VỊ CHẤM VÀ ĐIỂM KẾT HỢP',
    rule: (rule: string) => `Cách kết hợp: ${rule}. Điểm kết hợp là điểm thẩm định của tiêu chí.`,
    columns: ['Mã tiêu chí', 'Đơn vị / Tiêu chí', 'Đã chấm', 'Điểm kết hợp', 'Chênh lệch', 'Điểm từng đơn vị chấm', 'Không chấm (lý do)', 'Kết luận'],
    scored: (x: number, y: number) => `${x}/${y}`,
    figure: (scorer: string, value: string) => `${scorer}: ${value}`,
    abstention: (scorer: string, reason: string) => (reason === '' ? `${scorer}: chưa ghi lý do` : `${scorer}: ${reason}`),
    flagged: 'Chênh lệch lớn – cần thảo luận',
    untrimmed: 'Quá ít điểm để bỏ cao nhất, thấp nhất: lấy trung bình',
  },
  trimPart: (n: number) => `bỏ ${n} điểm cao nhất và ${n} điểm thấp nhất`,
  spreadPart: (x: string) => `chênh lệch tối đa ${x} điểm`,
} as const;

export const crossFindings: FindingTexts<CrossFindingCode> = {
  CROSS_SELF_SCORE: {
    message: (p) => `Đơn vị ${fmt(p.scorer)} tự chấm tiêu chí ${fmt(p.code)} của chính mình trong phiếu chấm chéo: không tính.`,
    fix: () => 'Trong chấm chéo, đơn vị không chấm chính mình: xóa cột của đơn vị chấm khỏi phiếu.',
  },
  CROSS_OTHER_BLOCK: {
    message: (p) => `Đơn vị ${fmt(p.scorer)} chấm ${fmt(p.unit)} thuộc khối khác: không tính.`,
    fix: () => 'Các đơn vị chỉ chấm chéo trong cùng khối; kiểm tra cột đơn vị của phiếu chấm.',
  },
  CROSS_ABSTAIN_NO_REASON: {
    message: (p) => `Đơn vị ${fmt(p.scorer)} không chấm tiêu chí ${fmt(p.code)} nhưng chưa ghi lý do.`,
    fix: () => 'Ghi lý do sau chữ «Không chấm», ví dụ «Không chấm: chưa đủ minh chứng».',
  },
  CROSS_SPREAD: {
    message: (p) => `Tiêu chí ${fmt(p.code)}: điểm các đơn vị chấm chênh nhau ${fmt(p.spread)} điểm, lớn hơn ngưỡng ${fmt(p.threshold)} điểm.`,
    fix: () => 'Hội đồng thảo luận tiêu chí này trước khi công nhận điểm.',
  },
  CROSS_VALUE_UNREADABLE: {
    message: (p) => `«${fmt(p.value)}» trong phiếu chấm chéo không phải điểm, cũng không phải «Không chấm: lý do»: không tính.`,
    fix: () => 'Nhập một số từ 0 đến điểm tối đa, hoặc «Không chấm: lý do».',
  },
  CROSS_UNIT_UNKNOWN: {
    message: (p) => `Cột «${fmt(p.value)}» của phiếu chấm chéo không khớp đơn vị nào trong danh sách: không đọc.`,
    fix: () => 'Ghi mã hoặc tên đơn vị đúng như trang Đơn vị ở dòng tiêu đề.',
  },
  CROSS_SCORER_SUPERSEDED: {
    message: (p) => `Sheet «${fmt(p.sheet)}» (phiếu chấm chéo của ${fmt(p.scorer)}) đã được thay bằng «${fmt(p.by)}»: chỉ tính «${fmt(p.by)}».`,
    fix: () => 'Không cần làm gì; sheet cũ được giữ làm bản ghi. Muốn dùng lại phiếu cũ thì xóa sheet mới.',
  },
  CROSS_SCORER_TWICE: {
    message: (p) => `Đơn vị ${fmt(p.scorer)} có hai phiếu chấm chéo: «${fmt(p.sheet)}» và «${fmt(p.other)}»; chỉ tính «${fmt(p.sheet)}».`,
    fix: () => 'Giữ một phiếu cho mỗi đơn vị chấm: xóa hoặc đổi sheet thừa, rồi chấm lại.',
  },
};
