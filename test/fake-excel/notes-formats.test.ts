/**
 * What the fake of Excel does with notes (Worksheet.notes, ExcelApi 1.18), number formats read back
 * and footers, as the office.js reference says (see the comments in objects.ts for what is assumed).
 */
import { createFakeExcel, addUserComment, addUserNote, findSheet, notesIn } from '.';

const snapshot = {
  sheets: [{ name: 'Kết quả', visibility: 'visible' as const, rows: [['Tiêu chí', 'Tự chấm'], ['1.1', 0.8]], merges: [], numberFormats: { B2: '0%' } }],
};

describe('the fake Excel', () => {
  it('reads number formats back, "General" where none was set', async () => {
    const fake = createFakeExcel(snapshot);
    const formats = await fake.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Kết quả').getRange('A2:B2').load(['numberFormat', 'address']);
      await ctx.sync();
      return { formats: range.numberFormat, address: range.address };
    });
    expect(formats).toEqual({ formats: [['General', '0%']], address: "'Kết quả'!A2:B2" });
  });

  it('refuses notes below ExcelApi 1.18', async () => {
    const fake = createFakeExcel(snapshot, { level: '1.17' });
    await expect(fake.run(async (ctx) => ctx.workbook.worksheets.getItem('Kết quả').notes)).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  it('adds a note on one cell, refuses more than one cell, and a second note or a note over a comment', async () => {
    const fake = createFakeExcel(snapshot);
    addUserNote(fake.model, 'Kết quả', 'A1', 'của người dùng');
    addUserComment(fake.model, 'Kết quả', 'A2', 'bình luận');
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Kết quả').notes.add('B2', 'ghi chú');
      await ctx.sync();
    });
    expect(notesIn(fake.model)).toEqual([
      { sheet: 'Kết quả', address: 'A1', content: 'của người dùng' },
      { sheet: 'Kết quả', address: 'B2', content: 'ghi chú' },
    ]);
    const add = (address: string) =>
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Kết quả').notes.add(address, 'x');
        await ctx.sync();
      });
    await expect(add('A1:B1')).rejects.toMatchObject({ code: 'InvalidCellAddress' });
    await expect(add('A1')).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(add('A2')).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('lists notes with their content, locates them, changes and deletes them by cell', async () => {
    const fake = createFakeExcel(snapshot);
    addUserNote(fake.model, 'Kết quả', 'B2', 'hai');
    addUserNote(fake.model, 'Kết quả', 'A1', 'một');
    const listed = await fake.run(async (ctx) => {
      const notes = ctx.workbook.worksheets.getItem('Kết quả').notes.load(['items/content']);
      await ctx.sync();
      const where = notes.items.map((n) => n.getLocation().load(['address']));
      await ctx.sync();
      return notes.items.map((n, i) => [where[i]?.address, n.content]);
    });
    expect(listed).toEqual([["'Kết quả'!A1", 'một'], ["'Kết quả'!B2", 'hai']]);
    await fake.run(async (ctx) => {
      const notes = ctx.workbook.worksheets.getItem('Kết quả').notes;
      notes.getItem('A1').content = 'một nữa';
      notes.getItem('B2').delete();
      await ctx.sync();
    });
    expect(notesIn(fake.model).map((n) => n.content)).toEqual(['một nữa']);
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Kết quả').notes.getItem('B2').delete();
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  it('keeps a footer set on a part of the page', async () => {
    const fake = createFakeExcel(snapshot);
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Kết quả').pageLayout.headersFooters.defaultForAllPages.leftFooter = '&7x';
      await ctx.sync();
    });
    expect(findSheet(fake.model, 'Kết quả')?.page['headersFooters.defaultForAllPages.leftFooter']).toBe('&7x');
  });
});
