/** `plan-from-table`: prints the proposal, writes only after confirmation, never over a file or a plan sheet. */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { en } from '../../src/i18n/en';
import { vi } from '../../src/i18n/vi';
import { parsePlanSheet } from '../../src/workbook/plan/parse';
import { snapshotWorkbook } from '../../src/adapters/xlsx/read';
import { runArgv, type CliRun } from '../helpers/cli';
import { excerptDocx } from './shapes';

const now = new Date('2025-03-01T00:00:00Z');

/** `thidua plan-from-table …` in-process; `answer` is what the officer types on a terminal. */
function planFromTable(args: readonly string[], answer?: string): Promise<CliRun> {
  if (answer === undefined) return runArgv(['plan-from-table', ...args, '--now', now.toISOString()]);
  const stdin = new PassThrough() as PassThrough & { isTTY?: boolean };
  stdin.isTTY = true;
  stdin.end(`${answer}\n`);
  return runArgv(['plan-from-table', ...args, '--now', now.toISOString()], { stdin });
}

let dir: string;
let docx: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plan-table-'));
  docx = join(dir, 'bang-diem.docx');
  writeFileSync(docx, await excerptDocx());
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('prints the summary and writes nothing without confirmation when stdin is not a terminal', async () => {
  const out = join(dir, 'khong-ghi.xlsx');
  const run = await planFromTable([docx, '-o', out]);
  expect(run.code).toBe(1);
  expect(run.stdout).toContain('Tìm thấy 17 tiêu chí');
  expect(run.stdout).toContain('a1.1  Mỗi trường hợp chậm triển khai: trừ 0,5 điểm.  [trừ; 0,5 điểm/trường hợp, tối đa 1,5]  (dòng 6)');
  expect(run.stdout).toContain('Dòng 7: giới hạn điểm trừ 1,5 điểm của mục a1');
  expect(run.stderr).toContain('cần xác nhận');
  expect(existsSync(out)).toBe(false);
});

it('asks on a terminal and writes only on yes', async () => {
  const out = join(dir, 'hoi.xlsx');
  const no = await planFromTable([docx, '-o', out], 'k');
  expect(no.code).toBe(1);
  expect(no.stdout).toContain(vi.planTable.confirm({ file: out }));
  expect(no.stdout).toContain(vi.planTable.notConfirmed);
  expect(existsSync(out)).toBe(false);
  const yes = await planFromTable([docx, '-o', out], 'c');
  expect(yes.code).toBe(0);
  expect(existsSync(out)).toBe(true);
});

it('writes a plan sheet that reads back as a plan with --yes, and refuses to write over the file afterwards', async () => {
  const out = join(dir, 'ke-hoach.xlsx');
  const first = await planFromTable([docx, '-o', out, '--yes']);
  expect(first.code).toBe(0);
  expect(first.stdout).toContain('Đã ghi trang «Kế hoạch»');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(readFileSync(out)).buffer);
  const sheet = snapshotWorkbook(wb).sheets.find((s) => s.name === 'Kế hoạch');
  expect(sheet).toBeDefined();
  const back = sheet ? parsePlanSheet(sheet) : undefined;
  expect(back?.plan?.criteria.map((c) => c.code)).toContain('II.4');
  expect(back?.plan?.info.scale).toBe(100);

  const before = readFileSync(out);
  const again = await planFromTable([docx, '-o', out, '--yes']);
  expect(again.code).toBe(1);
  expect(again.stderr).toContain('đã có');
  expect(readFileSync(out).equals(before)).toBe(true);
});

it('adds the plan to a workbook with the pasted table, and refuses one that already has a plan', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Bảng dán');
  ws.addRow(['STT', 'Nội dung', 'Điểm chuẩn', 'Điểm thưởng', 'Điểm trừ']);
  ws.addRow(['1', 'Công tác chuyên môn', 60]);
  ws.addRow(['2', 'Công tác đoàn thể', 40]);
  ws.addRow(['3', 'Mỗi sáng kiến: cộng 1 điểm', null, 1]);
  const input = join(dir, 'dan.xlsx');
  await wb.xlsx.writeFile(input);
  const out = join(dir, 'dan.ke-hoach.xlsx');
  const run = await planFromTable([input, '--yes', '--lang', 'en']);
  expect(run.code).toBe(0);
  expect(run.stdout).toContain('Found 3 criteria');
  const done = new ExcelJS.Workbook();
  await done.xlsx.load(new Uint8Array(readFileSync(out)).buffer);
  expect(done.worksheets.map((w) => w.name)).toEqual(['Bảng dán', 'Kế hoạch']);

  const refused = await planFromTable([out, '-o', join(dir, 'lan-hai.xlsx'), '--yes', '--sheet', 'Bảng dán']);
  expect(refused.code).toBe(1);
  expect(refused.stderr).toContain('đã có trang kế hoạch «Kế hoạch»');
  expect(existsSync(join(dir, 'lan-hai.xlsx'))).toBe(false);
});

it('says what is wrong with the arguments or the file', async () => {
  const usage = await planFromTable([]);
  expect(usage.code).toBe(2);
  expect(usage.stderr).toContain('plan-from-table');
  const unknown = await planFromTable([docx, '--khong-co']);
  expect(unknown.code).toBe(2);
  const missing = await planFromTable([join(dir, 'khong-co.docx')]);
  expect(missing.code).toBe(1);
  expect(missing.stderr).toContain('Không tìm thấy tệp');
  const english = await planFromTable([join(dir, 'khong-co.docx'), '--lang', 'en']);
  expect([english.code, english.stderr.trim()]).toEqual([1, en.planTable.notFound({ file: join(dir, 'khong-co.docx') })]);
  const notWord = join(dir, 'hong.docx');
  writeFileSync(notWord, 'không phải zip');
  const broken = await planFromTable([notWord]);
  expect(broken.code).toBe(1);
  expect(broken.stderr).toContain('chỉ nhận .docx');
  const sheet = await planFromTable([join(dir, 'dan.xlsx'), '--sheet', 'Không có']);
  expect(sheet.code).toBe(1);
  expect(sheet.stderr).toContain('Tệp không có trang «Không có»');
});
