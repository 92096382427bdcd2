/** The printed pages the council signs: heading, attachment line, footer, numbers, signature block. */
import { evaluate } from '../../src/domain/evaluate';
import { attachedLine, documentHeader, linesFor, signatureBlock, widthsForText } from '../../src/workbook/render/layout';
import { makeStamp } from '../../src/workbook/render/stamp';
import { styles } from '../../src/workbook/render/styles';
import { renderSummary } from '../../src/workbook/render/summary';
import { renderFindings } from '../../src/workbook/render/findings';
import { text } from '../../src/workbook/render/cells';
import { finding } from '../../src/domain/findings';
import { crit, entry, makePlan, unit } from '../domain/fixtures';

const stamp = makeStamp(new Date('2024-12-20T02:00:00Z'), 'ba65547c09962b5b', 'afce204f5dec8437');
const plan = makePlan({
  criteria: [crit('1', 60), crit('2', 40)],
  info: {
    name: 'Kế hoạch về việc phát động phong trào thi đua năm 2024',
    number: '12/KH-PGDĐT',
    issuedDate: '01/02/2024',
    issuer: 'Phòng Giáo dục và Đào tạo huyện Châu Thành',
    council: 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG',
    period: 'Năm 2024',
    signingFor: 'TM. HỘI ĐỒNG',
    signerTitle: 'CHỦ TỊCH',
    signerName: 'Nguyễn Văn An',
    recipients: ['Như trên', 'Lưu: VT'],
  },
});
const values = (rows: readonly (readonly { value: string | number | null }[])[]) => rows.map((r) => r.map((c) => c.value));

function summary() {
  const evaluation = evaluate(plan, {
    units: [unit('A', 'Trường An'), unit('B', 'Trường Bình')],
    results: [
      { unitCode: 'A', entries: [entry('1', 50, 49.5), entry('2', 30, 30)] },
      { unitCode: 'B', entries: [entry('1', 40, 40), entry('2', 30, 29)] },
    ],
    proposals: [],
  });
  const findings = [finding('SCORE_GAP', { self: 1, appraised: 1, gap: 1, limit: 1 }, { unitCode: 'A' })];
  return renderSummary({ plan, evaluation, findings, stamp, name: 'Tổng hợp', logSheet: 'Nhật ký chấm điểm' });
}

describe('the printed summary', () => {
  it('names the plan once, as the attachment line, without «Kế hoạch … Kế hoạch» or the period said twice', () => {
    expect(attachedLine(plan)).toBe(
      '(Kèm theo Kế hoạch số 12/KH-PGDĐT ngày 01/02/2024 của Phòng Giáo dục và Đào tạo huyện Châu Thành về việc phát động phong trào thi đua năm 2024)',
    );
    expect(values(summary().rows).flat()).toContain(attachedLine(plan));
    // A period the name does not say is added; blank parts are left out.
    const other = makePlan({ info: { name: 'Thi đua dạy tốt', period: 'Đợt 1' } });
    expect(attachedLine(other)).toBe('(Kèm theo Kế hoạch về việc Thi đua dạy tốt – Đợt 1)');
  });

  it('keeps developer things off the signed page: fingerprint in the footer, no notation, no findings count, no data bars', () => {
    const spec = summary();
    const flat = values(spec.rows).flat().filter((v): v is string => typeof v === 'string');
    expect(spec.page?.footer).toMatch(/^Mã kiểm tra dữ liệu: afce-204f-5dec /);
    expect(flat.some((v) => v.includes('Mã kiểm tra'))).toBe(false);
    expect(flat.some((v) => /\(1, 1, 3\)|cạnh tranh/.test(v))).toBe(false);
    expect(flat.some((v) => /cảnh báo|«Kiểm tra»/.test(v))).toBe(false);
    expect(flat).toContain('Tổng số: 2 đơn vị trong 1 khối/cụm.');
    expect(spec.dataBars ?? []).toEqual([]);
  });

  it('prints every score with two decimals and never a bare separator', () => {
    for (const name of ['number', 'numberBold'] as const) {
      expect(styles[name].numFmt).toMatch(/0\.00/);
      expect(styles[name].numFmt).not.toMatch(/#(;|$)|\.#/);
    }
    expect(styles.count.numFmt).toBe('#,##0');
    expect(styles.percent.numFmt).not.toMatch(/\.#/);
  });

  it('heads the page with the issuing body over a short rule and the motto underlined, as Nghị định 30/2020 draws them', () => {
    const header = documentHeader(plan, stamp, 12);
    const left = header.rows.map((r) => r[0]);
    expect(left.map((c) => c?.value)).toEqual(['PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN CHÂU THÀNH', 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG', expect.stringMatching(/^_+$/), null]);
    expect(left.map((c) => c?.style)).toEqual(['parentBody', 'issuer', 'rule', undefined]);
    const rule = String(left[2]?.value);
    // A third to a half of the body's name, at the rule's own size.
    const nameWidth = 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG'.length * 0.65 * styles.issuer.size;
    expect(rule.length * 0.5 * styles.rule.size).toBeGreaterThanOrEqual(nameWidth / 3);
    expect(rule.length * 0.5 * styles.rule.size).toBeLessThanOrEqual(nameWidth / 2);
    expect(styles.nationalMotto.underline).toBe(true);
    // No council: the issuer is the issuing body, with the rule under it.
    const alone = documentHeader(makePlan({ info: { issuer: 'Sở Nội vụ', council: '' } }), stamp, 12);
    expect(alone.rows.map((r) => r[0]?.value)).toEqual(['SỞ NỘI VỤ', expect.stringMatching(/^_+$/), null, null]);
  });

  it('leaves room to sign and seal between the title and the name', () => {
    const block = signatureBlock(plan, 40, 12);
    const right = block.rows.map((r) => r[6]?.value ?? null);
    expect(right).toEqual(['TM. HỘI ĐỒNG', 'CHỦ TỊCH', null, null, null, null, 'Nguyễn Văn An']);
    expect(block.rows.map((r) => r[0]?.value ?? null).slice(0, 3)).toEqual(['Nơi nhận:', '- Như trên', '- Lưu: VT']);
  });
});

describe('page layout helpers', () => {
  it('counts wrapped lines at word breaks, a long word over several lines', () => {
    expect(linesFor('Khối trưởng chấm', 10, 11, true)).toBe(3); // as LibreOffice prints it: «Khối / trưởng / chấm»
    expect(linesFor('Hội đồng thẩm định', 10, 11, true)).toBe(2);
    expect(linesFor('một hai ba', 100, 11)).toBe(1);
    expect(linesFor('a\nb', 100, 11)).toBe(2);
    expect(linesFor('x'.repeat(25), 10, 11)).toBe(3);
  });

  it('sizes the columns of unwrapped text (cells, codes) for their longest value', () => {
    const rows = [[text('Ô'), text('Mã')], [text("'Đánh giá, xếp loại'!A14"), text('ELIG_RATING_QUOTA_EXCEEDED')]];
    const [cell = 0, code = 0] = widthsForText(rows, [10, 10], [0, 1]);
    expect(cell).toBeGreaterThanOrEqual(24);
    expect(code).toBeGreaterThanOrEqual(26);
  });

  it('gives «Kiểm tra» the colour legend and columns wide enough for its links and codes', () => {
    const f = finding('SCORE_OVER_MAX', { code: '1', tier: 'self', value: 7, max: 5, rule: 'clamp' }, { cell: { sheet: 'Đánh giá, xếp loại', address: 'A14' }, unitCode: 'A' });
    const spec = renderFindings('Kiểm tra', [f], [unit('A')], { stamp, logSheet: 'Nhật ký chấm điểm' });
    expect(values(spec.rows).flat()).toContain(
      'Tô màu trên các trang nhập liệu: đỏ — lỗi phải sửa; vàng — cảnh báo cần xem; xanh nhạt — điểm đã đổi giữa các cấp chấm; xám — thông tin. Rê chuột vào ô tô màu để đọc ghi chú; bước «Xóa tô màu» gỡ cả màu và ghi chú.',
    );
    expect(spec.columnWidths[4]).toBeGreaterThanOrEqual("'Đánh giá, xếp loại'!A14".length);
    expect(spec.columnWidths[7]).toBeGreaterThanOrEqual('SCORE_OVER_MAX'.length);
    expect(spec.page?.footer).toMatch(/^Mã kiểm tra dữ liệu: /);
  });
});
