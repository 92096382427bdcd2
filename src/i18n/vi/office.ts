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
  reducedIntro: 'Phiên bản Excel này cũ hơn Microsoft 365 nên phần bổ trợ vẫn chạy đủ việc, nhưng đơn giản hơn ở mấy điểm sau:',
  reduced: {
    validation: 'Biểu mẫu gửi đơn vị không có danh sách chọn và không tự kiểm tra số nhập vào (các ô nhập vẫn được mở khóa); lỗi nhập sẽ được báo khi nhập lại biểu mẫu.',
    layout: 'Trang kết quả không được đặt sẵn khổ in (A4, lề, lặp dòng tiêu đề); mỗi lần ghi, trang kết quả được tạo lại nên công thức bạn tự viết trỏ tới trang kết quả sẽ báo #REF!.',
    merges: 'Không đọc được ô gộp (tiêu đề gộp được đọc như ô thường) và biểu mẫu đơn vị gửi về được nhập dưới dạng giá trị, không giữ định dạng của đơn vị.',
    notes: 'Ô có lỗi hoặc cảnh báo chỉ được tô màu, không kèm ghi chú (note) nói lỗi gì: xem lời giải thích và cách sửa ở sheet «Kiểm tra».',
  },
  cellEditModeRead: 'Excel đang ở chế độ sửa ô nên chưa đọc được bảng tính. Hãy nhấn Enter (hoặc Esc) để rời ô đang sửa rồi bấm lại.',
  noDownload: (p: P) =>
    `Excel trên máy Mac và iPad không cho phần bổ trợ tải tệp xuống, nên tệp «${p.file}» chưa được tạo ra ở đâu cả. Hãy làm bước này trong Excel trên web (office.com) hoặc Excel cho Windows, hoặc mở bảng tính bằng bản ngoại tuyến của phần bổ trợ (tệp thi-dua.html).`,
  openedAsWorkbook: (p: P) => `Tệp «${p.file}» đã được mở thành một bảng tính mới trong Excel: hãy lưu nó (Tệp → Lưu).`,
  stagingSheet: 'ThiDua đang ghi',
  asideSheet: 'ThiDua bản cũ',
  backupSheet: 'ThiDua bản lưu',
  cellEditMode:
    'Excel đang ở chế độ sửa ô nên không nhận lệnh ghi. Hãy nhấn Enter (hoặc Esc) để rời ô đang sửa rồi bấm lại. Chưa có gì trong bảng tính bị thay đổi bởi lần ghi này.',
  readOnly:
    'Bảng tính đang mở ở chế độ chỉ đọc nên không ghi được kết quả. Hãy chọn «Chỉnh sửa bảng tính» (hoặc lưu một bản sao) rồi bấm lại. Chưa có gì trong bảng tính bị thay đổi bởi lần ghi này.',
  cellEditReason: 'Excel đang ở chế độ sửa ô nên đã ngừng nhận lệnh ghi giữa chừng: hãy nhấn Enter (hoặc Esc) rồi bấm lại.',
  readOnlyReason: 'Bảng tính vừa chuyển sang chế độ chỉ đọc nên đã ngừng nhận lệnh ghi giữa chừng.',
  refusedMidway: (p: P) =>
    `${p.reason} Sheet kết quả cũ vẫn còn nguyên; các sheet tạm «${p.sheets}» sẽ được tự động xóa ở lần ghi sau.`,
  changedMeanwhile: (p: P) =>
    `Có người khác vừa chạy phần bổ trợ trên bảng tính này (lần chạy ${p.when}) sau khi dữ liệu được đọc, nên kết quả không được ghi để khỏi đè lên kết quả của họ. Hãy bấm chấm điểm lại để đọc bảng tính mới nhất.`,
  changedMeanwhileUnknown: 'một lần chạy mới hơn',
  sheetMissing: (p: P) => `Không tìm thấy sheet «${p.sheet}».`,
} as const;
