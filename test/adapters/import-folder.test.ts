/**
 * Every entry of a returned folder gets a line in the import log with its reason, and the rest is
 * imported: files of other formats, a sub-folder, a broken link, a named pipe called ….xlsx (which
 * must never be opened: a reader would wait for ever), Excel's lock file, a hidden file.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { makeTemplatesFromSnapshot } from '../../src/app/templates';
import { importFolder, listFolder } from '../../src/adapters/xlsx/import-folder';
import { loadWorkbook, saveWorkbook } from '../../src/adapters/xlsx/port';
import { snapshotWorkbook } from '../../src/adapters/xlsx/read';
import { writeSheetsToBuffer } from '../../src/adapters/xlsx/sheets';
import { vi } from '../../src/i18n/vi';
import { runScoring } from '../../src/workbook/run';
import { fillTemplate } from '../helpers/fill-template';
import * as hostile from '../helpers/hostile-files';

const now = new Date('2024-12-31T08:00:00Z');
const sample = resolve(__dirname, '../../samples/mau-pgd-chau-thanh-2024.xlsx');
const s = vi.safety;

const dir = mkdtempSync(join(tmpdir(), 'thidua-folder-'));
const master = join(dir, 'chinh.xlsx');
const folder = join(dir, 'gui-ve');
let good = '';
let unitCode = '';

beforeAll(async () => {
  const wb = await loadWorkbook(readFileSync(sample));
  const direct = runScoring(snapshotWorkbook(wb), { now });
  const unitSheets = new Set((direct.input?.results ?? []).map((r) => r.sheet));
  for (const ws of [...wb.worksheets]) if (unitSheets.has(ws.name)) wb.removeWorksheet(ws.id);
  const bytes = await saveWorkbook(wb);
  writeFileSync(master, bytes);
  const made = makeTemplatesFromSnapshot(snapshotWorkbook(wb));
  const template = made.templates[0];
  const unit = made.units[0];
  if (!template || !unit) throw new Error('no template');
  unitCode = unit.code;
  const form = await loadWorkbook(await writeSheetsToBuffer(template.sheets, { now }));
  const ws = form.worksheets.find((w) => w.state === 'visible');
  if (!ws) throw new Error('no sheet');
  fillTemplate(ws, direct.input?.results.find((r) => r.unitCode === unit.code)?.entries ?? []);
  const filled = await saveWorkbook(form);
  good = template.fileName;

  mkdirSync(folder);
  writeFileSync(join(folder, good), filled);
  writeFileSync(join(folder, 'MN02 co macro.xlsm'), await hostile.withMacros(filled));
  writeFileSync(join(folder, 'MN03 cu.xls'), hostile.xlsBytes());
  writeFileSync(join(folder, 'MN04 libre.ods'), await hostile.odsBytes());
  writeFileSync(join(folder, 'MN05 bao cao.docx'), await hostile.docxBytes());
  writeFileSync(join(folder, 'MN06 bang.csv'), hostile.csvBytes());
  writeFileSync(join(folder, 'MN07 anh.jpg'), hostile.binaryBytes());
  writeFileSync(join(folder, 'MN08 doi ten.xlsx'), await hostile.odsBytes());
  writeFileSync(join(folder, 'MN09 mat khau.xlsx'), hostile.encryptedBytes());
  writeFileSync(join(folder, `~$${good}`), new Uint8Array([0, 1]));
  writeFileSync(join(folder, '.DS_Store'), new Uint8Array([0, 1]));
  mkdirSync(join(folder, 'MN10 thu muc.xlsx'));
  symlinkSync(join(dir, 'khong-con.xlsx'), join(folder, 'MN11 lien ket.xlsx'));
  symlinkSync(join(folder, good), join(folder, 'MN12 loi tat.xlsx'));
  execFileSync('mkfifo', [join(folder, 'MN13 ong dan.xlsx')]);
}, 60_000);

describe('a returned folder, entry by entry', () => {
  it('gives every entry a log line with its reason, imports the rest, and never blocks on a pipe', async () => {
    const out = join(dir, 'ket-qua.xlsx');
    const { plan, files } = await importFolder(master, folder, out, { now });
    if (plan.status !== 'ready') throw new Error(plan.reason);
    const reason = (file: string): string => plan.log.find((r) => r.file === file)?.reason ?? '(no line)';
    expect(files).toBe(15);
    expect(plan.log.map((r) => r.file).sort()).toEqual((await listFolder(folder)).map((e) => e.name).sort());
    expect(plan.log.find((r) => r.file === good)?.status).toBe('imported');
    expect(reason('MN02 co macro.xlsm')).toBe(s.kinds.macroWorkbook({ file: 'MN02 co macro.xlsm' }));
    expect(reason('MN03 cu.xls')).toBe(s.kinds.xls({ file: 'MN03 cu.xls' }));
    expect(reason('MN04 libre.ods')).toBe(s.kinds.ods({ file: 'MN04 libre.ods' }));
    expect(reason('MN05 bao cao.docx')).toBe(s.kinds.word({ file: 'MN05 bao cao.docx' }));
    expect(reason('MN06 bang.csv')).toBe(s.kinds.text({ file: 'MN06 bang.csv' }));
    expect(reason('MN07 anh.jpg')).toBe(s.entries.otherType({ file: 'MN07 anh.jpg', extension: '.jpg' }));
    expect(reason('MN08 doi ten.xlsx')).toBe(s.kinds.ods({ file: 'MN08 doi ten.xlsx' }));
    expect(reason('MN09 mat khau.xlsx')).toBe(s.kinds.encrypted({ file: 'MN09 mat khau.xlsx' }));
    expect(reason(`~$${good}`)).toBe(s.entries.lockFile({ file: `~$${good}` }));
    expect(reason('.DS_Store')).toBe(s.entries.hidden({ file: '.DS_Store' }));
    expect(reason('MN10 thu muc.xlsx')).toBe(s.entries.folder({ file: 'MN10 thu muc.xlsx' }));
    expect(reason('MN11 lien ket.xlsx')).toBe(s.entries.brokenLink({ file: 'MN11 lien ket.xlsx' }));
    expect(reason('MN13 ong dan.xlsx')).toBe(s.entries.special({ file: 'MN13 ong dan.xlsx' }));
    // A link to the same form is read (and found to be the same results, so nothing changes).
    expect(plan.log.find((r) => r.file === 'MN12 loi tat.xlsx')?.status).not.toBe('rejected');
    for (const row of plan.log) if (row.status === 'rejected') expect(row.reason).toContain(row.file);
    const scored = runScoring(snapshotWorkbook(await loadWorkbook(readFileSync(out))), { now });
    expect(scored.input?.results.map((r) => r.unitCode)).toEqual([unitCode]);
  }, 60_000);
});
