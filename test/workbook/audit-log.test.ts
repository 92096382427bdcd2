/**
 * The run log "Nhật ký chấm điểm": every writing run adds one row and keeps the earlier ones; a
 * damaged or edited log is kept as read and reported; checking data writes nothing.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createMemoryWorkbook, type MemoryWorkbook } from '../../src/adapters/memory/port';
import { checkData, scoreAndWrite } from '../../src/app/usecases';
import { createXlsxPort, loadWorkbook } from '../../src/adapters/xlsx/port';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../src/workbook/grid';
import { readAuditLog, rowCode, shortFingerprint } from '../../src/workbook/render/audit-log';
import { runScoring } from '../../src/workbook/run';

const log = 'Nhật ký chấm điểm';
const first = new Date('2024-12-20T02:00:00Z');
const second = new Date('2024-12-21T03:30:00Z');
let sample: WorkbookSnapshot;

beforeAll(async () => {
  const wb = await loadWorkbook(readFileSync(resolve(__dirname, '../../samples/mau-pgd-chau-thanh-2024.xlsx')));
  sample = await createXlsxPort(wb).readSnapshot();
});

const sheetOf = (m: MemoryWorkbook, name: string): SheetSnapshot | undefined => m.current().sheets.find((s) => s.name === name);
/** Rows under the log's header row. */
const logRows = (sheet: SheetSnapshot | undefined): CellValue[][] => {
  const rows = sheet?.rows ?? [];
  const header = rows.findIndex((r) => r[0] === 'STT');
  return rows.slice(header + 1).map((r) => [...r]);
};

describe('the run log', () => {
  it('two writing runs append two rows, the first kept as it was', async () => {
    const m = createMemoryWorkbook(sample);
    await scoreAndWrite(m.port, first, { confirmReplace: true, user: 'nguyenvana' });
    const once = logRows(sheetOf(m, log));
    expect(once).toHaveLength(1);
    await scoreAndWrite(m.port, second, { confirmReplace: true });
    const sheet = sheetOf(m, log);
    const twice = logRows(sheet);
    expect(twice).toHaveLength(2);
    expect(twice[0]).toEqual(once[0]);
    const [a, b] = twice;
    expect(a?.slice(0, 4)).toEqual([1, '20/12/2024 09:00', '2024-12-20T02:00:00.000Z', 'nguyenvana']);
    expect(b?.slice(0, 4)).toEqual([2, '21/12/2024 10:30', '2024-12-21T03:30:00.000Z', 'không xác định']);
    expect(sheet?.visibility).toBe('visible');
    expect(readAuditLog(sheet).findings).toEqual([]);
  });

  it('records the fingerprints, the counts and the sheets written', async () => {
    const m = createMemoryWorkbook(sample);
    const outcome = await scoreAndWrite(m.port, first, { confirmReplace: true });
    const row = logRows(sheetOf(m, log))[0] ?? [];
    const { stamp, findings, input } = outcome.result;
    expect(row[4]).toBe(stamp.planFingerprint);
    expect(row[5]).toBe(stamp.inputFingerprint);
    expect(row.slice(6, 11)).toEqual([
      input?.units.length,
      input?.proposals.length,
      findings.filter((f) => f.severity === 'error').length,
      findings.filter((f) => f.severity === 'warning').length,
      findings.filter((f) => f.severity === 'info').length,
    ]);
    expect(row[11]).toBe('Tổng hợp; Tổng hợp đề nghị khen thưởng; Kiểm tra; Thẩm định các cấp; Nhật ký chấm điểm');
    expect(row[12]).toBe(rowCode('', row.map((v) => (typeof v === 'string' || typeof v === 'number' ? v : null))));
  });

  it('checking data appends nothing (it writes nothing at all)', async () => {
    const m = createMemoryWorkbook(sample);
    await scoreAndWrite(m.port, first, { confirmReplace: true });
    const before = m.current();
    await checkData(m.port, second);
    expect(m.current()).toEqual(before);
    expect(logRows(sheetOf(m, log))).toHaveLength(1);
  });

  it('a run that stops for confirmation appends nothing', async () => {
    const m = createMemoryWorkbook(sample);
    await scoreAndWrite(m.port, first, { confirmReplace: true });
    const outcome = await scoreAndWrite(m.port, second, { confirmReplace: false });
    expect(outcome.status).toBe('needsConfirm');
    expect(logRows(sheetOf(m, log))).toHaveLength(1);
  });

  it('an edited row is kept as edited and reported; the next row still chains to it', async () => {
    const m = createMemoryWorkbook(sample);
    await scoreAndWrite(m.port, first, { confirmReplace: true });
    await scoreAndWrite(m.port, second, { confirmReplace: true });
    const sheet = sheetOf(m, log);
    if (!sheet) throw new Error('no log');
    const header = sheet.rows.findIndex((r) => r[0] === 'STT');
    const edited: SheetSnapshot = { ...sheet, rows: sheet.rows.map((r, i) => (i === header + 1 ? r.map((v, c) => (c === 3 ? 'người khác' : v)) : r)) };
    const snapshot = { sheets: m.current().sheets.map((s) => (s.name === log ? edited : s)) };
    const result = runScoring(snapshot, { now: new Date('2024-12-22T00:00:00Z') });
    expect(result.findings.filter((f) => f.code.startsWith('AUDIT_'))).toEqual([
      expect.objectContaining({ code: 'AUDIT_LOG_ROW_CHANGED', severity: 'warning', params: { sheet: log, row: header + 2 } }),
    ]);
    const written = result.writePlan.sheets.find((s) => s.name === log);
    const rows = (written?.rows ?? []).slice(header + 1).map((r) => r.map((c) => c.value));
    expect(rows).toHaveLength(3);
    expect(rows[0]?.[3]).toBe('người khác');
    expect(rows[2]?.[0]).toBe(3);
  });

  it('a deleted row is noticed at the row after it', () => {
    const sheet = (rows: CellValue[][]): SheetSnapshot => ({ name: log, visibility: 'visible', rows, merges: [] });
    const header = ['STT', 'Thời gian (giờ Việt Nam)', 'Thời gian (ISO, UTC)', 'Người chạy', 'Mã kế hoạch', 'Mã kiểm tra dữ liệu', 'Số đơn vị', 'Số đề nghị', 'Lỗi', 'Cảnh báo', 'Thông tin', 'Sheet đã ghi', 'Mã dòng'];
    const r1: (string | number | null)[] = [1, 't1', 'i1', 'u', 'p', 'x', 1, 2, 0, 0, 0, 's'];
    r1.push(rowCode('', r1));
    const r2: (string | number | null)[] = [2, 't2', 'i2', 'u', 'p', 'y', 1, 2, 0, 0, 0, 's'];
    r2.push(rowCode(String(r1[12]), r2));
    const r3: (string | number | null)[] = [3, 't3', 'i3', 'u', 'p', 'z', 1, 2, 0, 0, 0, 's'];
    r3.push(rowCode(String(r2[12]), r3));
    expect(readAuditLog(sheet([header, r1, r2, r3])).findings).toEqual([]);
    const read = readAuditLog(sheet([header, r1, r3]));
    expect(read.findings).toEqual([expect.objectContaining({ code: 'AUDIT_LOG_ROW_CHANGED', params: { sheet: log, row: 3 } })]);
    expect(read.rows).toHaveLength(2);
  });

  it('a log without its header row is kept whole, reported, and the new row added below', async () => {
    const m = createMemoryWorkbook(sample);
    await scoreAndWrite(m.port, first, { confirmReplace: true });
    const sheet = sheetOf(m, log);
    if (!sheet) throw new Error('no log');
    const damaged: SheetSnapshot = { ...sheet, rows: sheet.rows.filter((r) => r[0] !== 'STT') };
    const kept = damaged.rows.filter((r) => r.some((v) => v !== null && v !== '')).length;
    const result = runScoring({ sheets: m.current().sheets.map((s) => (s.name === log ? damaged : s)) }, { now: second });
    expect(result.findings.filter((f) => f.code.startsWith('AUDIT_'))).toEqual([
      expect.objectContaining({ code: 'AUDIT_LOG_DAMAGED', params: { sheet: log, rows: kept } }),
    ]);
    const written = result.writePlan.sheets.find((s) => s.name === log);
    const values = (written?.rows ?? []).map((r) => r.map((c) => c.value));
    // Every old value is still there, in order, and the new run is the last row.
    for (const old of damaged.rows.filter((r) => r.some((v) => v !== null && v !== ''))) {
      expect(values).toContainEqual(expect.arrayContaining(old.filter((v) => v !== null)));
    }
    expect(values[values.length - 1]?.[2]).toBe(second.toISOString());
  });

  it('writes the same bytes for the same input and time (the run is pure)', () => {
    const a = runScoring(sample, { now: first, user: 'x' });
    const b = runScoring(sample, { now: first, user: 'x' });
    expect(JSON.stringify(a.writePlan)).toBe(JSON.stringify(b.writePlan));
  });

  it('groups the short fingerprint by four', () => {
    expect(shortFingerprint('afce204f5dec8437')).toBe('afce-204f-5dec');
  });
});
