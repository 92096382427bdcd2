/**
 * Hostile packages: the sample's .xlsx edited part by part (no ExcelJS round trip, which would hide
 * the defect), read by the package reader. Each was misread, lost or hung with the ExcelJS reader:
 * typed cells, numbers no program wrote, text with CR LF, prefixes, part names, parts ExcelJS does not
 * model, and sizes that cost by area (merged ranges, a validation over the whole sheet, a far cell).
 */
import JSZip from 'jszip';
import { addCellFormat, addWorksheet, cellXml, Edit, excelLike, legalPartName, openpyxlLike, openXmlSdkLike, setCell, strictLike, worksheetXml } from '../adapters/xlsx-producers';
import { readPackage } from '../../src/adapters/xlsx/package/reader';

export interface PackageCase {
  readonly file: string;
  readonly defect: string;
  readonly build: (sample: Uint8Array) => Promise<Uint8Array>;
  readonly expect: readonly { readonly code: string; readonly cell?: string }[];
  /** Findings that must not appear: "CODE@Sheet!A1". */
  readonly never?: readonly string[];
  readonly summary: boolean;
  /** Further checks on the input and output packages. */
  readonly check?: (input: Uint8Array, output: Uint8Array) => Promise<void>;
}

const { el } = cellXml;
const unit = 'MN01';

async function edited(sample: Uint8Array, f: (e: Edit) => Promise<void>): Promise<Uint8Array> {
  const e = await Edit.of(sample);
  await f(e);
  return e.bytes();
}

function fail(message: string): never {
  throw new Error(message);
}

/** No sheet holds more "Infinity" or "NaN" values than it had (an input's own NaN stays as it was; 1E+400 never becomes Infinity). */
async function noNonFinite(input: Uint8Array, output: Uint8Array): Promise<void> {
  const zip = await JSZip.loadAsync(output);
  const before = await JSZip.loadAsync(input);
  for (const name of Object.keys(zip.files).filter((n) => n.startsWith('xl/worksheets/') && n.endsWith('.xml'))) {
    const text = (await zip.file(name)?.async('string')) ?? '';
    const count = (t: string): number => (t.match(/<v>[-+]?(Infinity|NaN)<\/v>/g) ?? []).length;
    if (count(text) > count((await before.file(name)?.async('string')) ?? '')) fail(`non-finite value written in ${name}`);
  }
}

async function sameParts(input: Uint8Array, output: Uint8Array, parts: readonly string[]): Promise<void> {
  const a = await JSZip.loadAsync(input);
  const b = await JSZip.loadAsync(output);
  for (const p of parts) {
    const x = await a.file(p)?.async('uint8array');
    const y = await b.file(p)?.async('uint8array');
    if (!x || !y || !Buffer.from(x).equals(Buffer.from(y))) fail(`part ${p} not carried byte for byte`);
  }
}

const score = (value: string, attrs: Record<string, string> = {}): ReturnType<typeof el> => el('c', attrs, [el('v', {}, [value])]);

export const packageCases: readonly PackageCase[] = [
  {
    file: 'p01-date-typed-score',
    defect: 'ô điểm kiểu ngày (t="d")',
    build: (s) => edited(s, (e) => setCell(e, unit, 'F9', score('2024-05-09T00:00:00', { t: 'd' }))),
    expect: [{ code: 'VALUE_DATE', cell: 'MN01!F9' }],
    never: ['SCORE_OVER_MAX@MN01!F9'],
    summary: true,
  },
  {
    file: 'p02-date-formatted-score',
    defect: 'ô điểm là số định dạng ngày',
    build: (s) =>
      edited(s, async (e) => {
        const style = await addCellFormat(e, 14);
        await setCell(e, unit, 'F9', score('45421', { s: String(style) }));
      }),
    expect: [{ code: 'VALUE_DATE', cell: 'MN01!F9' }],
    never: ['SCORE_OVER_MAX@MN01!F9'],
    summary: true,
  },
  {
    file: 'p03-comma-in-number-xml',
    defect: 'số trong XML viết "4,5"',
    build: (s) => edited(s, (e) => setCell(e, unit, 'F9', score('4,5'))),
    expect: [{ code: 'NUMBER_AS_TEXT', cell: 'MN01!F9' }],
    summary: true,
  },
  {
    file: 'p04-overflow-number',
    defect: 'số 1E+400 (vô cực) trong XML',
    build: (s) => edited(s, (e) => setCell(e, unit, 'F9', score('1E+400'))),
    expect: [{ code: 'VALUE_NOT_NUMBER', cell: 'MN01!F9' }],
    summary: true,
    check: noNonFinite,
  },
  {
    file: 'p05-nan-number',
    defect: 'NaN trong ô số',
    build: (s) => edited(s, (e) => setCell(e, unit, 'E9', score('NaN'))),
    expect: [{ code: 'VALUE_NOT_NUMBER', cell: 'MN01!E9' }],
    summary: true,
    check: noNonFinite,
  },
  {
    file: 'p06-typed-cells',
    defect: 'ô kiểu logic, lỗi, chuỗi công thức, chuỗi trong dòng',
    build: (s) =>
      edited(s, async (e) => {
        await setCell(e, unit, 'F9', score('1', { t: 'b' }));
        await setCell(e, unit, 'F10', score('#N/A', { t: 'e' }));
        await setCell(e, unit, 'E9', el('c', { t: 'str' }, [el('f', {}, ['"x"&"y"']), el('v', {}, ['xy'])]));
        await setCell(e, unit, 'F12', el('c', { t: 'inlineStr' }, [el('is', {}, [el('r', {}, [el('t', {}, ['3,'])]), el('r', {}, [el('t', {}, ['5'])]), el('rPh', {}, [el('t', {}, ['9'])])])]));
      }),
    expect: [
      { code: 'VALUE_NOT_NUMBER', cell: 'MN01!F9' },
      { code: 'VALUE_ERROR', cell: 'MN01!F10' },
      { code: 'VALUE_NOT_NUMBER', cell: 'MN01!E9' },
      { code: 'NUMBER_AS_TEXT', cell: 'MN01!F12' },
    ],
    summary: true,
  },
  {
    file: 'p07-crlf-note',
    defect: 'ghi chú có xuống dòng CR LF',
    // Written as "&#13;\n" (a CR that XML keeps), then as Excel writes it ("_x000D_\n") in G10.
    build: (s) =>
      edited(s, async (e) => {
        await setCell(e, unit, 'G9', el('c', { t: 'inlineStr' }, [el('is', {}, [el('t', {}, ['Đã kiểm tra\r\nngày 5/12'])])]));
        await setCell(e, unit, 'G10', el('c', { t: 'inlineStr' }, [el('is', {}, [el('t', {}, ['Đã kiểm tra_x000D_\nngày 5/12'])])]));
      }),
    expect: [],
    summary: true,
    check: async (_input, output) => {
      const sheet = (await readPackage(output)).snapshot.sheets.find((x) => x.name === unit);
      for (const row of [8, 9]) if (sheet?.rows[row]?.[6] !== 'Đã kiểm tra\r\nngày 5/12') fail(`CR LF lost: ${JSON.stringify(sheet?.rows[row]?.[6])}`);
    },
  },
  { file: 'p08-x-prefixes', defect: 'phần tử có tiền tố x: (Open XML SDK)', build: (s) => openXmlSdkLike(s), expect: [], summary: true },
  { file: 'p09-strict-ooxml', defect: 'OOXML strict', build: (s) => strictLike(s), expect: [], summary: true },
  {
    file: 'p10-legal-part-name',
    defect: 'trang lưu ở xl/worksheets/sheet.xml',
    build: (s) => legalPartName(s),
    expect: [],
    summary: true,
    check: async (_input, output) => {
      const sheet = (await readPackage(output)).snapshot.sheets.find((x) => x.name === unit);
      if ((sheet?.rows.length ?? 0) < 30) fail('MN01 not read');
    },
  },
  {
    file: 'p11-openpyxl-absolute-targets',
    defect: 'đích quan hệ tuyệt đối và biểu đồ (openpyxl)',
    build: (s) => openpyxlLike(s),
    expect: [],
    summary: true,
    check: (input, output) => sameParts(input, output, ['xl/charts/chart1.xml', 'xl/drawings/drawing1.xml']),
  },
  {
    file: 'p12-chart-sheet-external-link',
    defect: 'trang biểu đồ, hình, liên kết sổ khác, macro',
    build: (s) => excelLike(s),
    expect: [],
    summary: true,
    check: (input, output) => sameParts(input, output, ['xl/chartsheets/sheet1.xml', 'xl/charts/chart1.xml', 'xl/media/image1.png', 'xl/externalLinks/externalLink1.xml', 'xl/externalLinks/_rels/externalLink1.xml.rels', 'xl/vbaProject.bin', 'customXml/item1.xml', 'xl/comments1.xml']),
  },
  {
    file: 'p13-60k-merges',
    defect: '60.000 vùng gộp ô',
    build: (s) =>
      edited(s, (e) => {
        const merges = Array.from({ length: 60_000 }, (_v, i) => `<mergeCell ref="A${i + 1}:C${i + 1}"/>`).join('');
        return addWorksheet(e, 'Gộp', worksheetXml('<row r="1"><c r="A1"><v>1</v></c></row>', `<mergeCells count="60000">${merges}</mergeCells>`));
      }),
    expect: [],
    summary: true,
  },
  {
    file: 'p14-validation-whole-sheet',
    defect: 'một ràng buộc dữ liệu phủ cả trang',
    build: (s) =>
      edited(s, async (e) => {
        await addWorksheet(e, 'Ràng buộc', worksheetXml('<row r="1"><c r="A1"><v>1</v></c></row>', '<dataValidations count="1"><dataValidation type="whole" allowBlank="1" sqref="A1:XFD1048576"><formula1>0</formula1></dataValidation></dataValidations>'));
      }),
    expect: [],
    summary: true,
  },
  {
    file: 'p15-far-cell',
    defect: 'một ô ở XFD1048576',
    build: (s) => edited(s, (e) => addWorksheet(e, 'Xa', worksheetXml('<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>cuối</t></is></c></row>'))),
    expect: [],
    summary: true,
  },
  {
    file: 'p16-shared-formulas',
    defect: 'công thức dùng chung (shared) có giá trị lưu sẵn',
    build: (s) =>
      edited(s, async (e) => {
        await setCell(e, unit, 'F9', el('c', {}, [el('f', { t: 'shared', ref: 'F9:F10', si: '0' }, ['E9']), el('v', {}, ['4.5'])]));
        await setCell(e, unit, 'F10', el('c', {}, [el('f', { t: 'shared', si: '0' }), el('v', {}, ['4'])]));
      }),
    expect: [],
    never: ['VALUE_NOT_NUMBER@MN01!F9', 'VALUE_NOT_NUMBER@MN01!F10'],
    summary: true,
  },
];
