/** Unit templates: the form each unit fills in and sends back, and the command line's lines about them. */
type P = Readonly<Record<string, string | number>>;

export const templates = {
  title: 'BIỂU TỰ CHẤM ĐIỂM THI ĐUA',
  planLine: (p: P) => (p.number === '' ? `Theo kế hoạch: ${p.name}` : `Theo kế hoạch số ${p.number}: ${p.name}`),
  kindColumn: 'Loại',
  kinds: { group: 'Nhóm', base: '', bonus: 'Điểm thưởng', deduction: 'Điểm trừ' },
  instructionsHeading: 'Hướng dẫn',
  instructions: [
    '1. Chỉ nhập vào các ô để mở ở cột Kết quả thực hiện, Điểm tự chấm và Minh chứng / Ghi chú; cột Điểm thẩm định do Hội đồng chấm.',
    '2. Ô để trống là chưa chấm, không phải 0 điểm; tiêu chí không đạt điểm nào thì nhập 0.',
    '3. Số thập phân dùng dấu phẩy (ví dụ 7,5); điểm từ 0 đến điểm tối đa của tiêu chí; tiêu chí đạt/không đạt chọn trong danh sách.',
    '4. Không đổi tên, không xóa, không thêm sheet; không sửa mã tiêu chí, nội dung và điểm tối đa.',
    '5. Sheet được khóa không mật khẩu chỉ để tránh gõ nhầm; điền xong lưu tệp và gửi lại nguyên tệp này cho cơ quan thường trực.',
  ],
  rules: {
    scoreTitle: 'Điểm không hợp lệ',
    score: (p: P) => `Nhập một số từ 0 đến ${p.max} (dấu phẩy cho phần thập phân); để trống nếu chưa chấm.`,
    actualTitle: 'Kết quả không hợp lệ',
    actual: 'Nhập một số không âm (dấu phẩy cho phần thập phân); để trống nếu chưa có.',
    countTitle: 'Số trường hợp không hợp lệ',
    count: 'Nhập số trường hợp là số nguyên từ 0 trở lên (0, 1, 2, …); để trống nếu chưa có.',
    passFailTitle: 'Chọn trong danh sách',
    passFail: 'Chọn Đạt hoặc Không đạt; để trống nếu chưa đánh giá.',
  },
  fileName: (p: P) => `${p.code} - ${p.name}.xlsx`,
  /** The scorer's form of cross-scoring (chấm chéo): one per scoring unit, a column per unit it scores. */
  scorer: {
    title: 'PHIẾU CHẤM CHÉO',
    fileName: (p: P) => `Chấm chéo - ${p.code} - ${p.name}.xlsx`,
    sheetName: (p: P) => `Chấm chéo ${p.code}`,
    scoredLabel: 'Đơn vị được chấm:',
    instructions: [
      '1. Mỗi cột là một đơn vị cùng khối mà đơn vị anh/chị chấm; đơn vị không chấm chính mình nên phiếu không có cột của đơn vị chấm.',
      '2. Mỗi ô nhập điểm từ 0 đến điểm tối đa của tiêu chí (dấu phẩy cho phần thập phân), hoặc «Không chấm: lý do» nếu không chấm tiêu chí đó; để trống là chưa chấm, không phải 0 điểm.',
      '3. Không đổi tên, không xóa, không thêm sheet, cột hay dòng; không sửa mã tiêu chí, nội dung, điểm tối đa và dòng tiêu đề.',
      '4. Sheet được khóa không mật khẩu chỉ để tránh gõ nhầm; điền xong lưu tệp và gửi lại nguyên tệp này cho cơ quan thường trực.',
    ],
    ruleTitle: 'Điểm chấm không hợp lệ',
    rule: (p: P) => (p.max === '' ? 'Nhập một số từ 0 trở lên, hoặc «Không chấm: lý do»; để trống nếu chưa chấm.' : `Nhập một số từ 0 đến ${p.max}, hoặc «Không chấm: lý do»; để trống nếu chưa chấm.`),
  },
  pane: {
    title: '3. Biểu mẫu cho đơn vị',
    intro: 'Tạo cho mỗi đơn vị trong sheet Đơn vị một tệp biểu mẫu theo kế hoạch (ô nhập mở khóa, có kiểm tra giá trị), đóng gói thành một tệp .zip để gửi đi.',
    run: 'Tải biểu mẫu (.zip)',
    runHint: 'Tạo biểu mẫu cho mọi đơn vị và tải về một tệp .zip',
    making: 'Đang tạo biểu mẫu …',
    done: (p: P) => `Đã tạo ${p.count} biểu mẫu trong tệp ${p.file}${p.scorers === 0 ? '' : `, trong đó ${p.scorers} phiếu chấm chéo (một phiếu cho mỗi đơn vị chấm)`}.`,
    zipName: (p: P) => `Biểu mẫu - ${p.base}.zip`,
    failed: 'Không tạo được biểu mẫu: cần sheet Kế hoạch hợp lệ và sheet Đơn vị có ít nhất một đơn vị.',
  },
  cli: {
    planMissing: 'Không tạo được biểu mẫu: không đọc được sheet Kế hoạch (chạy «thidua score» để xem lỗi).',
    noUnits: 'Không tạo được biểu mẫu: sheet Đơn vị không có đơn vị nào đọc được.',
    written: (p: P) => `  ${p.file}`,
    total: (p: P) => `Đã ghi ${p.count} biểu mẫu vào thư mục ${p.folder} (${p.ms} ms).`,
    scorers: (p: P) => `Trong đó ${p.count} phiếu chấm chéo: mỗi đơn vị chấm các đơn vị khác cùng khối, không chấm chính mình.`,
  },
} as const;
