/**
 * Highlights people can read, in the ExcelJS, memory and office hosts: a colour by severity and the
 * finding's words as the cell's note (in Excel from ExcelApi 1.18, Worksheet.notes); one «clear»
 * removes both and leaves a person's own notes.
 */
import ExcelJS from 'exceljs';
import { createMemoryWorkbook } from '../../src/adapters/memory/port';
import { createXlsxPort, loadWorkbook, saveWorkbook } from '../../src/adapters/xlsx/port';
import { snapshotWorkbook } from '../../src/adapters/xlsx/read';
import { highlightMarker } from '../../src/workbook/render/highlights';
import { highlightFills, highlightFonts } from '../../src/workbook/render/styles';
import type { Highlight } from '../../src/workbook/spec';
import { formatsOf } from './helpers';
import { checkRequirements, createOfficePort, reducedMessage } from '../../src/adapters/office/port';
import { addUserComment, addUserNote, createFakeExcel, highlightsIn, measure, notesIn, supportsUpTo } from '../fake-excel';

const highlights: Highlight[] = [
  { sheet: 'Kết quả', address: 'B2', kind: 'error', note: 'Lỗi: điểm vượt tối đa → sửa về 5' },
  { sheet: 'Kết quả', address: 'C2', kind: 'warning', note: 'Cảnh báo: dưới ngưỡng → xem minh chứng' },
  { sheet: 'Kết quả', address: 'C3', kind: 'tierChange', note: 'Điểm đã đổi giữa các cấp chấm: Tự chấm → Hội đồng: -0,5' },
  // A cell a person already wrote a note on: the colour goes on, the note stays theirs.
  { sheet: 'Kết quả', address: 'D2', kind: 'warning', note: 'Cảnh báo: khác' },
];

function noteOf(ws: ExcelJS.Worksheet | undefined, address: string): string | undefined {
  const note: unknown = ws?.getCell(address).note;
  if (note === undefined || note === null) return undefined;
  if (typeof note === 'string') return note;
  return (note as { texts: { text: string }[] }).texts.map((t) => t.text).join('');
}

async function workbook(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Kết quả');
  ws.addRow(['Tiêu chí', 'Tự chấm', 'Thẩm định', 'Ghi chú']);
  ws.addRow(['1.1', 7, 2, 'x']);
  ws.addRow(['1.2', 4, null, '']);
  ws.getCell('D2').note = 'Ghi chú của cán bộ';
  return loadWorkbook(await saveWorkbook(wb));
}

describe('highlights with notes in the ExcelJS host', () => {
  it('colours each cell by severity, writes the finding as a note, and keeps a person’s note', async () => {
    const wb = await workbook();
    const before = JSON.stringify(snapshotWorkbook(wb));
    await createXlsxPort(wb).apply({ sheets: [], highlights });
    const out = await loadWorkbook(await saveWorkbook(wb));
    const ws = out.getWorksheet('Kết quả');
    const colour = new Map<string, string>();
    for (const cf of ws ? formatsOf(ws) : []) {
      const json = JSON.stringify(cf);
      const kind = new RegExp(`${highlightMarker}:(\\w+)`).exec(json)?.[1] ?? '';
      for (const a of cf.ref.split(' ')) colour.set(a, kind);
      expect(json).toContain(highlightFills[kind as keyof typeof highlightFills]);
      expect(json).toContain(highlightFonts[kind as keyof typeof highlightFonts]);
    }
    expect(Object.fromEntries(colour)).toEqual({ B2: 'error', C2: 'warning', C3: 'tierChange', D2: 'warning' });
    expect(noteOf(ws, 'B2')).toBe('[Thi đua]\nLỗi: điểm vượt tối đa → sửa về 5');
    // An empty cell gets its note too (a missing score is highlighted where it should be). It is in the
    // file for Excel, but ExcelJS reads no note of an empty cell back: look at the workbook written.
    expect(noteOf(wb.getWorksheet('Kết quả'), 'C3')).toBe('[Thi đua]\nĐiểm đã đổi giữa các cấp chấm: Tự chấm → Hội đồng: -0,5');
    expect(noteOf(ws, 'D2')).toBe('Ghi chú của cán bộ');
    // No value changed.
    expect(JSON.stringify(snapshotWorkbook(out))).toBe(before);
  });

  it('removes the colours and its own notes with one clear, and nothing a person wrote', async () => {
    const wb = await workbook();
    const port = createXlsxPort(wb);
    await port.apply({ sheets: [], highlights });
    await port.clearHighlights();
    const out = await loadWorkbook(await saveWorkbook(wb));
    const ws = out.getWorksheet('Kết quả');
    expect(ws ? formatsOf(ws) : []).toEqual([]);
    expect(['B2', 'C2', 'C3'].map((a) => noteOf(ws, a))).toEqual([undefined, undefined, undefined]);
    expect(noteOf(ws, 'D2')).toBe('Ghi chú của cán bộ');
  });

  it('replaces its notes on a second run instead of piling them up', async () => {
    const wb = await workbook();
    const port = createXlsxPort(wb);
    await port.apply({ sheets: [], highlights });
    await port.apply({ sheets: [], highlights: [{ sheet: 'Kết quả', address: 'B2', kind: 'warning', note: 'Cảnh báo: mới' }] });
    const ws = wb.getWorksheet('Kết quả');
    expect(noteOf(ws, 'B2')).toBe('[Thi đua]\nCảnh báo: mới');
    expect(noteOf(ws, 'C2')).toBeUndefined();
  });
});

describe('highlights with notes in the memory host', () => {
  it('keeps kind and note of each highlight and clears them in one action', async () => {
    const memory = createMemoryWorkbook({ sheets: [] });
    await memory.port.apply({ sheets: [], highlights });
    expect(memory.highlights()).toEqual(highlights);
    await memory.port.clearHighlights();
    expect(memory.highlights()).toEqual([]);
  });
});

describe('highlights with notes in the office host', () => {
  const office = async (level?: string) => {
    const wb = await workbook();
    const snapshot = snapshotWorkbook(wb);
    const fake = createFakeExcel(snapshot, level === undefined ? {} : { level });
    // The person's note of the workbook (ExcelJS reads notes, the snapshot does not carry them).
    addUserNote(fake.model, 'Kết quả', 'D2', 'Ghi chú của cán bộ');
    return { fake, port: createOfficePort({ run: fake.run, isSetSupported: supportsUpTo(level) }) };
  };
  const kinds = (fake: Awaited<ReturnType<typeof office>>['fake']) => Object.fromEntries(highlightsIn(fake.model).map((h) => [h.address, h.kind]));

  it('writes the finding as a note from ExcelApi 1.18, keeps a person’s note, in the syncs of the colours', async () => {
    const { fake, port } = await office();
    const written = await measure(fake, () => port.apply({ sheets: [], highlights }));
    expect(kinds(fake)).toEqual({ B2: 'error', C2: 'warning', C3: 'tierChange', D2: 'warning' });
    expect(notesIn(fake.model)).toEqual([
      { sheet: 'Kết quả', address: 'B2', content: '[Thi đua]\nLỗi: điểm vượt tối đa → sửa về 5' },
      { sheet: 'Kết quả', address: 'C2', content: '[Thi đua]\nCảnh báo: dưới ngưỡng → xem minh chứng' },
      { sheet: 'Kết quả', address: 'C3', content: '[Thi đua]\nĐiểm đã đổi giữa các cấp chấm: Tự chấm → Hội đồng: -0,5' },
      { sheet: 'Kết quả', address: 'D2', content: 'Ghi chú của cán bộ' },
    ]);
    // The four syncs of a write, notes or not.
    expect(written.syncs).toBe(4);
  });

  it('leaves a cell holding a threaded comment without a note (Excel takes one or the other)', async () => {
    const { fake, port } = await office();
    addUserComment(fake.model, 'Kết quả', 'C2', 'Anh xem lại số này');
    await port.apply({ sheets: [], highlights });
    expect(notesIn(fake.model).map((n) => n.address)).toEqual(['B2', 'C3', 'D2']);
    expect(kinds(fake).C2).toBe('warning');
  });

  it('replaces its notes on a second run, removing those of cells no longer highlighted', async () => {
    const { fake, port } = await office();
    await port.apply({ sheets: [], highlights });
    const again = await measure(fake, () => port.apply({ sheets: [], highlights: [{ sheet: 'Kết quả', address: 'B2', kind: 'warning', note: 'Cảnh báo: mới' }] }));
    expect(notesIn(fake.model)).toEqual([
      { sheet: 'Kết quả', address: 'B2', content: '[Thi đua]\nCảnh báo: mới' },
      { sheet: 'Kết quả', address: 'D2', content: 'Ghi chú của cán bộ' },
    ]);
    expect(again.syncs).toBe(4);
  });

  it('removes the colours and its own notes with one clear, and nothing a person wrote', async () => {
    const { fake, port } = await office();
    await port.apply({ sheets: [], highlights });
    const cleared = await measure(fake, () => port.clearHighlights());
    expect(highlightsIn(fake.model)).toEqual([]);
    expect(notesIn(fake.model)).toEqual([{ sheet: 'Kết quả', address: 'D2', content: 'Ghi chú của cán bộ' }]);
    expect(cleared.syncs).toBe(4);
  });

  it('below ExcelApi 1.18 colours only, and the pane says so once', async () => {
    const { fake, port } = await office('1.17');
    await port.apply({ sheets: [], highlights });
    expect(kinds(fake)).toEqual({ B2: 'error', C2: 'warning', C3: 'tierChange', D2: 'warning' });
    expect(notesIn(fake.model)).toEqual([{ sheet: 'Kết quả', address: 'D2', content: 'Ghi chú của cán bộ' }]);
    await port.clearHighlights();
    expect(highlightsIn(fake.model)).toEqual([]);
    expect(checkRequirements(supportsUpTo('1.17')).reduced).toEqual(['notes']);
    expect(reducedMessage(checkRequirements(supportsUpTo('1.17')))).toMatch(/không kèm ghi chú/);
    expect(checkRequirements(supportsUpTo('1.18')).reduced).toEqual([]);
  });
});
