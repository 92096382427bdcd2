/** The command line's help, argument errors and closing lines (Vietnamese, the source). */
type P = Readonly<Record<string, string | number>>;

export const cliHelp = {
  title: 'thidua — chấm điểm, xếp hạng, xét khen thưởng thi đua từ bảng tính Excel (.xlsx).',
  usage: 'Cách dùng: thidua <lệnh> [tệp …] [tùy chọn]',
  commandsHeading: 'Các lệnh:',
  optionsHeading: 'Tùy chọn:',
  commonHeading: 'Tùy chọn chung cho mọi lệnh:',
  more: 'Xem hướng dẫn một lệnh: thidua <lệnh> --help',
  exitCodes: 'Mã thoát: 0 — xong; 1 — không đọc được tệp, kế hoạch không hợp lệ hoặc không ghi được; 2 — gõ lệnh sai.',
  common: {
    help: 'in hướng dẫn này',
    lang: 'ngôn ngữ của thông báo: vi (mặc định) hoặc en',
    now: 'thời điểm ghi vào kết quả (ISO 8601, ví dụ 2024-12-31T08:00:00Z); mặc định là bây giờ',
  },
  values: { file: 'tệp', folder: 'thư-mục', answer: 'tệp=mã-đơn-vị', language: 'vi|en', time: 'thời-điểm', sheet: 'tên-sheet' },
  commands: {
    score: {
      usage: 'thidua score [tệp-vào.xlsx] [-o tệp-ra.xlsx]',
      summary: 'Chấm điểm, xếp hạng, xét khen thưởng; ghi kết quả ra một tệp MỚI (không bao giờ ghi đè tệp vào). Không có tệp vào: dùng bảng tính mẫu kèm theo.',
      out: 'tệp kết quả (mặc định: <tệp-vào>.ket-qua.xlsx cạnh tệp vào)',
      verbose: 'in từng lỗi, cảnh báo, thông tin kèm ô của nó',
    },
    templates: {
      usage: 'thidua templates <bảng-tính.xlsx> -o <thư-mục>',
      summary: 'Tạo biểu mẫu tự chấm cho từng đơn vị trong sheet Đơn vị; không ghi đè tệp đã có trong thư mục.',
      out: 'thư mục ghi biểu mẫu (bắt buộc)',
    },
    import: {
      usage: 'thidua import <bảng-tính-chính.xlsx> <thư-mục-tệp-đơn-vị> [-o tệp-ra.xlsx]',
      summary: 'Nhập các tệp đơn vị gửi về; ghi «Tổng hợp nhập», «Nhật ký nhập» và bản gốc sheet của từng đơn vị vào một tệp MỚI. Mọi mục trong thư mục đều có một dòng nhật ký.',
      out: 'tệp kết quả (mặc định: <bảng-tính-chính>.nhap.xlsx)',
      unit: 'trả lời "tệp này của đơn vị nào?" cho tệp đang chờ xác nhận (dùng được nhiều lần)',
      replaceFile: 'tệp này thay kết quả đã có của đơn vị (sau khi đã xem các khác biệt ở lần chạy trước)',
      replace: 'mọi tệp thứ hai của cùng đơn vị thay kết quả cũ (mặc định: chờ xác nhận, ghi rõ khác biệt)',
    },
    planFromTable: {
      usage: 'thidua plan-from-table <bảng-điểm.docx|bảng-điểm.xlsx> [-o kế-hoạch.xlsx] [--sheet TÊN] [--yes]',
      summary: 'Đọc bảng chấm điểm nhận từ cấp trên (bảng Word, hoặc bảng dán vào một sheet), đề xuất cây tiêu chí và ghi trang «Kế hoạch» sau khi bạn đồng ý; không bao giờ ghi đè tệp hay kế hoạch có sẵn.',
      out: 'tệp ghi kế hoạch (mặc định: cạnh tệp bảng điểm)',
      sheet: 'sheet có bảng dán từ Word (khi tệp vào là .xlsx)',
      yes: 'ghi ngay, không hỏi lại',
    },
    feedback: {
      usage: 'thidua feedback <đã-chấm.xlsx> -o <thư-mục>',
      summary: 'Mỗi đơn vị một tệp phản hồi: điểm của riêng đơn vị theo từng tiêu chí, điều chỉnh khi thẩm định và lý do, tổng điểm, xếp loại, thứ hạng, khoảng cách tới đơn vị dẫn đầu và mức trên; không có dữ liệu của đơn vị khác.',
      out: 'thư mục ghi các tệp (tệp đã có không bị ghi đè)',
    },
    ballots: {
      usage: 'thidua ballots <đã-chấm.xlsx> -o <phiếu-bầu.xlsx>',
      summary: 'Phiếu biểu quyết cho từng thành viên Hội đồng và sheet «Kiểm phiếu»; lần chấm sau đưa kết quả bỏ phiếu vào «Tổng hợp».',
      out: 'tệp ghi phiếu (tệp mới)',
    },
  },
  errors: {
    unknownCommand: (p: P) => `Không có lệnh «${p.command}». Các lệnh: ${p.commands}.`,
    noCommand: 'Chưa có lệnh.',
    unknownOption: (p: P) => `Lệnh «${p.command}» không có tùy chọn «${p.option}».`,
    missingValue: (p: P) => `Tùy chọn «${p.option}» cần một giá trị (${p.value}).`,
    notAFlag: (p: P) => `Tùy chọn «${p.option}» không nhận giá trị.`,
    repeated: (p: P) => `Tùy chọn «${p.option}» chỉ dùng một lần.`,
    unknownLanguage: (p: P) => `Không có ngôn ngữ «${p.language}»: dùng --lang vi hoặc --lang en.`,
    badTime: (p: P) => `Thời điểm «${p.value}» không đọc được: dùng dạng 2024-12-31T08:00:00Z.`,
    tooMany: (p: P) => `Thừa đối số: ${p.extra}.`,
    tooFew: (p: P) => `Thiếu đối số: ${p.usage}`,
    missingOption: (p: P) => `Thiếu tùy chọn «${p.option}»: ${p.usage}`,
    badAnswer: (p: P) => `«--unit ${p.answer}» không đúng dạng tệp=mã-đơn-vị.`,
    seeHelp: (p: P) => `Xem: thidua ${p.command}--help`,
  },
  unexpected: (p: P) => `Lệnh «${p.command}» dừng vì một lỗi không lường trước của phần mềm; tệp vào không bị thay đổi. Hãy báo cho người phụ trách phần mềm kèm lệnh đã chạy (chạy lại với biến môi trường THIDUA_DEBUG=1 để có chi tiết kỹ thuật).`,
  severity: { error: 'lỗi', warning: 'cảnh báo', info: 'thông tin' },
  /** The last line of a run: where the findings are to be read. */
  whereFindings: (p: P) => `Xem chi tiết ${p.count} lỗi, cảnh báo và thông tin ở sheet «${p.sheet}» của tệp ${p.file}.`,
  whereNoFindings: (p: P) => `Không có lỗi hay cảnh báo nào; kết quả ở sheet «${p.sheet}» của tệp ${p.file}.`,
  whereImportLog: (p: P) => `Xem lý do từng tệp ở sheet «${p.sheet}» của tệp ${p.file}.`,
  whereTemplates: (p: P) => `Các điểm cần sửa ở kế hoạch và danh sách đơn vị đã in ở trên; xem đầy đủ bằng: thidua score ${p.file}`,
  nothingScored: (p: P) => `Không chấm được gì vì kế hoạch thi đua không hợp lệ; lý do ở sheet «${p.sheet}» của tệp ${p.file}.`,
};
