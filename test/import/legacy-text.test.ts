import { convertSheetText } from '../../src/workbook/import/legacy-text';
import type { SheetSnapshot } from '../../src/workbook/grid';

describe('convertSheetText', () => {
  it('converts TCVN3 cells to Unicode, lists each with its cell, and leaves Unicode, numbers and blanks alone', () => {
    const sheet: SheetSnapshot = {
      name: 'KQ',
      visibility: 'visible',
      rows: [['Mã tiêu chí', 'Ghi chú'], ['1.1', '®¹t chuÈn', 5, null]],
      merges: [],
    };
    const { sheet: out, conversions } = convertSheetText(sheet);
    expect(out.rows[1]).toEqual(['1.1', 'đạt chuẩn', 5, null]);
    expect(out.rows[0]).toEqual(sheet.rows[0]);
    expect(conversions).toEqual([{ address: 'B2', encoding: 'tcvn3', value: '®¹t chuÈn', converted: 'đạt chuẩn' }]);
    // The input snapshot is never changed in place.
    expect(sheet.rows[1]?.[1]).toBe('®¹t chuÈn');
  });
});
