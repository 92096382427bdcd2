/**
 * The officer's round trip: templates out of the master, thirty filled workbooks back — written by
 * ExcelJS, then opened and saved again by LibreOffice (a second, independent producer of .xlsx) —
 * imported into the master, scored: the same ranking as the same numbers typed straight into the
 * master. Plus the awkward files: a renamed sheet, extra rows and columns, TCVN3 text, an identical
 * copy, a second file that differs, a form from an older plan, an unknown unit, a file that is not
 * a workbook. Every file is in the log.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import { vi } from '../../src/i18n/vi';
import { foldKey } from '../../src/domain/text/normalize';
import { makeTemplatesFromSnapshot } from '../../src/app/templates';
import { noAnswers } from '../../src/app/import';
import { importFolder } from '../../src/adapters/xlsx/import-folder';
import { loadWorkbook, saveWorkbook } from '../../src/adapters/xlsx/port';
import { snapshotWorkbook } from '../../src/adapters/xlsx/read';
import { writeSheetsToBuffer } from '../../src/adapters/xlsx/sheets';
import { runScoring, type RunResult } from '../../src/workbook/run';
import { templateStateSheetName } from '../../src/workbook/template/state';
import { fillTemplate } from '../helpers/fill-template';
import { skipLibreOffice, sofficePath } from '../helpers/libreoffice';

const now = new Date('2024-12-31T08:00:00Z');
const sample = resolve(__dirname, '../../samples/mau-pgd-chau-thanh-2024.xlsx');
const columns = vi.inputSheets.unitSheet.columns;
const t = vi.importText;

function ranking(result: RunResult): unknown {
  return result.evaluation?.blocks.map((b) => b.units.map((u) => [u.unit.code, u.total, u.rank, u.band ?? '', u.award?.form ?? '']));
}

describe('templates out, results in, nothing lost', () => {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-import-'));
  const returned = join(dir, 'returned');
  const masterPath = join(dir, 'master.xlsx');
  let direct: RunResult;
  let made: ReturnType<typeof makeTemplatesFromSnapshot>;

  beforeAll(async () => {
    const sampleWb = await loadWorkbook(readFileSync(sample));
    direct = runScoring(snapshotWorkbook(sampleWb), { now });
    // The master the officer keeps: the plan, the register and the proposals, no unit sheets yet.
    const unitSheets = new Set((direct.input?.results ?? []).map((r) => r.sheet));
    for (const ws of [...sampleWb.worksheets]) if (unitSheets.has(ws.name)) sampleWb.removeWorksheet(ws.id);
    writeFileSync(masterPath, await saveWorkbook(sampleWb));
    made = makeTemplatesFromSnapshot(snapshotWorkbook(await loadWorkbook(readFileSync(masterPath))));
    mkdirSync(returned);
    const filledDir = join(dir, 'filled');
    mkdirSync(filledDir);
    const results = new Map((direct.input?.results ?? []).map((r) => [r.unitCode, r.entries]));
    for (const [i, tpl] of made.templates.entries()) {
      const unit = made.units[i];
      if (!unit) throw new Error('unit');
      const wb = await loadWorkbook(await writeSheetsToBuffer(tpl.sheets, { now }));
      const ws = wb.worksheets.find((w) => w.state === 'visible');
      if (!ws) throw new Error('no visible sheet');
      // i = 2: a note typed in TCVN3 (.VnTime) in an old file — "đạt chuẩn" in TCVN3 bytes.
      fillTemplate(ws, results.get(unit.code) ?? [], i === 2 ? '®¹t chuÈn' : undefined);
      if (i === 0) ws.name = 'Kết quả của trường'; // a unit renamed its sheet
      if (i === 1) {
        // extra rows and columns: a remark column and a signature block under the table
        ws.getCell('J5').value = 'Ghi chú thêm của trường';
        ws.addRow([]);
        ws.addRow(['', 'Người lập biểu', '', '', '', '', '', 'Hiệu trưởng']);
      }
      writeFileSync(join(filledDir, tpl.fileName), await saveWorkbook(wb));
    }
    if (skipLibreOffice()) {
      for (const f of readdirSync(filledDir)) renameSync(join(filledDir, f), join(returned, f));
    } else {
      // LibreOffice opens and saves every file again: what comes back is LibreOffice's .xlsx, not ExcelJS's.
      const profile = mkdtempSync(join(tmpdir(), 'thidua-lo-profile-'));
      const inputs = readdirSync(filledDir).map((f) => join(filledDir, f));
      execFileSync(sofficePath(), [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', returned, ...inputs], { timeout: 300_000, stdio: 'ignore' });
      rmSync(profile, { recursive: true, force: true });
    }
    // An identical copy of one file, sent twice.
    const first = made.templates[3]?.fileName ?? '';
    writeFileSync(join(returned, `zz-gửi lại - ${first}`), readFileSync(join(returned, first)));
  }, 600_000);

  it('brings thirty units back into one workbook that scores exactly like the direct route, every file in the log', async () => {
    const out = join(dir, 'master.nhap.xlsx');
    const { plan, files } = await importFolder(masterPath, returned, out, { now });
    if (plan.status !== 'ready') throw new Error(plan.reason);
    expect(files).toBe(31);
    if (!skipLibreOffice()) {
      // What came back was written by LibreOffice, not by ExcelJS.
      const zip = await JSZip.loadAsync(readFileSync(join(returned, made.templates[5]?.fileName ?? '')));
      expect(await zip.file('docProps/app.xml')?.async('string')).toMatch(/LibreOffice/);
    }
    expect(plan.log).toHaveLength(31);
    expect(plan.results).toHaveLength(30);
    expect(plan.log.filter((r) => r.status === 'imported')).toHaveLength(31);
    expect(plan.log.find((r) => r.file.startsWith('zz-'))?.reason).toContain('Trùng hoàn toàn');
    expect(plan.log.some((r) => r.reason.includes('TCVN3'))).toBe(true);
    const wb = await loadWorkbook(readFileSync(out));
    expect(wb.getWorksheet(t.logSheet)?.rowCount).toBe(3 + 31);
    // Each unit's own sheet came in too, as a record ("Gốc <code> <name>"), named in the log.
    expect(plan.copies).toHaveLength(30);
    const copyNames = plan.log.flatMap((r) => (r.copy ? [r.copy] : []));
    expect(new Set(copyNames)).toEqual(new Set(plan.copies.map((c) => c.as)));
    for (const name of copyNames) expect(name).toMatch(/^Gốc /);
    const renamed = plan.copies.find((c) => c.sheet === 'Kết quả của trường');
    const renamedSheet = renamed && wb.getWorksheet(renamed.as);
    if (!renamed || !renamedSheet) throw new Error('the renamed sheet was not copied');
    const original = snapshotWorkbook(await loadWorkbook(readFileSync(join(returned, renamed.file)))).sheets.find((s) => s.name === renamed.sheet);
    expect(snapshotWorkbook(wb).sheets.find((s) => s.name === renamed.as)?.rows).toEqual(original?.rows);
    // The copies are not read as inputs: the same ranking as the direct route, no unit twice.
    const scored = runScoring(snapshotWorkbook(wb), { now });
    expect(ranking(scored)).toEqual(ranking(direct));
    expect(scored.findings.filter((f) => f.code === 'UNIT_DUPLICATE')).toEqual([]);
    expect(scored.findings.filter((f) => f.cell !== undefined && copyNames.includes(f.cell.sheet))).toEqual([]);
  }, 300_000);

  it('asks before replacing, imports only what is safe from an older plan, and logs what it cannot use', async () => {
    const awkward = join(dir, 'awkward');
    mkdirSync(awkward);
    const [a, b] = made.templates;
    if (!a || !b) throw new Error('templates');
    // A second file for unit a that differs in one score.
    const wbA = await loadWorkbook(readFileSync(join(returned, a.fileName)));
    const wsA = wbA.worksheets.find((w) => w.state === 'visible');
    const results = new Map((direct.input?.results ?? []).map((r) => [r.unitCode, r.entries]));
    const unitA = made.units[0];
    if (!wsA || !unitA) throw new Error('sheet');
    fillTemplate(wsA, (results.get(unitA.code) ?? []).map((e) => (e.criterionCode === '1.1' ? { ...e, selfScore: 0 } : e)));
    writeFileSync(join(awkward, 'a-lần 1.xlsx'), readFileSync(join(returned, a.fileName)));
    writeFileSync(join(awkward, 'a-lần 2.xlsx'), await saveWorkbook(wbA));
    // A form from an older plan: the maximum of one criterion was different then.
    const wbB = await loadWorkbook(readFileSync(join(returned, b.fileName)));
    const state = wbB.getWorksheet(templateStateSheetName);
    state?.eachRow((row) => {
      if (row.getCell(1).value === 'criterion' && row.getCell(2).value === '1.1') row.getCell(4).value = 99;
    });
    writeFileSync(join(awkward, 'b-cũ.xlsx'), await saveWorkbook(wbB));
    writeFileSync(join(awkward, 'không phải bảng tính.xlsx'), 'hello');
    // A score typed as a word: imported without it, and the log says which cell and why.
    const c = made.templates[2];
    const wbC = c && (await loadWorkbook(readFileSync(join(returned, c.fileName))));
    const wsC = wbC && wbC.worksheets.find((w) => w.state === 'visible');
    if (!wbC || !wsC) throw new Error('template c');
    let wordAt = '';
    let selfCol = 0;
    wsC.eachRow((row) => {
      row.eachCell((cell, col) => {
        if (typeof cell.value === 'string' && foldKey(cell.value) === foldKey(columns.self)) selfCol = col;
        else if (!wordAt && selfCol === col && typeof cell.value === 'number') {
          cell.value = 'chín';
          wordAt = cell.address;
        }
      });
    });
    expect(wordAt).not.toBe('');
    writeFileSync(join(awkward, 'c-chữ.xlsx'), await saveWorkbook(wbC));
    // A form made before the plan was edited elsewhere (criteria unchanged): imported, and said.
    const d = made.templates[3];
    const wbD = d && (await loadWorkbook(readFileSync(join(returned, d.fileName))));
    if (!wbD) throw new Error('template d');
    wbD.getWorksheet(templateStateSheetName)?.eachRow((row) => {
      if (row.getCell(1).value === 'planFingerprint') row.getCell(2).value = '0123456789abcdef';
    });
    writeFileSync(join(awkward, 'd-kế hoạch cũ.xlsx'), await saveWorkbook(wbD));
    const stranger = await loadWorkbook(await writeSheetsToBuffer([{ name: 'Kết quả', role: 'input', visibility: 'visible', rows: [[{ value: 'Đơn vị:' }, { value: 'Trường Không Có Trong Danh Sách' }], [], ['Mã tiêu chí', 'Tiêu chí', 'Điểm tối đa', 'Kết quả thực hiện', 'Điểm tự chấm'].map((v) => ({ value: v })), ['1.1', 'x', 5, null, 4].map((v) => ({ value: v }))], columnWidths: [], merges: [] }], { now }));
    writeFileSync(join(awkward, 'lạ.xlsx'), await saveWorkbook(stranger));

    const out = join(dir, 'awkward.nhap.xlsx');
    const { plan } = await importFolder(masterPath, awkward, out, { now });
    if (plan.status !== 'ready') throw new Error(plan.reason);
    const byFile = new Map(plan.log.map((r) => [r.file, r]));
    expect(plan.log).toHaveLength(7);
    expect(byFile.get('d-kế hoạch cũ.xlsx')).toMatchObject({ status: 'imported', reason: expect.stringContaining('Kế hoạch đã được sửa sau khi tạo biểu mẫu') });
    expect(byFile.get('a-lần 1.xlsx')?.reason ?? '').not.toContain('Kế hoạch đã được sửa');
    expect(byFile.get('c-chữ.xlsx')?.status).toBe('imported');
    expect(byFile.get('c-chữ.xlsx')?.reason).toMatch(new RegExp(`1 điểm cần xem khi đọc tệp: ${wsC.name}!${wordAt} — .*chín`));
    expect(byFile.get('a-lần 1.xlsx')?.status).toBe('imported');
    expect(byFile.get('a-lần 2.xlsx')?.status).toBe('waiting');
    expect(byFile.get('a-lần 2.xlsx')?.reason).toMatch(/khác 1 ô: 1\.1 tự chấm [\d,]+ → 0/);
    expect(byFile.get('b-cũ.xlsx')?.status).toBe('partial');
    expect(byFile.get('b-cũ.xlsx')?.reason).toContain('đổi điểm tối đa 1.1: 99 →');
    expect(plan.results.find((r) => r.unitCode === made.units[1]?.code)?.entries.some((e) => e.criterionCode === '1.1')).toBe(false);
    expect(byFile.get('không phải bảng tính.xlsx')?.status).toBe('rejected');
    expect(byFile.get('lạ.xlsx')?.status).toBe('waiting');
    expect(byFile.get('lạ.xlsx')?.reason).toContain('Không xác định được đơn vị');
    for (const r of plan.log) expect(r.checksum).toMatch(/^[0-9a-f]{64}$/);

    // With --replace the second file wins, and the log says what changed.
    const replaced = await importFolder(masterPath, awkward, join(dir, 'awkward2.nhap.xlsx'), { now, answers: { ...noAnswers, replaceAll: true } });
    if (replaced.plan.status !== 'ready') throw new Error('refused');
    const second = replaced.plan.log.find((r) => r.file === 'a-lần 2.xlsx');
    expect(second?.status).toBe('imported');
    expect(second?.reason).toContain('Thay thế kết quả cũ');
    expect(replaced.plan.results.find((r) => r.unitCode === unitA.code)?.entries.find((e) => e.criterionCode === '1.1')?.selfScore).toBe(0);
  }, 300_000);

  it('merges a later batch into the consolidated sheet, asking before it replaces, and never rewrites a sheet the officer changed', async () => {
    const once = join(dir, 'master.nhap.xlsx');
    const later = join(dir, 'later');
    mkdirSync(later);
    const awkward = join(dir, 'awkward');
    writeFileSync(join(later, 'a-lần 2.xlsx'), readFileSync(join(awkward, 'a-lần 2.xlsx')));
    writeFileSync(join(later, 'lạ.xlsx'), readFileSync(join(awkward, 'lạ.xlsx')));
    const unitA = made.units[0];
    const unitF = made.units[5];
    if (!unitA || !unitF) throw new Error('units');

    const asked = await importFolder(once, later, join(dir, 'later-asked.xlsx'), { now });
    if (asked.plan.status !== 'ready') throw new Error(asked.plan.reason);
    const askedBy = new Map(asked.plan.log.map((r) => [r.file, r]));
    expect(askedBy.get('a-lần 2.xlsx')).toMatchObject({ status: 'waiting', question: { kind: 'replace' } });
    expect(askedBy.get('a-lần 2.xlsx')?.reason).toContain(`(${t.consolidatedSheet})`);
    expect(askedBy.get('lạ.xlsx')).toMatchObject({ status: 'waiting', question: { kind: 'unit', candidates: [] } });
    expect(asked.plan.results).toHaveLength(30);
    expect(asked.plan.copies).toEqual([]);

    // The officer answers: the second file replaces unit a's results; the stranger is unit f (which has results: asked again).
    const answered = await importFolder(once, later, join(dir, 'later.xlsx'), {
      now,
      answers: { replaceFiles: new Set(['a-lần 2.xlsx']), unitOf: new Map([['lạ.xlsx', unitF.code]]) },
    });
    if (answered.plan.status !== 'ready') throw new Error(answered.plan.reason);
    const by = new Map(answered.plan.log.map((r) => [r.file, r]));
    expect(by.get('a-lần 2.xlsx')?.status).toBe('imported');
    expect(by.get('a-lần 2.xlsx')?.reason).toContain('Thay thế kết quả cũ');
    expect(by.get('lạ.xlsx')).toMatchObject({ status: 'waiting', unit: `${unitF.code} ${unitF.name}`, question: { kind: 'replace' } });
    expect(by.get('lạ.xlsx')?.reason).toContain('Đơn vị do cán bộ chỉ định');
    const wb = await loadWorkbook(readFileSync(join(dir, 'later.xlsx')));
    expect(wb.getWorksheet(t.logSheet)?.rowCount).toBe(3 + 31 + 2);
    const scored = runScoring(snapshotWorkbook(wb), { now });
    expect(scored.input?.results).toHaveLength(30);
    expect(scored.input?.results.find((r) => r.unitCode === unitA.code)?.entries.find((e) => e.criterionCode === '1.1')?.selfScore).toBe(0);
    expect(scored.findings.filter((f) => f.code === 'UNIT_DUPLICATE')).toEqual([]);

    // A note the officer typed beside the table would be lost by a rewrite: the next import refuses and names the cell.
    const sheet = wb.getWorksheet(t.consolidatedSheet);
    if (!sheet) throw new Error('no consolidated sheet');
    sheet.getCell(5, sheet.columnCount + 2).value = 'xem lại với trường';
    writeFileSync(join(dir, 'corrected.xlsx'), await saveWorkbook(wb));
    const again = await importFolder(join(dir, 'corrected.xlsx'), later, join(dir, 'twice.xlsx'), { now });
    expect(again.plan.status).toBe('refused');
    if (again.plan.status === 'refused') expect(again.plan.reason).toMatch(/«Tổng hợp nhập».*ô [A-Z]+5: xem lại với trường/);
  }, 300_000);
});
