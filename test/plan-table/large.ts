/** A 200-row synthetic scoring table: five standards, letter sections, per-case deductions, notes caps, text-only bonuses, repeated headers. */
import { makeDocx, twoRowHeader, type DocCellInput, type DocRow } from './docx';

export interface LargeTable {
  readonly rows: (DocRow | DocCellInput[])[];
  /** Expected counts: criteria read, base leaves, their total. */
  readonly criteria: number;
  readonly baseLeaves: number;
}

export function largeTable(): LargeTable {
  const rows: (DocRow | DocCellInput[])[] = [...twoRowHeader];
  let criteria = 0;
  let baseLeaves = 0;
  let letter = 0;
  for (let s = 1; s <= 5; s++) {
    rows.push([String(s), `Tiêu chuẩn ${s}: nhóm nhiệm vụ số ${s}`, '20', '', '']);
    criteria++;
    for (let l = 0; l < 4; l++, letter++) {
      const code = String.fromCharCode(97 + letter);
      rows.push([code, `Mục ${code} (từ ${code}1 đến ${code}5, tổng 5 điểm)`, '', '', '']);
      criteria++;
      for (let i = 1; i <= 5; i++) {
        rows.push([`${code}${i}`, `Nội dung ${code}${i}: thực hiện đầy đủ, đúng thời hạn\ntheo hướng dẫn của cấp trên`, '1', '', '']);
        criteria++;
        baseLeaves++;
        if (i % 2 === 1) {
          rows.push([`${code}${i}.1`, 'Mỗi trường hợp chậm thực hiện: trừ 0,25 điểm.', '', '', '-0,25']);
          criteria++;
          rows.push(['', `Ghi chú: Tổng điểm trừ của mục ${code}${i} không quá 0,75 điểm`, '', '', '']);
        }
      }
      if (rows.length % 40 < 9) rows.push(...twoRowHeader.map((h) => ({ cells: h.cells })));
    }
    rows.push(['', `Đơn vị có mô hình hay về nhiệm vụ ${s} được nhân rộng: cộng 1 điểm`, '', '', '']);
    criteria++;
  }
  rows.push(['', 'Mỗi sáng kiến được công nhận: cộng 0,5 điểm (không giới hạn)', '', '', '']);
  rows.push(['', 'Không gửi báo cáo giải trình đúng hạn: không xếp loại', '', '', '']);
  criteria += 2;
  rows.push([{ lines: ['Tổng cộng'], span: 2 }, '100', '', '']);
  return { rows, criteria, baseLeaves };
}

export async function largeDocx(): Promise<Uint8Array> {
  return makeDocx([{ paragraph: 'BẢNG ĐIỂM THI ĐUA NĂM 2025' }, { table: largeTable().rows }]);
}
