/**
 * Highlights people can read, in the ExcelJS and memory hosts: a colour by severity and the
 * finding's words as the cell's note; one «clear» removes both and leaves a person's own notes.
 */
import ExcelJS from 'exceljs';
import { createMemoryWorkbook } from '../../src/adapters/memory/port';
import { createXlsxPort, loadWorkbook, saveWorkbook } from '../../src/adapters/xlsx/port';
import { snapshotWorkbook } from '../../src/adapters/xlsx/read';
import { highlightMarker } from '../../src/workbook/render/highlights';
import { highlightFills, highlightFonts } from '../../src/workbook/render/styles';
import type { Highlight } from '../../src/workbook/spec';
import { formatsOf } from './helpers';

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
