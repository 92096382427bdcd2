/** Command-line text. */
type P = Readonly<Record<string, string | number>>;

export const cli = {
  reading: (p: P) => `Đang đọc ${p.file} …`,
  read: (p: P) => `Đã đọc tệp trong ${p.ms} ms.`,
  scoring: 'Đang chấm điểm và xếp hạng …',
  writing: (p: P) => `Đang ghi ${p.file} …`,
  written: (p: P) => `Đã ghi ${p.file} (${p.ms} ms).`,
  blockHeading: (p: P) => `${p.block}:`,
  rankLine: (p: P) => `  ${p.rank}. ${p.name} — ${p.total} điểm${p.band ? ` — ${p.band}` : ''}${p.award ? ` — ${p.award}` : ''}${p.tie ? ' (đồng hạng)' : ''}`,
  unscored: (p: P) => `  Chưa có kết quả: ${p.names}`,
  ratioLine: (p: P) => `Tỷ lệ «${p.rule}»: ${p.qualifying}/${p.total} = ${p.ratio} (yêu cầu ${p.comparison} ${p.threshold}) — ${p.verdict}`,
  ratioMet: 'đạt',
  ratioNotMet: 'KHÔNG ĐẠT',
  ratioNoProposals: 'chưa có đề nghị ở cấp này',
  findingsCount: (p: P) => `Kết quả kiểm tra: ${p.errors} lỗi, ${p.warnings} cảnh báo, ${p.infos} thông tin.`,
  noPlan: 'Không chấm được vì kế hoạch thi đua không hợp lệ; xem sheet «Kiểm tra» trong tệp kết quả.',
  cannotRead: (p: P) => `Không đọc được tệp ${p.file}: ${p.reason}`,
  notXlsx: 'tệp không phải bảng tính .xlsx hợp lệ',
  notFound: 'không tìm thấy tệp',
  sameFile: 'Tệp ra trùng tệp vào: phần mềm không ghi đè dữ liệu gốc. Hãy chọn tên khác với -o.',
  cannotWrite: (p: P) => `Không ghi được tệp ${p.file}: ${p.reason}`,
  elapsed: (p: P) => `  … ${p.seconds} giây`,
} as const;
