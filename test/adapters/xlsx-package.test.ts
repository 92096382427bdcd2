/**
 * The .xlsx package on the command line: workbooks as several programs write them are read like the
 * sample, and the written workbook is the input package plus the owned sheets — compared part by part.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { scoreFile } from '../../src/adapters/xlsx/file';
import { writeBallotsFile } from '../../src/adapters/xlsx/ballots-file';
import { readPackage } from '../../src/adapters/xlsx/package/reader';
import { fileProblem } from '../../src/cli/commands/shared';
import { en } from '../../src/i18n/en';
import { vi } from '../../src/i18n/vi';
import type { WorkbookSnapshot } from '../../src/workbook/grid';
import { skipLibreOffice } from '../helpers/libreoffice';
import { updateSheetList } from '../../src/adapters/xlsx/package/app-props';
import { appSheetList, Edit, excelLike, legalPartName, libreOffice, openpyxlLike, openXmlSdkLike, packageDifferences, sampleBytes, sheetKinds, strictLike, withoutSheetList } from './xlsx-producers';

const now = new Date('2024-12-20T02:00:00Z');
const dir = mkdtempSync(join(tmpdir(), 'thidua-package-'));

/** Rows without trailing blanks: producers differ in how far they write empty cells. */
function comparable(s: WorkbookSnapshot): unknown {
  return s.sheets.map((sh) => {
    const rows = sh.rows.map((r) => {
      const c = [...r];
      while (c.length > 0 && c[c.length - 1] === null) c.pop();
      return c;
    });
    while (rows.length > 0 && rows[rows.length - 1]?.length === 0) rows.pop();
    return { name: sh.name, visibility: sh.visibility, merges: sh.merges, rows };
  });
}

async function scoreBytes(name: string, bytes: Uint8Array): Promise<{ output: Uint8Array; owned: Set<string>; blocks: number | undefined }> {
  const input = join(dir, `${name}.xlsx`);
  const macro = (await readPackage(bytes)).index.macroEnabled;
  const out = join(dir, `${name}.out.${macro ? 'xlsm' : 'xlsx'}`);
  writeFileSync(input, bytes);
  const { result } = await scoreFile(input, out, { now });
  const output = new Uint8Array(readFileSync(out));
  const before = new Set((await readPackage(bytes)).index.sheets.map((s) => s.name));
  const after = (await readPackage(output)).index.sheets.map((s) => s.name);
  const owned = new Set([...Object.values(result.outputSheets), ...after.filter((n) => !before.has(n))]);
  return { output, owned, blocks: result.evaluation?.blocks.length };
}

const producers: readonly [string, () => Promise<Uint8Array> | Uint8Array][] = [
  ['ExcelJS (the sample)', sampleBytes],
  ['Excel: chart sheet, chart, picture, notes, external link, custom XML, names, macros', () => excelLike()],
  ['openpyxl: absolute targets, a chart', () => openpyxlLike()],
  ['Open XML SDK: x: prefixes', () => openXmlSdkLike()],
  ['strict OOXML', () => strictLike()],
  ['legal part name xl/worksheets/sheet.xml', () => legalPartName()],
  ...(skipLibreOffice() ? [] : [['LibreOffice', () => libreOffice()] as [string, () => Promise<Uint8Array>]]),
];

const rescored = new Set(['ExcelJS (the sample)', 'Excel: chart sheet, chart, picture, notes, external link, custom XML, names, macros']);

describe('workbooks from several producers', () => {
  let sample: unknown;
  beforeAll(async () => {
    sample = comparable((await readPackage(sampleBytes())).snapshot);
  });

  it.each(producers)('%s: read like the sample, written as the input plus the owned sheets', async (name, make) => {
    const input = await make();
    const read = (await readPackage(input)).snapshot;
    if (!name.startsWith('Excel') && !name.startsWith('LibreOffice')) expect(comparable(read)).toEqual(sample);
    const first = await scoreBytes(name.slice(0, 12).replace(/\W/g, '_'), input);
    expect(first.blocks).toBe(3);
    expect(await packageDifferences(input, first.output, first.owned)).toEqual([]);
    // Scored again, the result file keeps everything too (and the styles part does not grow): once for
    // the sample and once for the richest package; the other producers' parts are the same kinds.
    if (!rescored.has(name)) return;
    const second = await scoreBytes(`${name.slice(0, 12).replace(/\W/g, '_')}-2`, first.output);
    expect(await packageDifferences(first.output, second.output, second.owned)).toEqual([]);
    const styles = async (b: Uint8Array): Promise<number> => (await (await JSZip.loadAsync(b)).file(/styles\.xml$/)[0]?.async('string'))?.length ?? 0;
    expect(await styles(second.output)).toBe(await styles(first.output));
  }, 180_000);
});

describe('docProps/app.xml', () => {
  const appText = async (bytes: Uint8Array): Promise<string | undefined> => (await JSZip.loadAsync(bytes)).file('docProps/app.xml')?.async('string');

  it('lists exactly the written workbook\'s sheets, the chart sheet under «Charts» as Excel counts it; nothing else of the part changes', async () => {
    const input = await excelLike();
    const { output } = await scoreBytes('app-excel', input);
    const sheets = await sheetKinds(output);
    expect(sheets.charts).toEqual(['Biểu đồ']);
    expect(sheets.worksheets).toEqual(expect.arrayContaining(['Kế hoạch', 'Tổng hợp', 'Kiểm tra']));
    expect(await appSheetList(output)).toEqual([
      ['Worksheets', sheets.worksheets],
      ['Charts', ['Biểu đồ']],
    ]);
    const [before, after] = [await appText(input), await appText(output)];
    expect(after).not.toBe(before);
    expect(withoutSheetList(after ?? '')).toBe(withoutSheetList(before ?? ''));
    expect(after).toContain(`<vt:vector size="${sheets.worksheets.length + 1}" baseType="lpstr">`);
    // Scored again: the same sheets, so the part is carried as it was.
    const again = await scoreBytes('app-excel-2', output);
    expect(await appText(again.output)).toBe(after);
  }, 120_000);

  it('is not added to a package that had none', async () => {
    const e = await Edit.of(sampleBytes());
    e.zip.remove('docProps/app.xml');
    await e.change('_rels/.rels', (doc) => {
      doc.root.children = doc.root.children.filter((r) => typeof r === 'string' || !('attrs' in r) || !(r.attrs.Target ?? '').includes('app.xml'));
    });
    const { output } = await scoreBytes('app-none', await e.bytes());
    const zip = await JSZip.loadAsync(output);
    expect(zip.file('docProps/app.xml')).toBeNull();
    expect(await zip.file('_rels/.rels')?.async('string')).not.toContain('app.xml');
  }, 120_000);

  it('keeps a localised Excel\'s heading names, its prefixes and the other pairs («Named Ranges»)', () => {
    const v = 'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes';
    const text =
      `<?xml version="1.0"?>\n<ep:Properties xmlns:ep="x" xmlns:t="${v}"><ep:Application>Microsoft Excel</ep:Application>\n` +
      '<ep:HeadingPairs><t:vector size="4" baseType="variant"><t:variant><t:lpstr>Trang tính</t:lpstr></t:variant><t:variant><t:i4>2</t:i4></t:variant>' +
      '<t:variant><t:lpstr>Phạm vi có tên</t:lpstr></t:variant><t:variant><t:i4>1</t:i4></t:variant></t:vector></ep:HeadingPairs>\n' +
      '<ep:TitlesOfParts><t:vector size="3" baseType="lpstr"><t:lpstr>Kế hoạch</t:lpstr><t:lpstr>A&amp;B</t:lpstr><t:lpstr>DiemChuan</t:lpstr></t:vector></ep:TitlesOfParts>\n<ep:Company/></ep:Properties>';
    const before = [
      { name: 'Kế hoạch', kind: 'worksheet' },
      { name: 'A&B', kind: 'worksheet' },
    ] as const;
    const after = [...before, { name: 'Tổng hợp', kind: 'worksheet' }, { name: 'Biểu đồ', kind: 'chartsheet' }] as const;
    const updated = updateSheetList(text, before, after) ?? '';
    expect(updated).toContain(
      '<ep:HeadingPairs><t:vector size="6" baseType="variant"><t:variant><t:lpstr>Trang tính</t:lpstr></t:variant><t:variant><t:i4>3</t:i4></t:variant><t:variant><t:lpstr>Charts</t:lpstr></t:variant><t:variant><t:i4>1</t:i4></t:variant><t:variant><t:lpstr>Phạm vi có tên</t:lpstr></t:variant><t:variant><t:i4>1</t:i4></t:variant></t:vector></ep:HeadingPairs>',
    );
    expect(updated).toContain('<ep:TitlesOfParts><t:vector size="5" baseType="lpstr"><t:lpstr>Kế hoạch</t:lpstr><t:lpstr>A&amp;B</t:lpstr><t:lpstr>Tổng hợp</t:lpstr><t:lpstr>Biểu đồ</t:lpstr><t:lpstr>DiemChuan</t:lpstr></t:vector></ep:TitlesOfParts>');
    expect(withoutSheetList(updated)).toBe(withoutSheetList(text));
    // The same sheets: nothing to write. A list that does not add up: left as it is.
    expect(updateSheetList(text, before, before)).toBeUndefined();
    expect(updateSheetList(text.replace('<t:i4>2</t:i4>', '<t:i4>5</t:i4>'), before, after)).toBeUndefined();
  });
});

describe('the calculation chain', () => {
  it('loses the entries of a replaced owned sheet (Excel would call the file damaged) and keeps the others', async () => {
    const first = await scoreBytes('calc-1', sampleBytes());
    const e = await Edit.of(first.output);
    const index = (await readPackage(first.output)).index;
    const summary = index.sheets.find((s) => s.name === 'Tổng hợp');
    const mn01 = index.sheets.find((s) => s.name === 'MN01');
    e.put('xl/calcChain.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="H9" i="${mn01?.sheetId}"/><c r="B5" i="${summary?.sheetId}"/><c r="B6"/></calcChain>`);
    await e.rel('xl/workbook.xml', 'rId990', 'calcChain', 'calcChain.xml');
    await e.contentType('xl/calcChain.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml');
    const withChain = await e.bytes();
    const second = await scoreBytes('calc-2', withChain);
    const chain = await (await JSZip.loadAsync(second.output)).file('xl/calcChain.xml')?.async('string');
    expect(chain).toContain(`<c r="H9" i="${mn01?.sheetId}"/>`);
    expect(chain).not.toContain('B5');
    expect(chain).not.toContain('B6');
  }, 120_000);
});

describe('a workbook with macros', () => {
  it('is written only under .xlsm (Excel does not open macros from a .xlsx), with a plain sentence naming the way out', async () => {
    const input = join(dir, 'macros.xlsm');
    writeFileSync(input, await excelLike());
    const failed = scoreFile(input, join(dir, 'macros.ket-qua.xlsx'), { now });
    const error: unknown = await failed.catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: 'cannotWrite', says: { key: 'macroName' } });
    expect(fileProblem(error, 'vi')).toBe(vi.packageText.macroName({ suggestion: join(dir, 'macros.ket-qua.xlsm') }));
    expect(fileProblem(error, 'en')).toBe(en.packageText.macroName({ suggestion: join(dir, 'macros.ket-qua.xlsm') }));
  }, 60_000);
});

describe('highlights', () => {
  it('scored again with the same results, every input sheet is carried byte for byte', async () => {
    const scored = await scoreBytes('same-1', sampleBytes());
    // As another program would save it: the same XML with another declaration (the writer's own would hide a rewrite).
    const saved = await JSZip.loadAsync(scored.output);
    for (const name of Object.keys(saved.files).filter((n) => n.startsWith('xl/worksheets/sheet'))) {
      const text = (await saved.file(name)?.async('string')) ?? '';
      saved.file(name, text.replace(/^<\?xml[^>]*\?>\s*/, '<?xml version="1.0" encoding="UTF-8"?>\n'));
    }
    const first = { output: await saved.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }) };
    const second = await scoreBytes('same-2', first.output);
    const a = await JSZip.loadAsync(first.output);
    const b = await JSZip.loadAsync(second.output);
    const inputs = (await readPackage(first.output)).index.sheets.filter((s) => !second.owned.has(s.name));
    expect(inputs.length).toBe(35);
    let highlighted = 0;
    for (const s of inputs) {
      const x = (await a.file(s.part ?? '')?.async('string')) ?? '';
      expect((await b.file(s.part ?? '')?.async('string')) ?? '').toBe(x);
      if (x.includes('thidua-highlight')) highlighted++;
    }
    expect(highlighted).toBeGreaterThan(0);
  }, 120_000);
});

describe('the ballots command writes like score', () => {
  it('keeps every part of the input (chart sheet, picture, external link, names, macros) and adds the ballots and the tally', async () => {
    const input = await excelLike();
    const inPath = join(dir, 'ballots-in.xlsm');
    const outPath = join(dir, 'ballots-out.xlsm');
    writeFileSync(inPath, input);
    const made = await writeBallotsFile(inPath, outPath, { now });
    expect(made.sheets.length).toBeGreaterThan(1);
    const output = new Uint8Array(readFileSync(outPath));
    const owned = new Set(made.sheets.map((s) => s.name));
    expect(await packageDifferences(input, output, owned)).toEqual([]);
    const names = (await readPackage(output)).index.sheets.map((s) => s.name);
    for (const name of owned) expect(names).toContain(name);
  }, 120_000);
});
