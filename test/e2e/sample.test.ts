/**
 * End to end on real .xlsx files: the bundled sample is built, scored through the ExcelJS host,
 * written, read back, and compared cell by cell with reviewed golden files.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type ExcelJS from 'exceljs';
import { createXlsxPort, loadWorkbook, saveWorkbook } from '../../src/adapters/xlsx/port';
import { scoreWorkbook } from '../../src/app/score';
import { snapshotWorkbook } from '../../src/adapters/xlsx/read';
import { highlightMarker } from '../../src/workbook/render/highlights';
import { buildSampleWorkbook } from '../../scripts/lib/sample';
import { dumpSheet, reload, valuesExcept } from './xlsx-dump';
import { expectGolden } from '../helpers/golden';

const now = new Date('2024-12-20T02:00:00Z');
const golden = expectGolden;

type Conditional = { ref: string; rules: { type: string; formulae?: unknown[] }[] };
function ownHighlights(ws: ExcelJS.Worksheet): Conditional[] {
  const all = (ws as ExcelJS.Worksheet & { conditionalFormattings?: Conditional[] }).conditionalFormattings ?? [];
  return all.filter((cf) => cf.rules.some((r) => (r.formulae ?? []).some((f) => String(f).includes(highlightMarker))));
}

describe('the bundled sample workbook', () => {
  let input: Uint8Array;
  let output: Uint8Array;
  let outWb: ExcelJS.Workbook;

  beforeAll(async () => {
    input = await saveWorkbook(await buildSampleWorkbook());
    const wb = await loadWorkbook(input);
    await scoreWorkbook(createXlsxPort(wb), { now });
    output = await saveWorkbook(wb);
    outWb = await reload(output);
  });

  it('is the committed sample file (rebuild with npm run sample)', async () => {
    const committed = await loadWorkbook(readFileSync(resolve(__dirname, '../../samples/mau-pgd-chau-thanh-2024.xlsx')));
    const fresh = await loadWorkbook(input);
    expect(snapshotWorkbook(committed)).toEqual(snapshotWorkbook(fresh));
  });

  it('writes "Tổng hợp" as reviewed', () => {
    const ws = outWb.getWorksheet('Tổng hợp');
    expect(ws).toBeDefined();
    if (ws) golden('sample.tong-hop.tsv', dumpSheet(ws));
  });

  it('writes "Kiểm tra" as reviewed, with links to the cells', () => {
    const ws = outWb.getWorksheet('Kiểm tra');
    expect(ws).toBeDefined();
    if (!ws) return;
    golden('sample.kiem-tra.tsv', dumpSheet(ws));
    const links: string[] = [];
    ws.eachRow((row) => row.eachCell((cell) => {
      const v = cell.value;
      if (v && typeof v === 'object' && 'hyperlink' in v) links.push(String(v.hyperlink));
    }));
    expect(links).toContain("#'MN03'!E9");
  });

  it('never changes a value of an input sheet', async () => {
    const before = await loadWorkbook(input);
    const owned = new Set(['Tổng hợp', 'Kiểm tra', 'Thẩm định các cấp', 'Nhật ký chấm điểm', 'ThiDua_TrangThai', 'Tổng hợp đề nghị khen thưởng']);
    expect(valuesExcept(outWb, owned)).toEqual(valuesExcept(before, owned));
  });

  it('marks shortfalls on the input cells as removable conditional formats', () => {
    const mn03 = outWb.getWorksheet('MN03');
    const refs = mn03 ? ownHighlights(mn03).map((cf) => cf.ref).join(' ').split(' ') : [];
    expect(refs).toContain('E9'); // the self score over the maximum
    const th09 = outWb.getWorksheet('TH09');
    expect(th09 ? ownHighlights(th09).map((cf) => cf.ref).join(' ') : '').toContain('F9'); // text in a score cell
  });

  it('keeps its state on a very hidden sheet and prints A4 landscape with repeated headers', () => {
    expect(outWb.getWorksheet('ThiDua_TrangThai')?.state).toBe('veryHidden');
    const summary = outWb.getWorksheet('Tổng hợp');
    expect(summary?.pageSetup.orientation).toBe('landscape');
    expect(summary?.pageSetup.paperSize).toBe(9);
    expect(summary?.pageSetup.printTitlesRow).toMatch(/^\$?\d+:\$?\d+$/);
    expect(summary?.getCell('H1').value).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  });

  it('gives the same sheets when run again on its own output, replacing only what it owns', async () => {
    const again = await loadWorkbook(output);
    await scoreWorkbook(createXlsxPort(again), { now });
    const names = again.worksheets.map((w) => w.name);
    expect(names.filter((n) => n.startsWith('Tổng hợp'))).toEqual(['Tổng hợp', 'Tổng hợp đề nghị khen thưởng']);
    for (const name of ['Tổng hợp', 'Kiểm tra']) {
      const a = again.getWorksheet(name);
      const b = outWb.getWorksheet(name);
      expect(a && dumpSheet(a)).toBe(b && dumpSheet(b));
    }
  });

  it('leaves a user sheet that happens to be called "Tổng hợp" alone and writes "Tổng hợp (2)"', async () => {
    const wb = await loadWorkbook(input);
    const mine = wb.addWorksheet('Tổng hợp');
    mine.getCell('A1').value = 'Bảng của tôi';
    await scoreWorkbook(createXlsxPort(wb), { now });
    expect(wb.getWorksheet('Tổng hợp')?.getCell('A1').value).toBe('Bảng của tôi');
    expect(wb.getWorksheet('Tổng hợp (2)')).toBeDefined();
  });
});
