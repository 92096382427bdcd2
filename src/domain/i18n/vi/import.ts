/** The import of filled unit workbooks: the log sheet, the consolidated sheet, the reasons (Vietnamese). */
type P = Readonly<Record<string, string | number>>;

export const importText = {
  consolidatedSheet: 'Tổng hợp nhập',
  logSheet: 'Nhật ký nhập',
  consolidatedTitle: 'KẾT QUẢ CÁC ĐƠN VỊ GỬI VỀ (đã nhập, Hội đồng/cán bộ thi đua có thể sửa trước khi chấm)',
  logTitle: 'NHẬT KÝ NHẬP KẾT QUẢ TỪ ĐƠN VỊ',
  // No "Mã đơn vị" + "Tên đơn vị" pair here: that pair is what makes a table look like the register.
  logColumns: ['Lần nhập', 'Thời điểm', 'Tệp', 'Đơn vị nhận diện', 'Mã kiểm tra tệp (SHA-256)', 'Kết quả', 'Lý do, chi tiết'],
  status: { imported: 'Đã nhập', partial: 'Nhập một phần', waiting: 'Chờ xác nhận', rejected: 'Không nhập' },
  reasons: {
    unreadable: (p: P) => `Không đọc được tệp: ${p.detail}`,
    noResults: 'Không tìm thấy bảng kết quả (Mã tiêu chí | Điểm tự chấm …) nào trong tệp.',
    unitUnknown: (p: P) => `Không xác định được đơn vị: ${p.detail}. Hãy chỉ rõ đơn vị cho tệp này.`,
    unitAmbiguous: (p: P) => `Có nhiều đơn vị trùng tên: ${p.candidates}. Hãy chỉ rõ đơn vị cho tệp này.`,
    unitConflict: (p: P) => `Biểu mẫu được tạo cho ${p.template} nhưng sheet ghi đơn vị ${p.sheet}: cần xác nhận.`,
    olderPlan: (p: P) => `Biểu mẫu theo phiên bản kế hoạch cũ: ${p.changes}. Chỉ nhập các tiêu chí không đổi.`,
    added: (p: P) => `thêm tiêu chí ${p.codes}`,
    removed: (p: P) => `bỏ tiêu chí ${p.codes}`,
    maxChanged: (p: P) => `đổi điểm tối đa ${p.changes}`,
    noTemplate: 'Tệp không có dấu của biểu mẫu (tự lập): đọc theo nội dung.',
    duplicate: (p: P) => `Đơn vị đã có kết quả (${p.from}); tệp này khác ${p.count} ô: ${p.changes}. Chưa thay thế (dùng --replace để thay).`,
    sameAsBefore: (p: P) => `Trùng hoàn toàn với kết quả đã có (${p.from}).`,
    replaced: (p: P) => `Thay thế kết quả cũ (${p.from}); khác ${p.count} ô: ${p.changes}.`,
    converted: (p: P) => `Đã chuyển ${p.count} ô từ mã TCVN3/VNI sang Unicode.`,
    findings: (p: P) => `${p.count} điểm cần xem khi đọc tệp (${p.codes}).`,
    consolidatedExists: (p: P) => `Bảng tính đã có sheet «${p.sheet}»: đổi tên hoặc xóa sheet đó (sau khi lưu các sửa đổi) rồi nhập lại, để không mất dữ liệu.`,
    noPlan: 'Không đọc được kế hoạch thi đua của bảng tính chính.',
    noRegister: 'Bảng tính chính chưa có danh sách đơn vị («Đơn vị»).',
  },
  fields: { actual: 'kết quả', selfScore: 'tự chấm', appraisedScore: 'thẩm định', blockLeaderScore: 'khối trưởng' },
  blank: 'trống',
  summaryLine: (p: P) => `Nhập ${p.files} tệp: ${p.imported} đã nhập, ${p.partial} nhập một phần, ${p.waiting} chờ xác nhận, ${p.rejected} không nhập.`,
  cli: {
    usage: [
      'Cách dùng: thidua import <bảng-tính-chính.xlsx> <thư-mục-tệp-đơn-vị> [-o tệp-ra.xlsx] [--replace]',
      '  Đọc mọi tệp .xlsx đơn vị gửi về, ghi sheet «Tổng hợp nhập» và «Nhật ký nhập» vào một tệp MỚI.',
      '  --replace: tệp thứ hai của cùng đơn vị thay kết quả cũ (mặc định: chờ xác nhận, ghi rõ khác biệt).',
    ],
    line: (p: P) => `${p.status}: ${p.file}${p.unit ? ` → ${p.unit}` : ''}${p.reason ? ` — ${p.reason}` : ''}`,
    written: (p: P) => `Đã ghi ${p.file}.`,
  },
};
