/** Text of the run log "Nhật ký chấm điểm" and of the fingerprint printed on the sheets (Vietnamese, the source). */
type P = Readonly<Record<string, string | number>>;

export const audit = {
  sheetName: 'Nhật ký chấm điểm',
  title: 'NHẬT KÝ CÁC LẦN CHẤM ĐIỂM',
  note: 'Mỗi lần ghi kết quả thêm một dòng; không sửa, không xóa. Mã dòng nối với dòng trước để nhận ra dòng bị sửa hoặc bị xóa.',
  columns: [
    'STT',
    'Thời gian (giờ Việt Nam)',
    'Thời gian (ISO, UTC)',
    'Người chạy',
    'Mã kế hoạch',
    'Mã kiểm tra dữ liệu',
    'Số đơn vị',
    'Số đề nghị',
    'Lỗi',
    'Cảnh báo',
    'Thông tin',
    'Sheet đã ghi',
    'Mã dòng',
  ],
  /** Who ran it, when the host cannot tell (Excel gives an add-in no reliable current user without sign-in). */
  unknownUser: 'không xác định',
  /** Printed on the summary, findings and tiers sheets: a short code to match paper with the workbook. */
  printedFingerprint: (p: P) => `Mã kiểm tra dữ liệu: ${p.short} (mã đầy đủ ở sheet «${p.log}») · Mã kế hoạch: ${p.plan} · Lập lúc: ${p.time}`,
} as const;
