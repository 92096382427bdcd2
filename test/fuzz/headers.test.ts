/** Fuzz: header matching finds the same columns whatever the order, noise, extra columns or title rows. */
import fc from 'fast-check';
import { findTable, type ColumnSpec } from '../../src/workbook/headers';
import { proposalColumns, registerColumns, unitSheetColumns } from '../../src/workbook/contract';
import type { CellValue } from '../../src/workbook/grid';
import { grid, headerNoise } from './arbitraries';

function checkSpecs<K extends string>(specs: readonly ColumnSpec<K>[]): void {
  const canonical = specs.map((s) => s.aliases[0] ?? '');
  fc.assert(
    fc.property(
      fc.shuffledSubarray(specs.map((_, i) => i), { minLength: specs.length, maxLength: specs.length }),
      fc.tuple(...canonical.map((text) => headerNoise(text))),
      fc.array(fc.constantFrom('Cột phụ', 'Xếp loại cũ', 'Người nhập', ''), { maxLength: 3 }),
      fc.integer({ min: 0, max: 4 }),
      (order, noisy, extras, titleRows) => {
        const header: CellValue[] = [...order.map((i) => noisy[i] ?? ''), ...extras];
        const rows: CellValue[][] = [];
        for (let r = 0; r < titleRows; r++) rows.push(r === 0 ? ['PHÒNG GIÁO DỤC VÀ ĐÀO TẠO'] : []);
        rows.push(header);
        rows.push(header.map(() => 'x'));
        const location = findTable({ name: 'S', visibility: 'visible', rows, merges: [] }, specs);
        expect(location?.headerRow).toBe(titleRows);
        expect(location?.missing).toEqual([]);
        for (const spec of specs) {
          expect(location?.columns[spec.key]).toBe(order.indexOf(specs.indexOf(spec)));
        }
      },
    ),
    { numRuns: 150 },
  );
}

describe('findTable (fuzz)', () => {
  it('maps register columns the same under permutation and noise', () => checkSpecs(registerColumns));
  it('maps unit sheet columns the same under permutation and noise', () => checkSpecs(unitSheetColumns));
  it('maps proposal columns the same under permutation and noise', () => checkSpecs(proposalColumns));

  it('never throws on arbitrary grids', () => {
    fc.assert(
      fc.property(grid, (sheet) => {
        for (const specs of [registerColumns, unitSheetColumns, proposalColumns] as const) {
          const location = findTable(sheet, specs);
          if (location) expect(location.headerRow).toBeLessThan(sheet.rows.length);
        }
      }),
      { numRuns: 300 },
    );
  });
});
