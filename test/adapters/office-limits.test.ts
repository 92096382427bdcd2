/**
 * Limits real Excel has that the fake enforces, each met by the office host: at most 512 merged
 * areas returned at once, 5 MB per request and per response, worksheet names, cell-edit mode and
 * read-only documents, collection items addressed by position, hyperlinks, list sources.
 */
import { createOfficePort } from '../../src/adapters/office/port';
import { widthInPixels } from '../../src/adapters/office/styles';
import { styles } from '../../src/workbook/render/styles';
import { runScoring } from '../../src/workbook/run';
import type { CellValue, WorkbookSnapshot } from '../../src/workbook/grid';
import { snapshotWorkbook } from '../../src/adapters/xlsx/read';
import { sheetNameProblem, uniqueSheetName, validSheetName } from '../../src/workbook/sheet-name';
import { buildSampleWorkbook } from '../../scripts/lib/sample';
import { addUserConditionalFormat, cellKey, createFakeExcel, findSheet, highlightsIn, measure } from '../fake-excel';
import { officeHost, xlsxHost } from './helpers';

const now = new Date('2024-12-20T02:00:00Z');
const allSets = (): boolean => true;

function mergeHeavy(merges: number): WorkbookSnapshot {
  const rows: CellValue[][] = Array.from({ length: merges }, (_, i) => [`Dòng ${i + 1}`, null, i]);
  return {
    sheets: [
      { name: 'Thường', visibility: 'visible', rows: [['Tiêu đề', null], [1, 2]], merges: ['A1:B1'] },
      { name: 'Gộp nhiều', visibility: 'visible', rows, merges: Array.from({ length: merges }, (_, i) => `A${i + 1}:B${i + 1}`) },
    ],
  };
}

describe('merged areas: Excel returns at most 512 at once', () => {
  it('the fake refuses more than 512 merged areas in one request, as Excel does', async () => {
    const fake = createFakeExcel(mergeHeavy(600));
    await expect(
      fake.run(async (ctx) => {
        const areas = ctx.workbook.worksheets.getItem('Gộp nhiều').getRange().getMergedAreasOrNullObject().load(['address']);
        await ctx.sync();
        return areas.address;
      }),
    ).rejects.toMatchObject({ code: 'GeneralException' });
  });

  it('reads a workbook with a merge-heavy sheet whole, merges included, in two more syncs only', async () => {
    const snapshot = mergeHeavy(600);
    const fake = createFakeExcel(snapshot);
    const port = createOfficePort({ run: fake.run, isSetSupported: allSets });
    const { result, syncs } = await measure(fake, () => port.readSnapshot());
    expect(result.sheets[0]?.merges).toEqual(['A1:B1']);
    expect(result.sheets[1]?.merges).toEqual([...(snapshot.sheets[1]?.merges ?? [])].sort());
    expect(result.sheets[1]?.rows).toEqual(snapshot.sheets[1]?.rows);
    expect(result.sheets.some((s) => s.mergesUnread)).toBe(false);
    expect(syncs).toBe(5);
  });

  it('falls back to no merges with a finding per sheet when even the banded read fails', async () => {
    const fake = createFakeExcel(mergeHeavy(600));
    const port = createOfficePort({ run: fake.run, isSetSupported: allSets });
    // Sync 2 fails (too many merges), 3 re-reads the used ranges, 4 is the banded read: made to fail.
    fake.options.failOnSync = fake.syncs.length + 4;
    const read = await port.readSnapshot();
    expect(read.sheets.map((s) => [s.merges, s.mergesUnread])).toEqual([
      [[], true],
      [[], true],
    ]);
    const findings = runScoring(read, { now }).findings.filter((f) => f.code === 'SHEET_MERGES_UNREAD');
    expect(findings.map((f) => f.params.sheet)).toEqual(['Thường', 'Gộp nhiều']);
  });
});

describe('5 MB per response: the read adapts to long texts', () => {
  it('reads 40,000 cells of long text (8 MB) in several responses, each under 5 MB', async () => {
    const long = 'Đơn vị đã hoàn thành xuất sắc nhiệm vụ được giao trong năm học, '.repeat(3);
    const rows: CellValue[][] = Array.from({ length: 10_000 }, (_, r) => [r, `${long}${r}`, `${long}${r}`, `${long}${r}`]);
    const snapshot: WorkbookSnapshot = { sheets: [{ name: 'Nhận xét', visibility: 'visible', rows, merges: [] }] };
    const fake = createFakeExcel(snapshot);
    const port = createOfficePort({ run: fake.run, isSetSupported: allSets });
    const { result, largest, refused, syncs } = await measure(fake, () => port.readSnapshot());
    expect(result).toEqual(snapshot);
    expect(largest).toBeLessThanOrEqual(5 * 1024 * 1024);
    // One response refused at most (the first guess of 120,000 cells), then halved and adapted.
    expect(refused).toEqual(['ResponsePayloadSizeLimitExceeded']);
    expect(syncs).toBeLessThanOrEqual(3 + 1 + 3);
  });
});

describe('worksheet names: 31 characters at most, «History» reserved, the same in both hosts', () => {
  it('the fake refuses what Excel refuses', async () => {
    const fake = createFakeExcel({ sheets: [{ name: 'A', visibility: 'visible', rows: [[1]], merges: [] }] });
    for (const name of ['Tổng hợp đề nghị khen thưởng (2)', 'history', 'a/b', "'a"]) {
      await expect(
        fake.run(async (ctx) => {
          ctx.workbook.worksheets.add(name);
          await ctx.sync();
        }),
      ).rejects.toMatchObject({ code: 'InvalidArgument' });
    }
  });

  it('a user sheet holding the proposals sheet name: both hosts write the same valid names', async () => {
    const wb = await buildSampleWorkbook();
    wb.addWorksheet('Tổng hợp đề nghị khen thưởng').getCell('A1').value = 'của người dùng';
    const snapshot = snapshotWorkbook(wb);
    const office = officeHost(snapshot);
    const xlsx = xlsxHost(wb);
    for (const host of [office, xlsx]) {
      const plan = runScoring(await host.port.readSnapshot(), { now }).writePlan;
      await host.port.apply(plan);
    }
    const officeNames = (await office.port.readSnapshot()).sheets.map((s) => s.name);
    const xlsxNames = (await xlsx.port.readSnapshot()).sheets.map((s) => s.name);
    expect(officeNames).toEqual(xlsxNames);
    expect(officeNames).toContain('Tổng hợp đề nghị khen thưởn (2)');
    for (const name of officeNames) expect(name.length).toBeLessThanOrEqual(31);
  });

  it('makes valid names from anything', () => {
    expect(validSheetName('History', { fallback: 'x' })).toBe('History_');
    expect(uniqueSheetName('History', () => true, { fallback: 'x' })).toBe('History_');
    expect(validSheetName("'  '", { fallback: 'Đơn vị' })).toBe('Đơn vị');
    expect(validSheetName('a'.repeat(40), { fallback: 'x' }, ' (12)')).toHaveLength(31);
    expect(validSheetName(`${'a'.repeat(30)}😀b`, { fallback: 'x' })).toBe('a'.repeat(30));
    expect(sheetNameProblem(validSheetName('[Tổ]: chuyên/môn*?', { fallback: 'x' }))).toBeUndefined();
  });
});

describe('collection items: addressed by id, never by a position that moves', () => {
  it('removes two highlights on a sheet and keeps the user format listed after them', async () => {
    const fake = createFakeExcel({ sheets: [{ name: 'Đơn vị', visibility: 'visible', rows: [[1, 2, 3]], merges: [] }] });
    const port = createOfficePort({ run: fake.run, isSetSupported: allSets });
    await port.apply({ sheets: [], highlights: [{ sheet: 'Đơn vị', address: 'A1', kind: 'warning' }, { sheet: 'Đơn vị', address: 'B1', kind: 'error' }] });
    addUserConditionalFormat(fake.model, 'Đơn vị', 'C1', '=C1>2');
    expect(highlightsIn(fake.model)).toHaveLength(2);
    await port.clearHighlights();
    expect(highlightsIn(fake.model)).toEqual([]);
    expect(findSheet(fake.model, 'Đơn vị')?.conditionalFormats.map((cf) => cf.formula)).toEqual(['=C1>2']);
  });
});

describe('list validation: Excel cuts a written list at every comma', () => {
  it('offers the items as they are, commas inside them included (from hidden cells)', async () => {
    const items = ['Giấy khen của Chủ tịch UBND huyện, thị xã', 'Không đề nghị', '1,5 điểm'];
    const fake = createFakeExcel({ sheets: [{ name: 'Nhập', visibility: 'visible', rows: [[1]], merges: [] }] });
    const port = createOfficePort({ run: fake.run, isSetSupported: allSets });
    const plain = ['Đạt', 'Không đạt'];
    await port.apply({
      sheets: [
        {
          name: 'Biểu mẫu',
          role: 'input',
          visibility: 'visible',
          rows: [[{ value: 'Hình thức' }, { value: null }]],
          columnWidths: [20, 20],
          merges: [],
          inputs: [
            { range: 'B1', rule: { kind: 'list', values: items, title: 'Chọn', message: 'Chọn trong danh sách' } },
            { range: 'B2', rule: { kind: 'list', values: plain, title: 'Chọn', message: 'Chọn trong danh sách' } },
          ],
        },
      ],
    });
    const sheet = findSheet(fake.model, 'Biểu mẫu');
    expect(JSON.parse(String(sheet?.cells.get(cellKey(0, 1))?.format.validationItems))).toEqual(items);
    expect(JSON.parse(String(sheet?.cells.get(cellKey(1, 1))?.format.validationItems))).toEqual(plain);
    // Column D: one column after the form's two.
    expect(sheet?.hiddenColumns?.has(3)).toBe(true);
    // Only the list that needed cells got a column.
    expect(sheet?.hiddenColumns?.size).toBe(1);
  });
});

describe('the same look in both hosts', () => {
  it('sets the column widths Excel shows for the stored widths ExcelJS writes, in whole pixels', async () => {
    const widths = [6, 8.43, 10, 12.5, 30.7];
    const fake = createFakeExcel({ sheets: [{ name: 'Nhập', visibility: 'visible', rows: [[1]], merges: [] }] });
    const port = createOfficePort({ run: fake.run, isSetSupported: allSets });
    await port.apply({ sheets: [{ name: 'Rộng', role: 'summary', visibility: 'visible', rows: [widths.map((w) => ({ value: w }))], columnWidths: widths, merges: [] }] });
    const set = findSheet(fake.model, 'Rộng')?.columnWidths;
    // ECMA-376: pixels = trunc(((256·w + trunc(128/7)) / 256) · 7) for Calibri 11; Excel keeps whole pixels.
    expect(widths.map((_, i) => (set?.get(i) ?? 0) / 0.75)).toEqual([42, 59, 70, 87, 215]);
    expect(widths.map(widthInPixels)).toEqual([42, 59, 70, 87, 215]);
  });

  it('number formats never end on a separator', () => {
    for (const def of Object.values(styles)) if (def.numFmt) expect({ format: def.numFmt, ok: /\.#*(%|;|$)/.test(def.numFmt) && !/\.0/.test(def.numFmt) }).toEqual({ format: def.numFmt, ok: false });
  });
});
