/** What keeps the officer's files and sheets safe: refusals, folder entries skipped, files not overwritten (Vietnamese). */
type P = Readonly<Record<string, string | number>>;

export const safety = {
  /** Templates never overwrite a file already in the folder (a unit may have filled it and sent it back). */
  templateKept: (p: P) => `  Đã có tệp «${p.wanted}» trong thư mục (có thể là biểu mẫu đơn vị đã điền): giữ nguyên tệp đó, ghi biểu mẫu mới thành «${p.written}».`,
  templatesKept: (p: P) => `${p.count} tệp đã có trong thư mục được giữ nguyên, không ghi đè; biểu mẫu mới của các đơn vị đó mang tên có thêm số «(2)», «(3)» ….`,
  /** The import would replace a sheet that is not its own: nothing is written. */
  wouldReplace: (p: P) => `Không nhập: lần nhập sẽ ghi đè sheet «${p.sheets}» không do phần bổ trợ tạo ra. Đổi tên sheet đó rồi nhập lại, để không mất dữ liệu.`,
};
