/**
 * Tiers of appraisal and the printed fingerprint, end to end through the ExcelJS host: a copy of the
 * sample gets a block leader column and a reason column on one unit sheet (added here; the committed
 * sample is not changed), is scored, written and read back.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type ExcelJS from 'exceljs';
import { scoreWorkbook } from '../../src/app/score';
import { createXlsxPort, loadWorkbook, saveWorkbook } from '../../src/adapters/xlsx/port';
import { snapshotSheet, snapshotWorkbook } from '../../src/adapters/xlsx/read';
import { cellText } from '../../src/workbook/grid';
import { parseInputs } from '../../src/workbook/parse/inputs';
import { parsePlanSheet } from '../../src/workbook/plan/parse';
import { shortFingerprint } from '../../src/workbook/render/audit-log';
import { highlightMarker } from '../../src/workbook/render/highlights';
import { findPlanSheet, inputFingerprintOf, inputSheetNames } from '../../src/workbook/run';
import { fingerprint } from '../../src/domain/hash';
import { reload } from './xlsx-dump';

const now = new Date('2024-12-20T02:00:00Z');
const unitSheet = 'MN07'; // Trường Mầm non An Hóa

/** Adds "Điểm khối trưởng" (H) and "Lý do điều chỉnh" (I) to a unit sheet, filled for a few criteria. */
function addTierColumns(ws: ExcelJS.Worksheet, values: Readonly<Record<string, readonly [number, string?]>>): void {
  let header = 0;
  ws.eachRow((row, n) => {
    if (header === 0 && cellText(row.getCell(1).value as string) === 'Mã tiêu chí') header = n;
  });
  if (header === 0) throw new Error('no header row');
  ws.getCell(header, 8).value = 'Điểm khối trưởng';
  ws.getCell(header, 9).value = 'Lý do điều chỉnh';
  ws.eachRow((row, n) => {
    if (n <= header) return;
    const v = values[String(row.getCell(1).value)];
    if (!v) return;
    row.getCell(8).value = v[0];
    if (v[1] !== undefined) row.getCell(9).value = v[1];
  });
}

type Conditional = { ref: string; rules: { formulae?: unknown[] }[] };
function highlightKinds(ws: ExcelJS.Worksheet): Map<string, string> {
  const out = new Map<string, string>();
  const all = (ws as ExcelJS.Worksheet & { conditionalFormattings?: Conditional[] }).conditionalFormattings ?? [];
  for (const cf of all) {
    const formula = cf.rules.flatMap((r) => r.formulae ?? []).map(String).find((f) => f.includes(highlightMarker));
    const kind = formula && /:(\w+)"/.exec(formula)?.[1];
    if (kind) for (const a of cf.ref.split(' ')) out.set(a, kind);
  }
  return out;
}

const rowsOf = (ws: ExcelJS.Worksheet | undefined): string[][] => (ws ? snapshotSheet(ws).rows.map((r) => r.map((c) => cellText(c))) : []);

describe('tiers of appraisal through the xlsx host', () => {
  let out: ExcelJS.Workbook;
  let inputWb: ExcelJS.Workbook;

  beforeAll(async () => {
    inputWb = await loadWorkbook(readFileSync(resolve(__dirname, '../../samples/mau-pgd-chau-thanh-2024.xlsx')));
    const ws = inputWb.getWorksheet(unitSheet);
    if (!ws) throw new Error('no unit sheet');
    // 4.1: self 11 → leader 4 → council 11, no reason; 4.2: self 7 → leader 1 → council 7, with a reason;
    // 2.2: self 3.5 → leader 3 → council 3.5, within the threshold (5 points in this plan).
    addTierColumns(ws, { '4.1': [4], '4.2': [1, 'Bổ sung minh chứng sau thẩm định'], '2.2': [3] });
    const wb = await loadWorkbook(await saveWorkbook(inputWb));
    await scoreWorkbook(createXlsxPort(wb), { now, user: 'canbo.thidua' });
    out = await reload(await saveWorkbook(wb));
  });

  it('writes "Thẩm định các cấp" print-ready, with the changed criteria, reasons and verdicts', () => {
    const ws = out.getWorksheet('Thẩm định các cấp');
    expect(ws?.state).toBe('visible');
    expect(ws?.pageSetup.orientation).toBe('landscape');
    expect(ws?.pageSetup.paperSize).toBe(9);
    expect(ws?.pageSetup.fitToWidth).toBe(1);
    expect(ws?.pageSetup.printTitlesRow).toMatch(/^\$?\d+:\$?\d+$/);
    const rows = rowsOf(ws);
    const unitRow = rows.findIndex((r) => r[1] === 'Trường Mầm non An Hóa — tổng điểm các tiêu chí cơ bản');
    expect(unitRow).toBeGreaterThan(0);
    // Totals side by side: the block leader scored only three criteria, so his total is not added up.
    expect(rows[unitRow]?.[3]).toBe('chưa đủ');
    expect(rows[unitRow]?.[7]).toBe('3 tiêu chí thay đổi, 1 chưa có lý do');
    const criteria = rows.slice(unitRow + 1, unitRow + 4);
    expect(criteria.map((r) => [r[0], r[2], r[3], r[4], r[5], r[6], r[7]])).toEqual([
      ['2.2', '3.5', '3', '3.5', 'Tự chấm → Khối trưởng: -0,5\nKhối trưởng → Hội đồng: +0,5', '', 'Trong ngưỡng'],
      ['4.1', '11', '4', '11', 'Tự chấm → Khối trưởng: -7\nKhối trưởng → Hội đồng: +7', '', 'Chưa có lý do – cần giải trình'],
      ['4.2', '7', '1', '7', 'Tự chấm → Khối trưởng: -6\nKhối trưởng → Hội đồng: +6', 'Bổ sung minh chứng sau thẩm định', 'Đã có lý do'],
    ]);
  });

  it('reports the unexplained changes on "Kiểm tra", at the later tier\'s cells', () => {
    const rows = rowsOf(out.getWorksheet('Kiểm tra')).filter((r) => r[7] === 'TIER_CHANGE_UNEXPLAINED');
    expect(rows.map((r) => [r[1], r[3], r[4]])).toEqual([
      ['Cảnh báo', '4.1', `'${unitSheet}'!F20`],
      ['Cảnh báo', '4.1', `'${unitSheet}'!H20`],
    ]);
  });

  it("highlights every changed later-tier cell: quietly ('tierChange') within the threshold, amber when a reason is missing, the change in the note", () => {
    const ws = out.getWorksheet(unitSheet);
    const kinds = ws ? highlightKinds(ws) : new Map<string, string>();
    for (const a of ['H21', 'F21', 'H13', 'F13']) expect([a, kinds.get(a)]).toEqual([a, 'tierChange']);
    // Over the threshold with no reason: the warning's colour, and its words before the change in the note.
    for (const a of ['H20', 'F20']) {
      expect([a, kinds.get(a)]).toEqual([a, 'warning']);
      const note = String(ws?.getCell(a).note ?? '');
      expect(note).toMatch(/^\[Thi đua\]\nCảnh báo: /);
      expect(note).toContain('Điểm đã đổi giữa các cấp chấm: ');
    }
    expect(String(ws?.getCell('H21').note ?? '')).toMatch(/^\[Thi đua\]\nĐiểm đã đổi giữa các cấp chấm: /);
    // An unchanged criterion is not highlighted, nor a computed self score the council rounded (7.2: 5,5875 → 5,59).
    expect(kinds.get('F9')).toBeUndefined();
    expect(kinds.get('F31')).toBeUndefined();
  });

  it('prints the input fingerprint on the summary and findings sheets, equal to the one recomputed from the input sheets', async () => {
    const snapshot = snapshotWorkbook(await loadWorkbook(await saveWorkbook(inputWb)));
    const planSheet = findPlanSheet(snapshot);
    const plan = planSheet && parsePlanSheet(planSheet).plan;
    if (!planSheet || !plan) throw new Error('no plan');
    const parsed = parseInputs(snapshot, plan, { skipSheets: new Set([planSheet.name]) });
    const full = inputFingerprintOf(snapshot, inputSheetNames(parsed));
    const names = new Set(inputSheetNames(parsed));
    expect(full).toBe(fingerprint(snapshot.sheets.filter((s) => names.has(s.name)).map((s) => [s.name, s.rows])));
    // The fingerprint is one small footer line on every printed page, not a row of the signed table.
    const printed = (name: string): string | undefined => {
      const footer = out.getWorksheet(name)?.headerFooter.oddFooter ?? '';
      expect(out.getWorksheet(name)?.headerFooter.firstFooter).toBe(footer);
      expect(rowsOf(out.getWorksheet(name)).flat().some((c) => c.startsWith('Mã kiểm tra dữ liệu: '))).toBe(false);
      return /Mã kiểm tra dữ liệu: ([0-9a-f-]+) \(mã đầy đủ ở sheet «Nhật ký chấm điểm»\)/.exec(footer)?.[1];
    };
    for (const name of ['Tổng hợp', 'Kiểm tra', 'Thẩm định các cấp']) {
      expect([name, printed(name)]).toEqual([name, shortFingerprint(full)]);
      // No print area is set: the whole used range prints, title rows included.
      expect(out.getWorksheet(name)?.pageSetup.printArea).toBeUndefined();
    }
    const logRows = rowsOf(out.getWorksheet('Nhật ký chấm điểm'));
    const last = logRows[logRows.length - 1] ?? [];
    expect(last[5]).toBe(full);
    expect(last[3]).toBe('canbo.thidua');
  });
});
