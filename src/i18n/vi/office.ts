/** Messages of the Excel host (office.js): requirement sets, request size, an interrupted write. */
type P = Readonly<Record<string, string | number>>;

export const office = {
  missingSets: (p: P) =>
    `Phiên bản Excel này chưa hỗ trợ ${p.sets}, nên phần bổ trợ không chạy được. Hãy cập nhật Office (Microsoft 365, Excel 2019 trở lên hoặc Excel trên web).`,
  noOffice: 'Không tìm thấy Excel (office.js chưa sẵn sàng): hãy mở phần bổ trợ từ trong Excel.',
  payloadLimit: 'Excel trên web giới hạn 5 MB mỗi lần gửi dữ liệu; phần bổ trợ đã chia nhỏ nhưng vẫn bị từ chối. Hãy xóa các hàng, cột trống thừa rồi thử lại.',
  writeInterrupted: (p: P) =>
    `Ghi kết quả bị gián đoạn (${p.reason}). Bảng tính được giữ nguyên như trước lần ghi này (các sheet ghi dở đã được xóa, sheet kết quả cũ và nhật ký vẫn còn). Hãy thử ghi lại.`,
  writeInterruptedDirty: (p: P) =>
    `Ghi kết quả bị gián đoạn (${p.reason}) và không khôi phục được hết bảng tính như trước: ${p.sheets}. Hãy kiểm tra các sheet này (và xóa các sheet «ThiDua đang ghi …» nếu còn) rồi thử ghi lại.`,
  /** Sheets a write uses for a moment (never left behind): the new ones before the swap, the old ones set aside. */
  stagingSheet: 'ThiDua đang ghi',
  asideSheet: 'ThiDua bản cũ',
  sheetMissing: (p: P) => `Không tìm thấy sheet «${p.sheet}».`,
} as const;
