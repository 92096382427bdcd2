/** The command line, run in-process as a user runs it (the real process is in cli-smoke.test.ts). */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadWorkbook, saveWorkbook } from '../../src/adapters/xlsx/port';
import { commands } from '../../src/cli/registry';
import { en } from '../../src/i18n/en';
import { vi } from '../../src/i18n/vi';
import { runArgv, runCli, sample } from '../helpers/cli';


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

  it('says in words why the output cannot be written, never the system\'s message', async () => {
    const blocker = join(dir, 'la-tep');
    writeFileSync(blocker, 'một tệp, không phải thư mục');
    const out = join(blocker, 'ket-qua.xlsx');
    const r = await score([sample, '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(vi.cli.cannotWrite({ file: out, reason: vi.safety.writeReasons.EEXIST }));
    expect(r.stderr).not.toMatch(/E[A-Z]{3,}|mkdir/);
  });

  it('rejects unknown options, saying which and where the help is', async () => {
    const r = await score(['--bogus']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Lệnh «score» không có tùy chọn «--bogus».');
    expect(r.stderr).toContain('thidua score --help');
  });

  it('exits non-zero when the plan is invalid and nothing was scored, saying where the reasons are', async () => {
    const wb = await loadWorkbook(readFileSync(sample));
    const plan = wb.getWorksheet('Kế hoạch');
    for (let r = 35; r <= 70; r++) if (plan) plan.getRow(r).values = [];
    const input = join(dir, 'ke-hoach-hong.xlsx');
    writeFileSync(input, await saveWorkbook(wb));
    const out = join(dir, 'ke-hoach-hong.out.xlsx');
    const r = await score([input, '-o', out, '--now', '2024-12-20T02:00:00Z']);
    expect(r.code).toBe(1);
    expect(existsSync(out)).toBe(true);
    expect(r.stderr.trim().split('\n').at(-1)).toBe(vi.cliHelp.nothingScored({ sheet: 'Kiểm tra', file: out }));
  }, 60_000);

  it('speaks Vietnamese throughout (no English severity tags) and ends with where to read the findings', async () => {
    const out = join(dir, 'chi-tiet.xlsx');
    const r = await score([sample, '-o', out, '-v', '--now', '2024-12-20T02:00:00Z']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/\[(error|warning|info)\]|\b(error|warning|info):/);
    expect(r.stdout).toMatch(/^ {2}(lỗi|cảnh báo|thông tin): /m);
    expect(r.stdout.trim().split('\n').at(-1)).toMatch(new RegExp(`^Xem chi tiết \\d+ lỗi, cảnh báo và thông tin ở sheet «Kiểm tra» của tệp ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.$`));
  }, 60_000);
});

describe('thidua, the commands and their help', () => {
  it('--help lists every command and every option, in Vietnamese, and exits 0', async () => {
    const r = await runArgv(['--help']);
    expect(r.code).toBe(0);
    for (const c of commands) {
      expect(r.stdout).toContain(c.usage(vi));
      for (const [long, spec] of Object.entries(c.options)) {
        expect(r.stdout).toContain(`--${long}`);
        expect(r.stdout).toContain(spec.describe(vi));
      }
    }
    for (const option of ['--help', '--lang', '--now']) expect(r.stdout).toContain(option);
    expect(r.stdout).toContain(vi.cliHelp.title);
  });

  it('each command has its own help with every option; --lang en gives it in English', async () => {
    for (const c of commands) {
      for (const [language, t] of [['vi', vi], ['en', en]] as const) {
        const r = await runArgv([c.name, '--help', '--lang', language]);
        expect(r.code).toBe(0);
        expect(r.stdout).toContain(c.usage(t));
        expect(r.stdout).toContain(c.summary(t));
        for (const [long, spec] of Object.entries(c.options)) expect(r.stdout).toContain(`--${long}${spec.value ? ` <${spec.value(t)}>` : ''}`);
        for (const spec of Object.values(c.options)) expect(r.stdout).toContain(spec.describe(t));
        expect(r.stdout).toContain(t.cliHelp.exitCodes);
      }
    }
  });

  it('speaks English with --lang en in every command, a file it cannot read included', async () => {
    const missing = join(tmpdir(), 'thidua-khong-co', 'missing.xlsx');
    const files: Readonly<Record<string, readonly string[]>> = {
      score: [missing],
      templates: [missing, '-o', join(tmpdir(), 'thidua-khong-co', 'mau')],
      import: [missing, join(tmpdir(), 'thidua-khong-co'), '-o', join(tmpdir(), 'thidua-khong-co', 'ra.xlsx')],
      'plan-from-table': [missing.replace('.xlsx', '.docx')],
      feedback: [missing, '-o', join(tmpdir(), 'thidua-khong-co', 'phan-hoi')],
      ballots: [missing, '-o', join(tmpdir(), 'thidua-khong-co', 'phieu.xlsx')],
    };
    expect(Object.keys(files).sort()).toEqual(commands.map((c) => c.name).sort());
    for (const c of commands) {
      const r = await runArgv([c.name, ...(files[c.name] ?? []), '--lang', 'en']);
      expect([c.name, r.code]).toEqual([c.name, 1]);
      expect(r.stderr).toMatch(/not found|cannot|could not|not read/i);
      // Only the file names may be Vietnamese: the sentences are English.
      expect(r.stderr.replaceAll(/\S*thidua-khong-co\S*/g, '')).not.toMatch(/[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i);
      const usage = await runArgv([c.name, '--bogus', '--lang', 'en']);
      expect([usage.code, usage.stderr.split('\n')[0]]).toEqual([2, en.cliHelp.errors.unknownOption({ command: c.name, option: '--bogus' })]);
    }
    const unknown = await runArgv(['tinh-diem', '--lang', 'en']);
    expect([unknown.code, unknown.stderr.split('\n')[0]]).toEqual([2, en.cliHelp.errors.unknownCommand({ command: 'tinh-diem', commands: commands.map((c) => c.name).join(', ') })]);
  });

  it('refuses a command without the option it needs, saying which (exit 2, nothing written)', async () => {
    for (const name of ['templates', 'feedback', 'ballots']) {
      const c = commands.find((x) => x.name === name);
      const r = await runArgv([name, sample]);
      expect([r.code, r.stderr.split('\n')[0]]).toEqual([2, vi.cliHelp.errors.missingOption({ option: '--out', usage: c?.usage(vi) ?? '' })]);
      expect(r.stdout).toBe('');
    }
  });

  it('refuses an unknown command instead of scoring the sample (exit 2, nothing written)', async () => {
    const r = await runArgv(['tinh-diem', join(tmpdir(), 'x.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(vi.cliHelp.errors.unknownCommand({ command: 'tinh-diem', commands: commands.map((c) => c.name).join(', ') }));
    expect(r.stdout).toBe('');
    expect((await runArgv([])).code).toBe(2);
  });

  it('refuses an unknown --lang, an option without its value, a bad time and extra files', async () => {
    const lang = await score([sample, '--lang', 'fr']);
    expect([lang.code, lang.stderr.split('\n')[0]]).toEqual([2, vi.cliHelp.errors.unknownLanguage({ language: 'fr' })]);
    const value = await score([sample, '-o']);
    expect([value.code, value.stderr.split('\n')[0]]).toEqual([2, vi.cliHelp.errors.missingValue({ option: '-o', value: vi.cliHelp.values.file })]);
    const forgot = await score([sample, '--lang', '--now', 'x']);
    expect(forgot.code).toBe(2);
    const time = await score([sample, '--now', 'hôm qua']);
    expect([time.code, time.stderr.split('\n')[0]]).toEqual([2, vi.cliHelp.errors.badTime({ value: 'hôm qua' })]);
    const extra = await score([sample, sample]);
    expect([extra.code, extra.stderr.split('\n')[0]]).toEqual([2, vi.cliHelp.errors.tooMany({ extra: sample })]);
    const few = await runArgv(['import', sample]);
    expect(few.code).toBe(2);
    expect(few.stderr).toContain(vi.cliHelp.commands.import.usage);
  });
});
