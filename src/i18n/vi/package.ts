/** Messages of the .xlsx reader (command line and standalone mode): limits that keep a hostile file from hanging the machine. */
type P = Readonly<Record<string, string | number>>;

export const packageText = {
  inflated: (p: P) =>
    `Tệp ${p.file} khi giải nén lớn hơn ${p.max} MB, vượt giới hạn đọc: phần mềm dừng lại để máy không bị treo. Hãy xóa các sheet, hình ảnh hay dữ liệu thừa trong tệp rồi lưu lại.`,
  cells: (p: P) => `Tệp ${p.file} có hơn ${p.max} ô dữ liệu, vượt giới hạn đọc. Hãy xóa các hàng, cột thừa (hoặc tách tệp) rồi thử lại.`,
  sheets: (p: P) => `Tệp ${p.file} có hơn ${p.max} sheet, vượt giới hạn đọc. Hãy xóa các sheet thừa rồi thử lại.`,
  macroName: (p: P) => `Tệp vào có macro (.xlsm) nên tệp kết quả phải có đuôi .xlsm để Excel mở được và giữ nguyên macro: hãy đặt tên ra như ${p.suggestion}.`,
  notRegular: (p: P) => `${p.file} không phải là một tệp thông thường (có thể là thư mục, đường dẫn hỏng hay ống dẫn) nên không được đọc.`,
} as const;
