/** The command line, run as a user runs it. */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, sample } from '../helpers/cli';


const score = (args: string[]) => runCli('score', args);

describe('thidua score', () => {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-cli-'));

  it('scores a workbook into a new file and prints the ranking, ratios and findings', async () => {
    const input = join(dir, 'in.xlsx');
    copyFileSync(sample, input);
    const before = readFileSync(input);
    const out = join(dir, 'out.xlsx');
    const r = await score([input, '-o', out, '--now', '2024-12-20T02:00:00Z']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Cụm Mầm non:');
    expect(r.stdout).toMatch(/Tỷ lệ «.*cấp huyện»: 201\/274 = 73,4% \(yêu cầu ≥ 80%\) — KHÔNG ĐẠT/);
    expect(r.stdout).toMatch(/Tổng số: 357 đề nghị · \d+ đủ điều kiện, \d+ không đủ điều kiện, \d+ cần kiểm tra · Hội đồng 9 thành viên\./);
    expect(r.stdout).toMatch(/Kết quả kiểm tra: \d+ lỗi, \d+ cảnh báo, \d+ thông tin\./);
    expect(existsSync(out)).toBe(true);
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it('refuses to overwrite its input', async () => {
    const input = join(dir, 'same.xlsx');
    copyFileSync(sample, input);
    const r = await score([input, '-o', input]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('không ghi đè');
  });

  it('says plainly when a file cannot be read, with a non-zero exit', async () => {
    const bogus = join(dir, 'bogus.xlsx');
    writeFileSync(bogus, 'this is not a zip');
    const r = await score([bogus]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`Tệp «${bogus}» là tệp văn bản`);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/); // no stack trace
    const missing = await score([join(dir, 'missing.xlsx')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Không tìm thấy tệp');
  });

  it('rejects unknown options with the usage', async () => {
    const r = await score(['--bogus']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Cách dùng');
  });
});
