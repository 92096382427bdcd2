/**
 * Eligibility of award proposals: verdicts, the reason for each condition, and the plan sheet's
 * labels for titles, their conditions and quotas (Vietnamese, the source).
 */
import type { TextParams } from '../types';
import { formatNumberVi } from '../types';
import { fmt } from './findings-score';

type Text = (p: TextParams) => string;
interface ReasonText {
  readonly met: Text;
  readonly failed: Text;
  readonly unknown: Text;
}

const pct = (v: string | number | undefined): string => `${formatNumberVi(Number(v ?? 0) * 100)}%`;
const kindName: Readonly<Record<string, string>> = { individual: 'cá nhân', collective: 'tập thể' };
const same = (t: Text): ReasonText => ({ met: t, failed: t, unknown: t });
const shareRule = (p: TextParams): string => `yêu cầu ${p.strict === 1 ? 'trên' : 'từ'} ${pct(p.share)}`;
const window = (p: TextParams): string => `${fmt(p.from)}–${fmt(p.to)}`;
const yearsWhat = (p: TextParams): string =>
  p.count === p.years ? `${fmt(p.years)} năm liên tục đạt ${fmt(p.what)}` : `${fmt(p.count)} trong ${fmt(p.years)} năm đạt ${fmt(p.what)}`;

const reasons = {
  minRating: {
    met: (p) => `Xếp loại ${fmt(p.value)} (yêu cầu từ ${fmt(p.required)})`,
    failed: (p) => `Xếp loại ${fmt(p.value)}, chưa đạt mức ${fmt(p.required)} trở lên`,
    unknown: (p) =>
      p.value === undefined ? `Chưa ghi xếp loại đánh giá (yêu cầu từ ${fmt(p.required)})` : `Xếp loại «${fmt(p.value)}» không có trong danh mục xếp loại của kế hoạch`,
  },
  minServiceMonths: {
    // Not declared: said once in the sheet's legend rather than on every row.
    met: (p) => (p.value === undefined ? '' : `Thời gian công tác ${fmt(p.value)} tháng`),
    failed: (p) => `Thời gian công tác ${fmt(p.value)} tháng, chưa đủ ${fmt(p.months)} tháng`,
    unknown: (p) => `Chưa rõ thời gian công tác (yêu cầu từ ${fmt(p.months)} tháng)`,
  },
  title: {
    met: (p) => `Đạt tiêu chuẩn ${fmt(p.title)}`,
    failed: (p) => `Không đạt tiêu chuẩn ${fmt(p.title)}`,
    unknown: (p) => `Chưa xác định được tiêu chuẩn ${fmt(p.title)}`,
  },
  initiative: {
    met: (p) => `Có ${fmt(p.value)} sáng kiến${p.got === undefined ? '' : ` cấp ${fmt(p.got)}`}`,
    failed: (p) =>
      Number(p.value) < Number(p.count) ? `Có ${fmt(p.value)} sáng kiến, cần ${fmt(p.count)}` : `Sáng kiến cấp ${fmt(p.got)}, cần từ cấp ${fmt(p.level)}`,
    unknown: (p) =>
      p.got === undefined ? `Chưa ghi cấp công nhận sáng kiến (cần từ cấp ${fmt(p.level)})` : `Cấp sáng kiến «${fmt(p.got)}» không có trong các cấp của kế hoạch`,
  },
  yearsWith: {
    met: (p) => `${yearsWhat(p)} (${window(p)})`,
    failed: (p) => `Chưa đủ ${yearsWhat(p)}: ${fmt(p.found)} năm trong ${window(p)}`,
    unknown: (p) => `Thiếu lịch sử khen thưởng năm ${fmt(p.missing)} để xét ${yearsWhat(p)} (${window(p)}); đã xác định ${fmt(p.found)} năm`,
  },
  heldBefore: {
    met: (p) => `Đã được tặng ${fmt(p.what)} năm ${fmt(p.year)}`,
    failed: (p) => `Chưa được tặng ${fmt(p.what)}`,
    unknown: (p) =>
      `Không thấy ${fmt(p.what)} trong lịch sử khen thưởng${p.covered === '' || p.covered === undefined ? '' : ` (các năm ${fmt(p.covered)})`}: cần kiểm tra hồ sơ`,
  },
  memberShare: {
    met: (p) => `${fmt(p.value)}/${fmt(p.members)} thành viên đạt ${fmt(p.what)} (${shareRule(p)})`,
    failed: (p) => `Chỉ ${fmt(p.value)}/${fmt(p.members)} thành viên đạt ${fmt(p.what)} (${shareRule(p)})`,
    unknown: (p) =>
      Number(p.members) === 0
        ? `Chưa có danh sách thành viên (trang đánh giá, xếp loại) để tính tỷ lệ ${fmt(p.what)}`
        : `${fmt(p.value)}/${fmt(p.members)} thành viên đạt ${fmt(p.what)}, thêm ${fmt(p.maybe)} người cần kiểm tra (${shareRule(p)})`,
  },
  allMembersRated: {
    met: (p) => `Tất cả ${fmt(p.members)} thành viên xếp loại từ ${fmt(p.required)}`,
    failed: (p) => `${fmt(p.below)} thành viên xếp loại dưới mức ${fmt(p.required)}`,
    unknown: (p) =>
      Number(p.members) === 0 ? `Chưa có xếp loại của các thành viên` : `${fmt(p.unrated)}/${fmt(p.members)} thành viên chưa có xếp loại (yêu cầu tất cả từ ${fmt(p.required)})`,
  },
  membersWithTitle: {
    met: (p) => `${fmt(p.value)} thành viên đạt ${fmt(p.what)}`,
    failed: (p) => `Chỉ ${fmt(p.value)} thành viên đạt ${fmt(p.what)}, cần ${fmt(p.count)}`,
    unknown: (p) => `${fmt(p.value)} thành viên đạt ${fmt(p.what)}, ${fmt(p.maybe)} người cần kiểm tra (cần ${fmt(p.count)})`,
  },
  unknownForm: same((p) => `Hình thức «${fmt(p.form)}» không có trong kế hoạch — Hội đồng xem xét`),
  kindMismatch: same((p) => `${fmt(p.title)} không xét cho ${kindName[String(p.kind)] ?? fmt(p.kind)}`),
  ambiguous: same((p) => `Có nhiều người tên «${fmt(p.name)}» tại ${fmt(p.unit)}: không đối chiếu được lịch sử khen thưởng`),
  quota: same((p) => `Vượt giới hạn số lượng: ${fmt(p.unit)} có ${fmt(p.count)} đề nghị, tối đa ${fmt(p.cap)} (${fmt(p.rule)}) — Hội đồng lựa chọn`),
  recordSays: same((p) => `Lịch sử khen thưởng năm ${fmt(p.year)} ghi danh hiệu khác, không phải ${fmt(p.title)}`),
  badRef: same((p) => `Điều kiện dẫn chiếu «${fmt(p.ref)}» không có trong kế hoạch`),
} satisfies Record<string, ReasonText>;

export const eligibility = {
  verdicts: { eligible: 'Đủ điều kiện', notEligible: 'Không đủ điều kiện', needsCheck: 'Cần kiểm tra' },
  reasons,
  /** Joins the reasons of one proposal. */
  separator: '; ',
  /** Alternative routes ("Phương án 1: …"). */
  route: (n: number) => `phương án ${formatNumberVi(n)}`,
  /** The optional input sheets: award history and staff ratings (the parser also accepts aliases). */
  inputSheets: {
    history: {
      name: 'Lịch sử khen thưởng',
      columns: { name: 'Họ tên / Tên tập thể', unit: 'Đơn vị', unitCode: 'Mã đơn vị', year: 'Năm', text: 'Danh hiệu / Hình thức', rating: 'Xếp loại' },
    },
    ratings: {
      name: 'Đánh giá, xếp loại',
      columns: { name: 'Họ tên', unit: 'Đơn vị', unitCode: 'Mã đơn vị', group: 'Tổ / Bộ phận', rating: 'Xếp loại' },
    },
    proposalColumns: { serviceMonths: 'Số tháng công tác', initiativeLevel: 'Sáng kiến cấp' },
  },
  /** The plan sheet: titles, their conditions, quotas. */
  planSheet: {
    columns: {
      titles: {
        id: 'Mã danh hiệu',
        name: 'Danh hiệu / Hình thức',
        aliases: 'Tên gọi khác',
        kind: 'Đối tượng',
        level: 'Cấp',
        voteShare: 'Tỷ lệ phiếu tán thành',
        voteStrict: 'Trên tỷ lệ (quá bán)',
        source: 'Nguồn',
      },
      conditions: {
        title: 'Mã danh hiệu',
        route: 'Phương án',
        kind: 'Điều kiện',
        ref: 'Danh hiệu / xếp loại dẫn chiếu',
        years: 'Số năm',
        count: 'Số lượng',
        share: 'Tỷ lệ',
        strict: 'Trên tỷ lệ',
        level: 'Cấp tối thiểu',
      },
      titleQuotas: {
        name: 'Quy tắc',
        kind: 'Loại',
        limited: 'Giới hạn',
        base: 'So với',
        share: 'Tỷ lệ tối đa',
        orBetter: 'Tính cả mức cao hơn',
        enabled: 'Áp dụng',
      },
    },
    conditionKinds: {
      minRating: 'xếp loại từ',
      minServiceMonths: 'số tháng công tác từ',
      title: 'đạt danh hiệu năm xét',
      initiative: 'có sáng kiến',
      yearsWith: 'số năm đạt',
      heldBefore: 'đã được tặng',
      memberShare: 'tỷ lệ thành viên đạt',
      allMembersRated: 'mọi thành viên xếp loại từ',
      membersWithTitle: 'số thành viên đạt',
    },
    quotaKinds: { title: 'danh hiệu', rating: 'xếp loại' },
    titleKinds: { individual: 'cá nhân', collective: 'tập thể' },
    notes: {
      titles: [
        'Tên gọi khác: các cách ghi hình thức trong cột «Hình thức đề nghị», cách nhau bởi dấu «;». Số phiếu cần = tỷ lệ × tổng số thành viên Hội đồng (làm tròn lên; «trên tỷ lệ»: phải vượt tỷ lệ).',
      ],
      conditions: [
        'Các điều kiện cùng phương án phải đạt đủ; điều kiện không ghi phương án luôn bắt buộc; có nhiều phương án thì chỉ cần đạt một.',
        'Số năm đạt: trong «Số năm» năm gần nhất (kể cả năm xét) có ít nhất «Số lượng» năm đạt danh hiệu hoặc xếp loại dẫn chiếu; năm thiếu lịch sử thì kết quả là «cần kiểm tra».',
      ],
      titleQuotas: ['Số tối đa = làm tròn xuống (tỷ lệ × số lượng so sánh) của từng đơn vị. Để trống cột «Áp dụng» là không áp dụng.'],
    },
    fields: {
      title: (id: string, column: string) => `Danh hiệu ${id}, cột «${column}»`,
      condition: (row: number, column: string) => `Điều kiện dòng ${formatNumberVi(row)}, cột «${column}»`,
      titleQuota: (name: string, column: string) => `Giới hạn «${name}», cột «${column}»`,
    },
  },
};
