/** Text of the "Thẩm định các cấp" sheet: scores of each tier side by side (Vietnamese, the source). */
type P = Readonly<Record<string, string | number>>;

export const tiers = {
  sheetName: 'Thẩm định các cấp',
  title: 'BẢNG ĐỐI CHIẾU ĐIỂM CHẤM CỦA CÁC CẤP',
  threshold: (p: P) => `Ngưỡng chênh lệch giữa các cấp: ${p.threshold} điểm. Thay đổi lớn hơn ngưỡng phải ghi lý do ở cột «Lý do điều chỉnh» của trang kết quả.`,
  /** The tiers, as column headers and in change texts. */
  names: { self: 'Đơn vị tự chấm', blockLeader: 'Khối trưởng chấm', council: 'Hội đồng thẩm định' },
  short: { self: 'Tự chấm', blockLeader: 'Khối trưởng', council: 'Hội đồng' },
  columns: ['STT / Mã tiêu chí', 'Đơn vị / Tiêu chí', 'Đơn vị tự chấm', 'Khối trưởng chấm', 'Hội đồng thẩm định', 'Thay đổi', 'Lý do điều chỉnh', 'Kết luận'],
  blockHeading: (p: P) => `${p.index}. ${p.block}`,
  unitTotals: (p: P) => `${p.unit} — tổng điểm các tiêu chí cơ bản`,
  incomplete: 'chưa đủ',
  change: (p: P) => `${p.from} → ${p.to}: ${p.delta}`,
  verdict: {
    unchanged: 'Không thay đổi',
    withinThreshold: 'Trong ngưỡng',
    explained: 'Đã có lý do',
    unexplained: 'Chưa có lý do – cần giải trình',
  },
  unitVerdict: (p: P) =>
    Number(p.changed) === 0 ? 'Không có tiêu chí thay đổi' : `${p.changed} tiêu chí thay đổi${Number(p.unexplained) > 0 ? `, ${p.unexplained} chưa có lý do` : ''}`,
  none: 'Chưa có đơn vị nào có kết quả.',
  legend: 'Ghi chú: ô để trống là cấp đó chưa chấm (không tính là 0). Tổng điểm một cấp chỉ cộng khi cấp đó đã chấm đủ mọi tiêu chí cơ bản.',
} as const;
