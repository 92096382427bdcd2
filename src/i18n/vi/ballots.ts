/** The council's vote: ballots, the tally sheet, the vote column and their findings (Vietnamese, the source). */
import type { FindingTexts, BallotFindingCode } from '../types';
import { fmt } from './findings-score';

type P = Readonly<Record<string, string | number>>;

export const ballots = {
  /** Printed ballots: one sheet per member, named «Phiếu biểu quyết 1» … */
  ballotSheet: (p: P) => `Phiếu biểu quyết ${p.index}`,
  ballotTitle: 'PHIẾU BIỂU QUYẾT',
  ballotSubtitle: 'Đề nghị khen thưởng trình Hội đồng Thi đua - Khen thưởng',
  ballotMember: (p: P) => `Thành viên số ${p.index}/${p.members}: …………………………………………………`,
  ballotHow: 'Đánh dấu X vào một ô «Đồng ý» hoặc «Không đồng ý» ở mỗi dòng. Thành viên vắng mặt gửi phiếu bằng văn bản trước phiên họp; phiếu của thành viên vắng mặt được tính.',
  ballotVotesLine: (p: P) => `Số phiếu cần: tính trên tổng số ${p.members} thành viên Hội đồng.`,
  ballotSign: 'Người bỏ phiếu (ký, ghi rõ họ tên)',
  ballotColumns: ['STT', 'Mã phiếu', 'Được đề nghị', 'Thuộc đơn vị', 'Danh hiệu, hình thức đề nghị', 'Kết quả xét', 'Số phiếu cần', 'Đồng ý', 'Không đồng ý'],
  /** The tally the secretary fills: an input sheet, read by every later run. */
  tallySheet: 'Kiểm phiếu',
  tallyTitle: 'BIÊN BẢN KIỂM PHIẾU BIỂU QUYẾT',
  tallyHow: [
    'Thư ký ghi ở mỗi cột TV của thành viên: dòng «Họ tên thành viên», dòng «Có mặt / vắng» (chọn trong danh sách) và phiếu của thành viên ở từng dòng đề nghị: «đồng ý» hoặc «không đồng ý»; để trống là chưa bỏ phiếu.',
    'Phiếu bằng văn bản của thành viên vắng mặt được tính: chọn «vắng (phiếu bằng văn bản)». Không đổi cột Mã phiếu, Được đề nghị, Thuộc đơn vị, Danh hiệu, hình thức đề nghị.',
    'Lần chấm điểm sau ghi kết quả vào cột «Kết quả bỏ phiếu» của «Tổng hợp» và «Tổng hợp đề nghị khen thưởng».',
  ],
  membersLine: (p: P) => `Số thành viên Hội đồng: ${p.members}.`,
  quorumLine: (p: P) => (p.needed === '' ? 'Kế hoạch không quy định túc số phiên họp.' : `Túc số: ít nhất ${p.needed}/${p.members} thành viên có mặt (${p.share}).`),
  memberNameLabel: 'Họ tên thành viên',
  attendanceLabel: 'Có mặt / vắng',
  memberColumn: (p: P) => `TV ${p.index}`,
  /** What the secretary may type; the first of each list is what the add-in offers. */
  attendance: {
    present: ['có mặt', 'có', 'dự họp'],
    inWriting: ['vắng (phiếu bằng văn bản)', 'vắng, có phiếu bằng văn bản', 'vắng có phiếu bằng văn bản', 'bỏ phiếu bằng văn bản', 'phiếu bằng văn bản', 'văn bản'],
    absent: ['vắng', 'vắng mặt', 'không dự'],
  },
  votes: {
    yes: ['đồng ý', 'tán thành', 'nhất trí'],
    no: ['không đồng ý', 'không tán thành', 'không', 'phản đối'],
  },
  tallyColumns: ['STT', 'Mã phiếu', 'Được đề nghị', 'Thuộc đơn vị', 'Danh hiệu, hình thức đề nghị', 'Số phiếu cần'],
  validationTitle: 'Phiếu không hợp lệ',
  validationVote: 'Chọn «đồng ý» hoặc «không đồng ý»; để trống nếu thành viên chưa bỏ phiếu.',
  validationAttendance: 'Chọn «có mặt», «vắng (phiếu bằng văn bản)» hoặc «vắng».',
  unitAwardName: (p: P) => `${p.form} (khen thưởng đơn vị, cấp ${p.level})`,
  verdicts: { eligible: 'Đủ điều kiện', needsCheck: 'Cần kiểm tra', unitAward: 'Xếp hạng thi đua', quotaTie: 'Đồng hạng tại ranh giới chỉ tiêu' },
  /** Units level at the last place a quota allows: the council chooses. */
  tieLine: (p: P) => `Đồng hạng tại ranh giới chỉ tiêu: chọn ${p.slots} trong ${p.count}`,
  tieNeeded: (p: P) => (p.needed === 0 ? `chọn ${p.slots} trong ${p.count}` : `${p.needed}/${p.members}; chọn ${p.slots} trong ${p.count}`),
  tieGroupLine: (p: P) =>
    `${p.block} – ${p.form}: đồng hạng tại ranh giới chỉ tiêu: chọn ${p.slots} trong ${p.count} (${p.codes}). Đơn vị được nhiều phiếu đồng ý nhất được chọn${p.needed === 0 ? '' : ` (và phải đạt ${p.needed}/${p.members} phiếu)`}; bằng phiếu ở ranh giới thì Hội đồng chọn lại.`,
  /** Priority for women (Nghị định 152/2025), beside the verdict so the council sees it when it votes. */
  womenSeparator: ' · ',
  womenFemale: 'nữ',
  womenShare: (p: P) => `${p.share} nữ`,
  /** The «Kết quả bỏ phiếu» column. */
  outcome: {
    passed: (p: P) => `Thông qua ${p.yes}/${p.members} (cần ${p.needed})`,
    failed: (p: P) => `Không thông qua ${p.yes}/${p.members} (cần ${p.needed})`,
    pending: (p: P) => `Chưa đủ phiếu: ${p.yes} đồng ý, ${p.no} không, ${p.outstanding} chưa bỏ (cần ${p.needed}/${p.members})`,
    noQuorum: (p: P) => `Chưa đủ túc số (${p.present}/${p.members} có mặt, cần ${p.quorum})`,
    withForm: (p: P) => `${p.form}: ${p.outcome}`,
    tieChosen: (p: P) => `Trong chỉ tiêu (được chọn, ${p.yes}/${p.members} đồng ý)`,
    tieNotChosen: (p: P) => (p.needed === 0 ? `Ngoài chỉ tiêu (${p.yes}/${p.members} đồng ý)` : `Ngoài chỉ tiêu (${p.yes}/${p.members} đồng ý, cần ${p.needed})`),
    tiePending: (p: P) => `Chưa chọn được: ${p.yes} đồng ý, ${p.no} không, ${p.outstanding} chưa bỏ phiếu (trên ${p.members})`,
    tieStill: (p: P) => `Vẫn bằng phiếu tại ranh giới chỉ tiêu (${p.yes}/${p.members} đồng ý): Hội đồng chọn lại`,
  },
  pane: {
    title: '9. Phiếu biểu quyết của Hội đồng',
    intro: 'Thêm vào bảng tính một phiếu biểu quyết cho mỗi thành viên Hội đồng (các đề nghị cần biểu quyết, số phiếu cần trên tổng số thành viên) và sheet «Kiểm phiếu» để thư ký ghi phiếu. Lần chấm điểm sau ghi kết quả vào cột «Kết quả bỏ phiếu».',
    run: 'Lập phiếu biểu quyết',
    runHint: 'Thêm các phiếu biểu quyết và sheet Kiểm phiếu vào bảng tính',
    making: 'Đang lập phiếu biểu quyết …',
    done: (p: P) => `Đã thêm ${p.ballots} phiếu biểu quyết (${p.items} đề nghị cần biểu quyết).`,
    download: 'Tải bảng tính có phiếu biểu quyết',
    fileName: (p: P) => `${p.base} - phiếu biểu quyết.xlsx`,
  },
  cli: {
    written: (p: P) => `Đã ghi ${p.file}: ${p.ballots} phiếu biểu quyết, ${p.items} đề nghị cần biểu quyết (${p.ms} ms).`,
    tallyKept: (p: P) => `Sheet «${p.sheet}» đã có: giữ nguyên phiếu đã ghi, không tạo lại.`,
    noMembers: 'Kế hoạch chưa ghi «Số thành viên Hội đồng»: không tính được số phiếu cần, không lập phiếu biểu quyết.',
    noItems: 'Không có đề nghị nào cần Hội đồng biểu quyết (đủ điều kiện hoặc cần kiểm tra, có tỷ lệ phiếu trong kế hoạch).',
    planMissing: 'Không đọc được kế hoạch thi đua: không lập được phiếu biểu quyết.',
  },
} as const;

export const ballotFindings: FindingTexts<BallotFindingCode> = {
  BALLOT_VOTE_UNREADABLE: {
    message: (p) => `Phiếu «${fmt(p.value)}» của ${fmt(p.member)} không đọc được: chưa tính.`,
    fix: () => 'Ghi «đồng ý» hoặc «không đồng ý» (hoặc để trống nếu chưa bỏ phiếu), rồi chạy lại.',
  },
  BALLOT_VOTE_ABSENT: {
    message: (p) => `${fmt(p.member)} được ghi «vắng» nhưng có phiếu «${fmt(p.value)}»: phiếu không được tính.`,
    fix: () => 'Nếu thành viên gửi phiếu bằng văn bản, ghi «vắng (phiếu bằng văn bản)» ở dòng Có mặt / vắng; nếu không, xóa phiếu.',
  },
  BALLOT_ATTENDANCE_UNREADABLE: {
    message: (p) => `Không hiểu «${fmt(p.value)}» ở dòng Có mặt / vắng của ${fmt(p.member)}.`,
    fix: () => 'Chọn «có mặt», «vắng (phiếu bằng văn bản)» hoặc «vắng» trong danh sách.',
  },
  BALLOT_ROW_UNKNOWN: {
    message: (p) => `Dòng kiểm phiếu «${fmt(p.name)} – ${fmt(p.form)}» không khớp đề nghị nào cần biểu quyết: không tính.`,
    fix: () => 'Không sửa các cột Được đề nghị, Thuộc đơn vị, Danh hiệu, hình thức; nếu danh sách đề nghị đã đổi, lập lại phiếu biểu quyết.',
  },
  BALLOT_MEMBERS_MISMATCH: {
    message: (p) => `Sheet kiểm phiếu có ${fmt(p.columns)} cột thành viên, kế hoạch ghi ${fmt(p.members)} thành viên Hội đồng.`,
    fix: () => 'Sửa «Số thành viên Hội đồng» trong kế hoạch hoặc lập lại phiếu biểu quyết; số phiếu cần luôn tính trên số thành viên của kế hoạch.',
  },
  BALLOT_NO_QUORUM: {
    message: (p) => `Chỉ ${fmt(p.present)}/${fmt(p.members)} thành viên có mặt, chưa đủ túc số ${fmt(p.needed)}: kết quả bỏ phiếu chưa có giá trị.`,
    fix: () => 'Ghi đủ dòng Có mặt / vắng, hoặc biểu quyết lại ở phiên họp đủ túc số.',
  },
  BALLOT_TIE_UNRESOLVED: {
    message: (p) =>
      `«${fmt(p.block)}» – ${fmt(p.form)}: đồng hạng tại ranh giới chỉ tiêu, chọn ${fmt(p.slots)} trong ${fmt(p.count)}; sau biểu quyết ${fmt(p.units)} vẫn bằng phiếu (${fmt(p.yes)} đồng ý mỗi đơn vị) cho ${fmt(p.left)} suất còn lại: chưa chọn đơn vị nào trong số này.`,
    fix: () => 'Hội đồng biểu quyết lại giữa các đơn vị còn bằng phiếu, hoặc quyết định theo quy chế của Hội đồng; phần mềm không tự chọn.',
  },
};
