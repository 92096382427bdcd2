/** Messages of the Excel host (office.js): requirement sets, request size, an interrupted write. */
type P = Readonly<Record<string, string | number>>;

export const office = {
  missingSets: (p: P) =>
    `Phiên bản Excel này chưa hỗ trợ ${p.sets}, nên phần bổ trợ không chạy được. Hãy cập nhật Office (Microsoft 365, Excel 2019 trở lên hoặc Excel trên web).`,
  noOffice: 'Không tìm thấy Excel (office.js chưa sẵn sàng): hãy mở phần bổ trợ từ trong Excel.',
  payloadLimit: 'Excel trên web giới hạn 5 MB mỗi lần gửi dữ liệu; phần bổ trợ đã chia nhỏ nhưng vẫn bị từ chối. Hãy xóa các hàng, cột trống thừa rồi thử lại.',
  writeInterrupted: (p: P) =>
    `Ghi kết quả bị gián đoạn (${p.reason}). Các sheet kết quả ghi dở đã được xóa; dữ liệu nhập không bị thay đổi. Hãy thử ghi lại.`,
  writeInterruptedDirty: (p: P) =>
    `Ghi kết quả bị gián đoạn (${p.reason}) và không xóa được các sheet ghi dở: ${p.sheets}. Hãy xóa các sheet này rồi thử ghi lại.`,
  sheetMissing: (p: P) => `Không tìm thấy sheet «${p.sheet}».`,
} as const;
