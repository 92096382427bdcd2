/** Messages for scoring, ranking, award and ratio findings (Vietnamese, the source). */
import type { FindingParams } from '../../domain/findings';
import { formatNumberVi, namesLevel, type FindingTexts, type ScoreFindingCode } from '../types';

/** A parameter as text: numbers written the Vietnamese way ("9,5"), an absent one as empty. */
export function fmt(value: string | number | undefined): string {
  return typeof value === 'number' ? formatNumberVi(value) : (value ?? '');
}

const tierLabel: Readonly<Record<string, string>> = { self: 'Điểm tự chấm', appraised: 'Điểm thẩm định' };

const subjectLabel: Readonly<Record<string, string>> = {
  smallCollectiveOrDirectWorker: 'tập thể nhỏ hoặc cá nhân trực tiếp lao động',
  smallCollective: 'tập thể nhỏ',
  directWorker: 'cá nhân trực tiếp lao động',
  individual: 'cá nhân',
  collective: 'tập thể',
};

const scopeLabel: Readonly<Record<string, string>> = { all: '', individual: ' (cá nhân)', collective: ' (tập thể)' };

const tier = (p: { readonly tier: string }): string => tierLabel[String(p.tier)] ?? 'Điểm';
const subject = (p: { readonly subject: string }): string => subjectLabel[p.subject] ?? p.subject;

/** "Bằng khen cấp tỉnh": the level is added after the form unless it already says "cấp". */
/**
 * An award as printed: the form, and its level unless the form already names it («Giấy khen của Chủ
 * tịch UBND huyện» at level «huyện» is not followed by «cấp huyện»; «Cờ thi đua» at «tỉnh» is).
 */
export function awardName(form: string | number | undefined, level: string | number | undefined): string {
  const lv = fmt(level).trim().replace(/^cấp\s+/iu, '');
  if (lv === '' || namesLevel(fmt(form), lv)) return fmt(form);
  return `${fmt(form)} cấp ${lv}`;
}


function mandatoryDetail(p: Readonly<FindingParams['MANDATORY_FAILED']>): string {
  if (p.actual !== undefined && p.target !== undefined && p.method === 'targetRatio') {
    return `kết quả thực hiện ${fmt(p.actual)}, chỉ tiêu ${fmt(p.target)}`;
  }
  if (p.actual !== undefined && p.method === 'passFail') return 'kết quả "không đạt"';
  if (p.value === undefined) return 'chưa có điểm';
  return `đạt ${fmt(p.value)} điểm, cần tối thiểu ${fmt(p.required)} điểm`;
}

function ratioFix(p: Readonly<FindingParams['RATIO_NOT_MET']>): string {
  const add = Number(p.add);
  const remove = Number(p.remove);
  const who = subject(p);
  if (p.comparison === 'atMost') {
    const ways = [
      add >= 0 ? `bổ sung ${fmt(add)} đề nghị không thuộc diện ${who}` : '',
      remove >= 0 ? `rút bớt ${fmt(remove)} đề nghị là ${who}` : '',
    ].filter((w) => w !== '');
    return ways.length > 0 ? `Để đạt tỷ lệ: ${ways.join('; hoặc ')}.` : 'Không thể đạt tỷ lệ bằng cách bổ sung hay rút bớt đề nghị; xem lại quy tắc.';
  }
  const ways = [
    add >= 0 ? `bổ sung ${fmt(add)} đề nghị là ${who}` : '',
    remove >= 0 ? `rút bớt ${fmt(remove)} đề nghị không thuộc diện này` : '',
  ].filter((w) => w !== '');
  const note = add < 0 ? ' (Tỷ lệ yêu cầu 100% nên không thể đạt bằng cách bổ sung đề nghị.)' : '';
  return ways.length > 0 ? `Để đạt tỷ lệ: ${ways.join('; hoặc ')}.${note}` : `Chưa có đề nghị nào là ${who}; cần bổ sung đề nghị thuộc diện này.`;
}

const sectionCapKind: Readonly<Record<string, string>> = { bonus: 'điểm cộng', deduction: 'điểm trừ', adjustment: 'điểm cộng trừ' };

export const scoreFindings: FindingTexts<ScoreFindingCode> = {
  SCORE_MISSING: {
    message: (p) => `Tiêu chí ${fmt(p.code)} chưa có điểm (ô trống không được tính là 0).`,
    fix: (p) => `Nhập điểm từ 0 đến ${fmt(p.max)}; nếu đơn vị không đạt tiêu chí này, ghi 0.`,
  },
  SCORE_FORM_BLANK: {
    message: (p) => `Tệp chưa điền điểm: «${fmt(p.unit)}»${p.sheet ? ` (sheet ${fmt(p.sheet)})` : ''} không có ô điểm hay kết quả nào được nhập, nên được xem là chưa có kết quả (không tính 0 điểm).`,
    fix: () => 'Nhập điểm tự chấm (và thẩm định) cho đơn vị rồi chấm lại.',
  },
  SCORE_NOT_APPRAISED: {
    message: (p) => `${fmt(p.count)}/${fmt(p.total)} tiêu chí chưa có điểm thẩm định; tạm dùng điểm tự chấm để xếp hạng, kết quả là tạm tính.`,
    fix: () => 'Nhập điểm thẩm định cho các tiêu chí còn thiếu.',
  },
  SCORE_OVER_MAX: {
    message: (p) =>
      `${tier(p)} tiêu chí ${fmt(p.code)} là ${fmt(p.value)}, vượt điểm tối đa ${fmt(p.max)} ` +
      (p.rule === 'reject' ? '(theo kế hoạch: không tính điểm này).' : `(theo kế hoạch: chỉ tính ${fmt(p.max)} điểm).`),
    fix: (p) => `Sửa điểm về tối đa ${fmt(p.max)} hoặc bổ sung minh chứng.`,
  },
  SCORE_NEGATIVE: {
    message: (p) =>
      `${tier(p)} tiêu chí ${fmt(p.code)} là số âm (${fmt(p.value)}); điểm này không được tính.` +
      (p.kind === 'deduction' ? ' Điểm trừ được ghi bằng số dương.' : ''),
    fix: (p) =>
      p.kind === 'deduction'
        ? `Ghi số điểm bị trừ bằng số dương (ví dụ ${fmt(Math.abs(Number(p.value)))}).`
        : `Sửa lại điểm, từ 0 đến ${fmt(p.max)}.`,
  },
  SCORE_BELOW_THRESHOLD: {
    message: (p) =>
      `Tiêu chí ${fmt(p.code)} đạt ${fmt(p.value)}/${fmt(p.max)} điểm, dưới ngưỡng cảnh báo ${fmt(p.threshold)} điểm (${fmt(p.percent)}% điểm tối đa).`,
    fix: (p) => `Xem lại kết quả thực hiện và minh chứng của tiêu chí ${fmt(p.code)}.`,
  },
  SCORE_GAP: {
    message: (p) =>
      p.code === undefined
        ? `Tổng điểm cơ bản tự chấm (${fmt(p.self)}) và thẩm định (${fmt(p.appraised)})${p.criteria === undefined ? '' : ` của ${fmt(p.criteria)} tiêu chí đã thẩm định`} chênh lệch ${fmt(p.gap)} điểm, vượt mức cảnh báo ${fmt(p.limit)} điểm.`
        : `Tiêu chí ${fmt(p.code)}: điểm tự chấm ${fmt(p.self)} và điểm thẩm định ${fmt(p.appraised)} chênh lệch ${fmt(p.gap)} điểm, vượt mức cảnh báo ${fmt(p.limit)} điểm.`,
    fix: () => 'Hội đồng xem xét minh chứng và thống nhất điểm với đơn vị.',
  },
  SCORE_DIFFERS_FROM_ACTUAL: {
    message: (p) =>
      `Điểm tự chấm tiêu chí ${fmt(p.code)} là ${fmt(p.value)}, nhưng tính từ kết quả thực hiện (${fmt(p.actual)}) thì được ${fmt(p.computed)} điểm.`,
    fix: (p) => `Sửa điểm tự chấm thành ${fmt(p.computed)} hoặc kiểm tra lại kết quả thực hiện.`,
  },
  ACTUAL_MISSING: {
    message: (p) => `Tiêu chí ${fmt(p.code)} chưa có kết quả thực hiện nên chưa tính được điểm.`,
    fix: (p) => `Nhập kết quả thực hiện${p.unit ? ` (đơn vị tính: ${fmt(p.unit)})` : ''} hoặc điểm tự chấm.`,
  },
  MANDATORY_FAILED: {
    message: (p) => `Không đạt tiêu chí bắt buộc ${fmt(p.code)}: ${mandatoryDetail(p)}.`,
    fix: (p) =>
      `Kiểm tra lại kết quả và minh chứng tiêu chí ${fmt(p.code)}; đơn vị không đạt tiêu chí bắt buộc thì không được xét khen thưởng.`,
  },
  SECTION_CAP_APPLIED: {
    message: (p) =>
      `Mục ${fmt(p.code)}: ${sectionCapKind[String(p.kind)] ?? 'điểm'} ${fmt(p.raw)} vượt giới hạn ${fmt(p.cap)} của mục; không tính ${fmt(p.cut)} điểm.`,
    fix: (p) => `Không cần sửa nếu đúng; kiểm tra lại các tiêu chí trong mục ${fmt(p.code)} nếu điểm bị nhập nhầm.`,
  },
  CASE_COUNT_INVALID: {
    message: (p) => `Tiêu chí ${fmt(p.code)} tính theo số trường hợp nhưng «Kết quả thực hiện» là ${fmt(p.value)}, không phải số nguyên từ 0 trở lên.`,
    fix: (p) => `Nhập số trường hợp (0, 1, 2, …) vào cột «Kết quả thực hiện» của tiêu chí ${fmt(p.code)}.`,
  },
  GATE_FAILED: {
    message: (p) => `Không đạt điều kiện bắt buộc để xếp loại ${fmt(p.code)} (${fmt(p.text)}): đơn vị không được xếp loại.`,
    fix: (p) => `Kiểm tra lại kết quả và minh chứng tiêu chí ${fmt(p.code)}; khi đạt, ghi «Đạt» rồi chạy lại.`,
  },
  BONUS_CAPPED: {
    message: (p) => `Tổng điểm thưởng ${fmt(p.raw)} vượt mức tối đa ${fmt(p.cap)}; chỉ cộng ${fmt(p.cap)} điểm.`,
    fix: () => 'Không cần sửa; kiểm tra lại nếu điểm thưởng bị nhập nhầm.',
  },
  DEDUCTION_CAPPED: {
    message: (p) => `Tổng điểm trừ ${fmt(p.raw)} vượt mức trừ tối đa ${fmt(p.cap)}; chỉ trừ ${fmt(p.cap)} điểm.`,
    fix: () => 'Không cần sửa; kiểm tra lại nếu điểm trừ bị nhập nhầm.',
  },
  TIE_UNRESOLVED: {
    message: (p) =>
      `«${fmt(p.block)}»: ${fmt(p.count)} đơn vị cùng xếp hạng ${fmt(p.rank)} (${fmt(p.total)} điểm) sau khi đã xét mọi tiêu chí phụ: ${fmt(p.units)}.`,
    fix: () => 'Hội đồng bỏ phiếu để xếp thứ tự các đơn vị đồng hạng.',
  },
  AWARD_TIE_AT_QUOTA: {
    message: (p) =>
      `«${fmt(p.block)}»: ${fmt(p.count)} đơn vị cùng xếp hạng ${fmt(p.rank)} (${fmt(p.units)}) nhưng chỉ còn ${fmt(p.slots)} suất ${awardName(p.form, p.level)}; chưa đề nghị đơn vị nào trong số này.`,
    fix: (p) => `Hội đồng bỏ phiếu chọn ${fmt(p.slots)} đơn vị.`,
  },
  AWARD_PROVISIONAL: {
    message: (p) =>
      p.scope === 'block'
        ? `«${fmt(p.block)}» tạm tính: ${fmt(p.count)}/${fmt(p.size)} đơn vị chưa có kết quả (${fmt(p.units)}); thứ hạng và khen thưởng của cả khối có thể còn thay đổi` +
          (Number(p.withheld) > 0 ? `, chưa đề nghị ${fmt(p.withheld)} suất khen thưởng.` : '.')
        : `«${fmt(p.unit)}» tạm tính: ${fmt(p.count)} tiêu chí cơ bản chưa thẩm định (${fmt(p.codes)}); chưa đề nghị ${awardName(p.form, p.level)}.`,
    fix: (p) =>
      (p.scope === 'block' ? 'Nhập kết quả của các đơn vị còn thiếu' : 'Nhập điểm thẩm định cho các tiêu chí còn thiếu') +
      ' rồi chấm lại; nếu Hội đồng vẫn muốn đề nghị khi chưa đủ dữ liệu, đặt «Đề nghị khi chưa đủ dữ liệu: có» trong kế hoạch.',
  },
  AWARD_QUOTA_ZERO: {
    message: (p) => `«${fmt(p.block)}» (${fmt(p.units)} đơn vị) không có suất ${awardName(p.form, p.level)}: chỉ tiêu tính ra bằng 0.`,
    fix: () => 'Nếu muốn khối nào cũng có ít nhất 1 suất, đánh dấu «Tối thiểu 1» cho hình thức này trong kế hoạch.',
  },
  RATIO_NOT_MET: {
    message: (p) =>
      `${fmt(p.rule)}${scopeLabel[String(p.scope)] ?? ''}: ${fmt(p.qualifying)}/${fmt(p.total)} đề nghị ở cấp ${fmt(p.levels)} (${fmt(p.ratio)}%) là ${subject(p)}; ` +
      `yêu cầu ${p.comparison === 'atMost' ? 'tối đa' : 'tối thiểu'} ${fmt(p.threshold)}%.`,
    fix: ratioFix,
  },
  RATIO_NO_PROPOSALS: {
    message: (p) => `${fmt(p.rule)}: không có đề nghị nào ở cấp ${fmt(p.levels)}, chưa áp dụng tỷ lệ.`,
    fix: () => 'Không cần sửa nếu đúng là không có đề nghị ở cấp này.',
  },
};
