/** The scoring tables of the tests, in the shapes officers receive (made-up content, real layout). */
import { makeDocx, twoRowHeader, type DocBlock, type DocCellInput, type DocRow } from './docx';

const r = (...cells: DocCellInput[]): DocCellInput[] => cells;

/** Three columns Chuẩn/Thưởng/Trừ under «Điểm»; letter codes; notes rows; per-case; one of two; a gate. */
export const excerptRows: readonly (DocRow | DocCellInput[])[] = [
  ...twoRowHeader,
  r('1', 'Tiêu chuẩn 1: Thực hiện tốt nhiệm vụ chuyên môn', '80', '', ''),
  r('a', 'Công tác quản lý đất đai (từ a1 đến a9, tổng 30 điểm)', '', '', ''),
  r('a1', 'Triển khai kịp thời văn bản hướng dẫn', '3', '', ''),
  r('a1.1', 'Mỗi trường hợp chậm triển khai: trừ 0,5 điểm.', '', '', '-0,5'),
  r('', 'Ghi chú: Tổng điểm trừ của mục a1 không quá 1,5 điểm', '', '', ''),
  r('a2', 'Cập nhật cơ sở dữ liệu đất đai\nđầy đủ, đúng hạn', '27', '', ''),
  r('a4.2', 'Đạt đủ các tiêu chí thì cộng điểm đối với 01 trong 02 trường hợp sau:', '', '', ''),
  r('a4.2.1', 'Lũy tiến đạt 99,0% diện tích trở lên: cộng 1 điểm.', '', '+1', ''),
  r('a4.2.2', 'Lũy tiến đạt từ 98% đến dưới 99% diện tích: cộng 0,5 điểm.', '', '0,5', ''),
  r('b', 'Công tác cải cách hành chính', '50', '', ''),
  r('b1', 'Giải quyết hồ sơ đúng hạn', '30', '', ''),
  r('b2', 'Công khai thủ tục hành chính', '20', '', ''),
  r('b2.1', 'Mỗi thủ tục không công khai: trừ 1 điểm, tối đa 4 điểm', '', '', '-1'),
  r('II', 'Tiêu chuẩn 2: Xây dựng đơn vị', '20', '', ''),
  r('', 'Tỷ lệ giải quyết hồ sơ trước hạn trên 92%: cộng 0,5 điểm', '', '', ''),
  r('', 'Mỗi sáng kiến được công nhận: cộng 1 điểm (không giới hạn)', '', '', ''),
  r('', 'Không gửi báo cáo giải trình: không xếp loại', '', '', ''),
  r('1', 'Chấp hành kỷ luật, kỷ cương hành chính', '20', '', ''),
  r({ lines: ['Tổng cộng'], span: 2 }, '100', '', ''),
];

export async function excerptDocx(): Promise<Uint8Array> {
  return makeDocx([{ paragraph: 'UBND HUYỆN MẪU' }, { paragraph: 'BẢNG CHẤM ĐIỂM THI ĐUA NĂM 2025' }, { paragraph: '(Kèm theo Kế hoạch số 12/KH-UBND)' }, { table: excerptRows }]);
}

/** Roman-numeral sections with a/b/c items, bonus and deduction sections, one header row with «Điểm chuẩn/cộng/trừ». */
export async function romanDocx(): Promise<Uint8Array> {
  return makeDocx([
    { paragraph: 'TIÊU CHUẨN CHẤM ĐIỂM THI ĐUA KHỐI CƠ QUAN' },
    {
      table: [
        { header: true, cells: ['TT', 'Nội dung tiêu chí', 'Điểm chuẩn', 'Điểm cộng', 'Điểm trừ', 'Điểm tự chấm'] },
        r('I', 'CÔNG TÁC CHUYÊN MÔN', '60', '', '', ''),
        r('a', 'Hoàn thành kế hoạch năm', '30', '', '', ''),
        r('b', 'Chất lượng báo cáo', '20', '', '', ''),
        r('c', 'Ứng dụng công nghệ thông tin', '10', '', '', ''),
        r('II', 'CÔNG TÁC ĐẢNG, ĐOÀN THỂ', '40', '', '', ''),
        r('a', 'Sinh hoạt chi bộ đúng định kỳ', '15', '', '', ''),
        r('b', 'Hoạt động công đoàn', '15', '', '', ''),
        r('c', 'Hoạt động đoàn thanh niên', '10', '', '', ''),
        r('III', 'ĐIỂM THƯỞNG (tối đa 5 điểm)', '', '5', '', ''),
        r('1', 'Được UBND tỉnh tặng Bằng khen: cộng 3 điểm', '', '3', '', ''),
        r('2', 'Mỗi sáng kiến cấp tỉnh: cộng 1 điểm', '', '1', '', ''),
        r('IV', 'ĐIỂM TRỪ', '', '', '', ''),
        r('1', 'Mỗi lần chậm báo cáo: trừ 0,5 điểm', '', '', '0,5', ''),
        r('2', 'Có cán bộ bị kỷ luật từ khiển trách trở lên: trừ 5 điểm', '', '', '5', ''),
        r('', 'Ghi chú: Tổng điểm trừ của mục IV không quá 6 điểm', '', '', '', ''),
      ],
    },
  ]);
}

/** A long table split across pages: its header repeated by hand, column numbers, a sentence cut by the break, and a second Word table with the same header. */
export async function splitDocx(): Promise<Uint8Array> {
  const head = (): DocRow[] => [{ cells: ['STT', 'Nội dung', 'Chuẩn', 'Thưởng', 'Trừ'] }, { cells: ['(1)', '(2)', '(3)', '(4)', '(5)'] }];
  return makeDocx([
    { paragraph: 'Bảng điểm thi đua năm 2024 của Sở' },
    {
      table: [
        { header: true, cells: ['STT', 'Nội dung', 'Chuẩn', 'Thưởng', 'Trừ'] },
        { cells: ['(1)', '(2)', '(3)', '(4)', '(5)'] },
        r('1', 'Công tác tham mưu', '40', '', ''),
        r('1.1', 'Tham mưu ban hành kế hoạch đúng thời gian', '20', '', ''),
        r('1.2', 'Tham mưu tổ chức hội nghị sơ kết, tổng kết và', '20', '', ''),
        ...head(),
        r('', 'khen thưởng kịp thời, đúng quy định', '', '', ''),
        r('2', 'Công tác chuyên môn', '60', '', ''),
        r('2.1', { lines: ['Hoàn thành chỉ tiêu được giao'], nested: [['bảng lồng', '99']] }, '30', '', ''),
        r('2.2', 'Báo cáo đúng hạn', '30', '', ''),
        r('2.2.1', 'Mỗi báo cáo chậm trừ 1 điểm', '', '', '1'),
      ],
    },
    { paragraph: '' },
    {
      table: [
        ...head(),
        r('3', 'Điểm thưởng', '', '', ''),
        r('3.1', 'Đơn vị dẫn đầu cụm thi đua', '', '2', ''),
        r('3.2', 'Mỗi mô hình mới được nhân rộng', '', '1', ''),
      ],
    },
  ]);
}

/** Points only in the text: one «Điểm» column, codes written in the text, «C2.4», «1.1.a», a strict threshold. */
export async function textOnlyDocx(): Promise<Uint8Array> {
  const blocks: DocBlock[] = [
    {
      table: [
        { cells: ['STT', 'Tiêu chuẩn', 'Điểm'] },
        r('1', 'Chấp hành chủ trương, chính sách', '40'),
        r('1.1', 'Triển khai văn bản đúng hạn', '20'),
        r('1.1.a', 'Mỗi văn bản triển khai chậm bị trừ 1 điểm', ''),
        r('1.2', 'Báo cáo định kỳ đầy đủ', '20'),
        r('2', 'Thi đua, khen thưởng', '60'),
        r('C2.4', 'Tham gia các phong trào thi đua', '60'),
        r('', 'Đơn vị được tặng Cờ thi đua: cộng 2 điểm', ''),
        r('3', 'Tỷ lệ hồ sơ giải quyết đúng hạn dưới 50%: trừ 2 điểm', ''),
        r('4', 'Đạt từ 95% trở lên: 5 điểm; từ 90% đến dưới 95%: 3 điểm; dưới 90%: 0 điểm', '5'),
      ],
    },
  ];
  return makeDocx(blocks);
}
