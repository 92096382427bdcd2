/** Reading through office.js: offsets of the used range, errors, dates, merges, loads and syncs. */
import { createOfficePort } from '../../src/adapters/office/port';
import { mergesOfAddress } from '../../src/adapters/office/read';
import type { WorkbookSnapshot } from '../../src/workbook/grid';
import { createFakeExcel, measure } from '../fake-excel';

const snapshot: WorkbookSnapshot = {
  sheets: [
    { name: 'Lệch', visibility: 'visible', rows: [[], [], [null, null, 'x', 5], [null, null, null, { error: '#REF!' }, '#REF!']], merges: [] },
    { name: 'Ngày', visibility: 'hidden', rows: [[new Date(Date.UTC(2024, 0, 1)), true, '']], merges: [] },
    { name: 'Gộp ô', visibility: 'veryHidden', rows: [['Tiêu đề', null, null]], merges: ['A1:C1'] },
    { name: 'Trống', visibility: 'visible', rows: [], merges: [] },
  ],
};

describe('reading a workbook through office.js', () => {
  it('places values at the used range offset, tells errors from text, keeps blanks and visibility', async () => {
    const fake = createFakeExcel(snapshot);
    const read = await createOfficePort({ run: fake.run, isSetSupported: () => true }).readSnapshot();
    expect(read.sheets[0]).toEqual(snapshot.sheets[0]);
    expect(read.sheets[2]).toEqual(snapshot.sheets[2]);
    expect(read.sheets[3]).toEqual(snapshot.sheets[3]);
    // Dates arrive as the serial number Excel stores (the ExcelJS host gives a Date here), with their date format.
    expect(read.sheets[1]).toEqual({ name: 'Ngày', visibility: 'hidden', rows: [[45292, true, '']], merges: [], numberFormats: { A1: 'dd/mm/yyyy' } });
  });

  it('reports no merges without ExcelApi 1.13', async () => {
    const fake = createFakeExcel(snapshot);
    const read = await createOfficePort({ run: fake.run, isSetSupported: (_, v) => v !== '1.13' }).readSnapshot();
    expect(read.sheets[2]?.merges).toEqual([]);
  });

  it('reads in three syncs, or more only when values are split by size', async () => {
    const fake = createFakeExcel(snapshot);
    const port = createOfficePort({ run: fake.run, isSetSupported: () => true });
    expect((await measure(fake, () => port.readSnapshot())).syncs).toBe(3);
    const small = createOfficePort({ run: fake.run, isSetSupported: () => true, readCells: 2 });
    const split = await measure(fake, () => small.readSnapshot());
    expect(split.syncs).toBeGreaterThan(3);
    expect(split.result).toEqual((await measure(fake, () => port.readSnapshot())).result);
  });

  it('refuses to read a property that was not loaded and synced', async () => {
    const fake = createFakeExcel(snapshot);
    await expect(
      fake.run(async (ctx) => {
        const sheets = ctx.workbook.worksheets.load(['items/name']);
        return sheets.items.length;
      }),
    ).rejects.toMatchObject({ code: 'PropertyNotLoaded' });
    await expect(
      fake.run(async (ctx) => {
        const sheets = ctx.workbook.worksheets.load(['items/name']);
        await ctx.sync();
        return sheets.items[0]?.visibility;
      }),
    ).rejects.toMatchObject({ code: 'PropertyNotLoaded' });
  });

  it('parses merged areas whatever the sheet name', () => {
    expect(mergesOfAddress("'Đơn vị, 1'!C3:D4, 'Đơn vị, 1'!A1:B2")).toEqual(['A1:B2', 'C3:D4']);
    expect(mergesOfAddress('Sheet1!$A$1:$K$1')).toEqual(['A1:K1']);
  });
});
