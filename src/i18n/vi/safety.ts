/** What keeps the officer's files and sheets safe: refusals, folder entries skipped, files not overwritten, what a file really is (Vietnamese). */
type P = Readonly<Record<string, string | number>>;

export const safety = {
  /** Templates never overwrite a file already in the folder (a unit may have filled it and sent it back). */
  templateKept: (p: P) => `  Đã có tệp «${p.wanted}» trong thư mục (có thể là biểu mẫu đơn vị đã điền): giữ nguyên tệp đó, ghi biểu mẫu mới thành «${p.written}».`,
  templatesKept: (p: P) => `${p.count} tệp đã có trong thư mục được giữ nguyên, không ghi đè; biểu mẫu mới của các đơn vị đó mang tên có thêm số «(2)», «(3)» ….`,
  /** The import would replace a sheet that is not its own: nothing is written. */
  wouldReplace: (p: P) => `Không nhập: lần nhập sẽ ghi đè sheet «${p.sheets}» không do phần bổ trợ tạo ra. Đổi tên sheet đó rồi nhập lại, để không mất dữ liệu.`,
  /** Why a file could not be written, in words (the system's own message is never shown). */
  writeReasons: {
    EACCES: 'không có quyền ghi vào đó',
    EPERM: 'không có quyền ghi vào đó',
    ENOSPC: 'ổ đĩa đã đầy',
    EROFS: 'ổ đĩa chỉ cho đọc',
    EBUSY: 'tệp đang được mở trong chương trình khác (Excel?): đóng tệp rồi chạy lại',
    ENOENT: 'thư mục không tồn tại',
    ENOTDIR: 'một phần của đường dẫn không phải thư mục',
    EISDIR: 'đó là một thư mục',
    EEXIST: 'đã có một tệp trùng tên với thư mục cần tạo',
    ENAMETOOLONG: 'đường dẫn quá dài',
    other: 'hệ thống không cho ghi',
  },
  /** What a file really is, when it is not a workbook the product reads: one sentence each, naming the file. */
  kinds: {
    notFolder: (p: P) => `«${p.file}» không phải thư mục: cần chỉ thư mục chứa các tệp đơn vị gửi về.`,
    notFound: (p: P) => `Không tìm thấy tệp «${p.file}»: kiểm tra lại đường dẫn và tên tệp.`,
    notRegular: (p: P) => `«${p.file}» không phải tệp thường (thư mục, ống dẫn hoặc thiết bị): không mở.`,
    ods: (p: P) => `Tệp «${p.file}» là bảng tính OpenDocument (.ods, của LibreOffice/OpenOffice), không phải tệp Excel .xlsx. Mở tệp bằng LibreOffice hoặc Excel, chọn «Lưu thành» kiểu «Excel 2007-365 (.xlsx)», rồi dùng tệp mới.`,
    openDocument: (p: P) => `Tệp «${p.file}» là tài liệu OpenDocument (văn bản hoặc trình chiếu của LibreOffice/OpenOffice), không phải bảng tính Excel: cần tệp .xlsx thay cho tệp này.`,
    word: (p: P) => `Tệp «${p.file}» là văn bản Word, không phải bảng tính Excel: cần tệp .xlsx (biểu mẫu Excel) thay cho tệp này.`,
    powerPoint: (p: P) => `Tệp «${p.file}» là bài trình chiếu PowerPoint, không phải bảng tính Excel: cần tệp .xlsx thay cho tệp này.`,
    macroWorkbook: (p: P) => `Tệp «${p.file}» là bảng tính có macro (.xlsm). Để an toàn, tệp có macro không được nhập: mở bằng Excel, chọn «Lưu thành» kiểu «Excel Workbook (.xlsx)» rồi dùng tệp mới.`,
    encrypted: (p: P) => `Tệp «${p.file}» được đặt mật khẩu mở tệp (đã mã hóa) nên không đọc được. Mở bằng Excel, gỡ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu, xóa mật khẩu), lưu lại rồi dùng tệp đó.`,
    xls: (p: P) => `Tệp «${p.file}» là bảng tính Excel 97–2003 (.xls), định dạng cũ không đọc được. Mở bằng Excel, chọn «Lưu thành» kiểu «Excel Workbook (.xlsx)», rồi dùng tệp mới.`,
    oldOffice: (p: P) => `Tệp «${p.file}» là tài liệu Office định dạng cũ (Word hoặc PowerPoint 97–2003), không phải bảng tính .xlsx: cần tệp .xlsx thay cho tệp này.`,
    zip: (p: P) => `Tệp «${p.file}» là tệp nén (.zip) không chứa bảng tính Excel: giải nén rồi dùng tệp .xlsx bên trong.`,
    empty: (p: P) => `Tệp «${p.file}» rỗng (0 byte): có thể tệp chưa lưu xong hoặc gửi bị lỗi; xin đơn vị gửi lại.`,
    text: (p: P) => `Tệp «${p.file}» là tệp văn bản (CSV, HTML hoặc XML), không phải bảng tính .xlsx: mở bằng Excel, chọn «Lưu thành» kiểu «Excel Workbook (.xlsx)», rồi dùng tệp mới.`,
    unknown: (p: P) => `Tệp «${p.file}» không phải bảng tính Excel (.xlsx): nội dung không đúng định dạng. Nếu tệp bị hỏng khi gửi, xin đơn vị gửi lại.`,
    damaged: (p: P) => `Tệp «${p.file}» có dạng bảng tính .xlsx nhưng bị hỏng, không đọc được. Mở bằng Excel (Excel có thể đề nghị sửa), lưu lại rồi dùng tệp đó, hoặc xin gửi lại.`,
    noSheets: (p: P) => `Tệp «${p.file}» không có sheet nào đọc được: mở bằng Excel để kiểm tra, lưu lại thành .xlsx rồi dùng tệp đó.`,
  },
  /** Entries of a returned folder that are not read, each with why (the rest of the folder is imported). */
  entries: {
    folder: (p: P) => `«${p.file}» là thư mục con: không đọc (chỉ đọc các tệp nằm ngay trong thư mục đã chọn). Nếu có tệp cần nhập trong đó, chép ra thư mục đã chọn.`,
    brokenLink: (p: P) => `«${p.file}» là liên kết (lối tắt) tới một tệp không còn tồn tại: không có gì để đọc.`,
    special: (p: P) => `«${p.file}» không phải tệp thường (ống dẫn, thiết bị hoặc socket): bỏ qua, không mở.`,
    lockFile: (p: P) => `«${p.file}» là tệp tạm Excel tạo ra khi có người đang mở một bảng tính: bỏ qua.`,
    hidden: (p: P) => `«${p.file}» là tệp ẩn hoặc tệp hệ thống: bỏ qua.`,
    otherType: (p: P) => `Tệp «${p.file}» không phải bảng tính .xlsx (đuôi «${p.extension}»): bỏ qua.`,
    noAccess: (p: P) => `Không mở được tệp «${p.file}» (không có quyền đọc hoặc tệp đang bị khóa): bỏ qua; cấp quyền hoặc đóng tệp rồi nhập lại.`,
  },
};
