/** What keeps the officer's files and sheets safe: refusals, folder entries skipped, files not overwritten (Vietnamese). */
type P = Readonly<Record<string, string | number>>;

export const safety = {
  /** The import would replace a sheet that is not its own: nothing is written. */
  wouldReplace: (p: P) => `Không nhập: lần nhập sẽ ghi đè sheet «${p.sheets}» không do phần bổ trợ tạo ra. Đổi tên sheet đó rồi nhập lại, để không mất dữ liệu.`,
};
