/** Shared fast-check arbitraries for the fuzz tests. */
import fc from 'fast-check';
import type { CellValue, SheetSnapshot } from '../../src/workbook/grid';

/** Any value a cell can hold, including error values and dates. */
export const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 12 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.date({ noInvalidDate: true }),
  fc.constantFrom('#REF!', '#DIV/0!', '#N/A', '#VALUE!').map((error) => ({ error })),
  fc.constantFrom('Mã đơn vị', 'Tên đơn vị', 'Điểm tự chấm', 'Ghi chú', 'STT', '9,5', '=1+1'),
);

/** An arbitrary ragged grid. */
export const grid: fc.Arbitrary<SheetSnapshot> = fc
  .array(fc.array(cellValue, { maxLength: 8 }), { maxLength: 12 })
  .map((rows) => ({ name: 'Fuzz', visibility: 'visible' as const, rows, merges: [] }));

/** Case, spacing and diacritic noise that header matching must ignore. */
export function headerNoise(text: string): fc.Arbitrary<string> {
  return fc
    .record({
      upper: fc.boolean(),
      strip: fc.boolean(),
      pad: fc.constantFrom('', ' ', '  ', '\u00a0'),
      inner: fc.constantFrom(' ', '  ', ' \u00a0'),
    })
    .map(({ upper, strip, pad, inner }) => {
      let t = text.normalize(strip ? 'NFD' : 'NFC');
      if (strip) t = t.replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
      if (upper) t = t.toLocaleUpperCase('vi');
      return pad + t.split(' ').join(inner) + pad;
    });
}
