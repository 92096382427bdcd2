/** `plan-from-table`: prints the proposal, writes only after confirmation, never over a file or a plan sheet. */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { planFromTableCommand, type CommandIo } from '../../src/cli/plan-from-table';
import { parsePlanSheet } from '../../src/workbook/plan/parse';
import { snapshotWorkbook } from '../../src/adapters/xlsx/read';
import { excerptDocx } from './shapes';

const now = new Date('2025-03-01T00:00:00Z');

function io(answer?: string, tty = false): { io: CommandIo; out: () => string; err: () => string } {
  const stdin = new PassThrough() as PassThrough & { isTTY?: boolean };
  if (tty) stdin.isTTY = true;
  if (answer !== undefined) stdin.end(`${answer}\n`);
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let o = '';
  let e = '';
  stdout.on('data', (d: Buffer) => (o += d.toString()));
  stderr.on('data', (d: Buffer) => (e += d.toString()));
  return { io: { stdin, stdout, stderr }, out: () => o, err: () => e };
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
  const run = io();
  const out = join(dir, 'khong-ghi.xlsx');
  expect(await planFromTableCommand([docx, '-o', out], run.io, now)).toBe(1);
  expect(run.out()).toContain('Tìm thấy 17 tiêu chí');
  expect(run.out()).toContain('a1.1  Mỗi trường hợp chậm triển khai: trừ 0,5 điểm.  [trừ; 0,5 điểm/trường hợp, tối đa 1,5]  (dòng 6)');
  expect(run.out()).toContain('Dòng 7: giới hạn điểm trừ 1,5 điểm của mục a1');
  expect(run.err()).toContain('cần xác nhận');
  expect(existsSync(out)).toBe(false);
});

it('asks on a terminal and writes only on yes', async () => {
  const out = join(dir, 'hoi.xlsx');
  const no = io('k', true);
  expect(await planFromTableCommand([docx, '-o', out], no.io, now)).toBe(1);
  expect(existsSync(out)).toBe(false);
  const yes = io('c', true);
  expect(await planFromTableCommand([docx, '-o', out], yes.io, now)).toBe(0);
  expect(existsSync(out)).toBe(true);
});

it('writes a plan sheet that reads back as a plan with --yes, and refuses to write over the file afterwards', async () => {
  const out = join(dir, 'ke-hoach.xlsx');
  const first = io();
  expect(await planFromTableCommand([docx, '-o', out, '--yes'], first.io, now)).toBe(0);
  expect(first.out()).toContain('Đã ghi trang «Kế hoạch»');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(readFileSync(out)).buffer);
  const sheet = snapshotWorkbook(wb).sheets.find((s) => s.name === 'Kế hoạch');
  expect(sheet).toBeDefined();
  const back = sheet ? parsePlanSheet(sheet) : undefined;
  expect(back?.plan?.criteria.map((c) => c.code)).toContain('II.4');
  expect(back?.plan?.info.scale).toBe(100);

  const before = readFileSync(out);
  const again = io();
  expect(await planFromTableCommand([docx, '-o', out, '--yes'], again.io, now)).toBe(1);
  expect(again.err()).toContain('đã có');
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
  const run = io();
  expect(await planFromTableCommand([input, '--yes', '--lang', 'en'], run.io, now)).toBe(0);
  expect(run.out()).toContain('Found 3 criteria');
  const done = new ExcelJS.Workbook();
  await done.xlsx.load(new Uint8Array(readFileSync(out)).buffer);
  expect(done.worksheets.map((w) => w.name)).toEqual(['Bảng dán', 'Kế hoạch']);

  const refused = io();
  expect(await planFromTableCommand([out, '-o', join(dir, 'lan-hai.xlsx'), '--yes', '--sheet', 'Bảng dán'], refused.io, now)).toBe(1);
  expect(refused.err()).toContain('đã có trang kế hoạch «Kế hoạch»');
  expect(existsSync(join(dir, 'lan-hai.xlsx'))).toBe(false);
});

it('says what is wrong with the arguments or the file', async () => {
  const usage = io();
  expect(await planFromTableCommand([], usage.io, now)).toBe(2);
  expect(usage.err()).toContain('plan-from-table');
  const unknown = io();
  expect(await planFromTableCommand([docx, '--khong-co'], unknown.io, now)).toBe(2);
  const missing = io();
  expect(await planFromTableCommand([join(dir, 'khong-co.docx')], missing.io, now)).toBe(1);
  expect(missing.err()).toContain('Không tìm thấy tệp');
  const notWord = join(dir, 'hong.docx');
  writeFileSync(notWord, 'không phải zip');
  const broken = io();
  expect(await planFromTableCommand([notWord], broken.io, now)).toBe(1);
  expect(broken.err()).toContain('chỉ nhận .docx');
  const sheet = io();
  expect(await planFromTableCommand([join(dir, 'dan.xlsx'), '--sheet', 'Không có'], sheet.io, now)).toBe(1);
  expect(sheet.err()).toContain('Tệp không có trang «Không có»');
});
