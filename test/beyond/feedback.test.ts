/**
 * Packets back to the units: each holds its own results and nothing of any other unit — not in a
 * cell, a hidden or very hidden sheet, a defined name, the document properties or the shared strings.
 * The packets are made from a workbook already scored, whose «Tổng hợp» lists every unit: the use case
 * must build them from its own run, never copy a sheet.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { writeFeedbackToFolder } from '../../src/adapters/xlsx/feedback-folder';
import { scoreFile } from '../../src/adapters/xlsx/file';
import type { RankedUnit } from '../../src/domain/evaluate/types';
import type { Unit } from '../../src/domain/input/schema';
import { en } from '../../src/i18n/en';
import { vi } from '../../src/i18n/vi';
import { runCli, sample } from '../helpers/cli';

const now = new Date('2024-12-20T02:00:00Z');

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A code as a whole token: "TH1" must not be found inside "TH10", nor "TH01" inside "THCS01". */
function codePattern(code: string): RegExp {
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(code)}($|[^\\p{L}\\p{N}])`, 'u');
}

interface Opened {
  readonly file: string;
  /** Every part of the zip, as text. */
  readonly xml: string;
  readonly wb: ExcelJS.Workbook;
  /** Every cell value of every sheet, as text, and the numbers among them. */
  readonly texts: string[];
  readonly numbers: number[];
}

async function open(path: string): Promise<Opened> {
  const data = readFileSync(path);
  const zip = await JSZip.loadAsync(data);
  const parts: string[] = [];
  for (const name of Object.keys(zip.files).sort()) {
    const entry = zip.files[name];
    if (entry && !entry.dir) parts.push(`<<${name}>>`, await entry.async('string'));
  }
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const texts: string[] = [];
  const numbers: number[] = [];
  for (const ws of wb.worksheets) {
    texts.push(ws.name);
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cell.value;
        if (typeof v === 'number') numbers.push(v);
        else if (v !== null && v !== undefined) texts.push(typeof v === 'object' && 'richText' in v ? v.richText.map((r) => r.text).join('') : String(v));
      }),
    );
  }
  return { file: path, xml: parts.join('\n').normalize('NFC'), wb, texts, numbers };
}

describe('feedback packets of the sample', () => {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-feedback-'));
  let scored = '';
  let units: Unit[] = [];
  let ranked: RankedUnit[] = [];
  let folder = '';
  let written: { unitCode: string; path: string }[] = [];

  beforeAll(async () => {
    scored = join(dir, 'da-cham.xlsx');
    const run = await scoreFile(sample, scored, { now });
    units = [...(run.result.input?.units ?? [])];
    ranked = (run.result.evaluation?.blocks ?? []).flatMap((b) => b.units);
    folder = join(dir, 'goi');
    const made = await writeFeedbackToFolder(scored, folder, { now });
    written = [...made.written];
  }, 120_000);

  it('writes one packet per unit of the register, named by its code and name', () => {
    expect(units).toHaveLength(30);
    expect(written.map((w) => w.unitCode)).toEqual(units.map((u) => u.code));
    expect(readdirSync(folder).sort()).toHaveLength(30);
    expect(readdirSync(folder)).toContain('MN01 - Trường Mầm non Tân Thạch - Thông báo kết quả.xlsx');
  });

  it('no packet holds another unit’s name, code or score anywhere in the file', async () => {
    let checked = 0;
    for (const w of written) {
      const own = units.find((u) => u.code === w.unitCode);
      const ownScore = ranked.find((r) => r.unit.code === w.unitCode);
      if (!own || !ownScore) throw new Error(`no unit ${w.unitCode}`);
      const p = await open(w.path);
      // One visible sheet; no hidden or very hidden one; no defined name but the print titles of that sheet.
      expect(p.wb.worksheets.map((ws) => ws.state)).toEqual(['visible']);
      const definedNames = (p.wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
      for (const dn of definedNames) expect(dn.name).toMatch(/^_xlnm\./);
      // Document properties: the issuing office made it, the title names this unit only.
      expect(p.wb.creator).toBe('Phòng Giáo dục và Đào tạo huyện Châu Thành');
      expect(p.wb.title).toContain(own.name);
      expect(p.xml).not.toMatch(/<<docProps\/custom\.xml>>/);
      // Its own name and code are there — the search below would find the others if they were.
      expect(p.xml).toContain(own.name);
      expect(p.xml).toMatch(codePattern(own.code));
      const cells = p.texts.join('\n');
      for (const other of units) {
        if (other.code === own.code) continue;
        // Unit names of the sample are not substrings of one another, so a plain search is exact.
        expect({ unit: own.code, found: p.xml.includes(other.name) || cells.includes(other.name) ? other.name : '' }).toEqual({ unit: own.code, found: '' });
        expect({ unit: own.code, found: codePattern(other.code).test(p.xml) ? other.code : '' }).toEqual({ unit: own.code, found: '' });
      }
      // Scores: another unit's total or base sums appear nowhere — not as a cell, not as text in any
      // part — unless the very same number is one of this unit's own figures (two units share 92,49).
      const block = ranked.filter((r) => r.unit.block === ownScore.unit.block);
      const leader = Math.max(...block.map((r) => r.total));
      const allowed = new Set<number>([
        ownScore.total,
        ownScore.base,
        ownScore.bonus,
        ownScore.deduction,
        ...[ownScore.selfBase, ownScore.appraisedBase].filter((v): v is number => v !== undefined),
        ...ownScore.criteria.flatMap((c) => [c.used, c.self, c.appraised, c.computed, c.actual, c.maxPoints].filter((v): v is number => v !== undefined)),
        Math.round((block.reduce((a, r) => a + r.total, 0) / block.length) * 100) / 100,
        Math.round((leader - ownScore.total) * 1e6) / 1e6,
      ]);
      const everything = `${p.xml}\n${cells}`;
      for (const other of ranked) {
        if (other.unit.code === own.code) continue;
        for (const value of [other.total, other.selfBase, other.appraisedBase]) {
          // Whole numbers are too common (maximums, ranks, years) to mean anything.
          if (value === undefined || Number.isInteger(value) || allowed.has(value)) continue;
          const [int = '', frac = ''] = String(value).split('.');
          const pattern = new RegExp(`(^|[^\\d.,])${int}[.,]${frac}($|[^\\d])`);
          expect({ unit: own.code, other: other.unit.code, value, found: pattern.test(everything) }).toEqual({ unit: own.code, other: other.unit.code, value, found: false });
        }
      }
      checked++;
    }
    expect(checked).toBe(30);
  }, 120_000);

  it('says the unit’s total, band, rank, the block average and the gap to the leader', async () => {
    const w = written.find((x) => x.unitCode === 'MN01');
    const p = await open(w?.path ?? '');
    const mn = ranked.filter((r) => r.unit.block === 'Cụm Mầm non');
    const me = mn.find((r) => r.unit.code === 'MN01');
    const average = Math.round((mn.reduce((a, r) => a + r.total, 0) / mn.length) * 100) / 100;
    expect(me?.total).toBe(92.49);
    expect(p.numbers).toContain(92.49);
    expect(p.numbers).toContain(average);
    expect(p.texts).toContain(`${me?.rank}/10`);
    expect(p.texts).toContain('kém 4,79 điểm'); // 97,28 − 92,49, the leader unnamed
    expect(p.texts).toContain('Tốt');
    // The changes made by appraisal, and what Xuất sắc would need (every base criterion ≥ 85% of its maximum).
    expect(p.texts).toContain('Tự chấm → Hội đồng: -0,5');
    expect(p.texts.some((s) => s.startsWith('Để đạt xếp loại «Xuất sắc»'))).toBe(true);
    expect(p.texts.some((s) => s.startsWith('- Tiêu chí 8.2 ') && s.includes('4,25') && s.includes('hiện 2'))).toBe(true);
  }, 60_000);

  it('never replaces a file already in the folder', async () => {
    const target = join(dir, 'lan-2');
    const taken = join(target, 'MN01 - Trường Mầm non Tân Thạch - Thông báo kết quả.xlsx');
    await writeFeedbackToFolder(scored, target, { now }); // makes the folder and the 30 files
    writeFileSync(taken, 'sửa tay, không được ghi đè');
    const run = await runCli('feedback', [scored, '-o', target, '--now', now.toISOString()]);
    expect(run.code).toBe(0);
    expect(readFileSync(taken, 'utf8')).toBe('sửa tay, không được ghi đè');
    const files = readdirSync(target);
    expect(files).toHaveLength(60);
    expect(files).toContain('MN01 - Trường Mầm non Tân Thạch - Thông báo kết quả (2).xlsx');
    expect(files.filter((f) => f.startsWith('.'))).toEqual([]);
    expect(run.stdout).toContain('không ghi đè');
  }, 120_000);

  it('needs an input and a folder (exit 2); an unreadable workbook is exit 1', async () => {
    const noFolder = await runCli('feedback', [scored]);
    expect([noFolder.code, noFolder.stderr.split('\n')[0]]).toEqual([2, vi.cliHelp.errors.missingOption({ option: '--out', usage: vi.cliHelp.commands.feedback.usage })]);
    expect((await runCli('feedback', [scored, '-o', dir, '--bogus'])).code).toBe(2);
    const bad = join(dir, 'bad.xlsx');
    writeFileSync(bad, 'not a workbook');
    const unreadable = await runCli('feedback', [bad, '-o', join(dir, 'x')]);
    expect(unreadable.code).toBe(1);
    // Read like every command's input: the content is recognised and named (here a text file), in the asked language.
    expect(unreadable.stderr.trim()).toBe(vi.safety.kinds.text({ file: bad }));
    const english = await runCli('feedback', [bad, '-o', join(dir, 'x'), '--lang', 'en']);
    expect(english.stderr.trim()).toBe(en.safety.kinds.text({ file: bad }));
  }, 60_000);
});
