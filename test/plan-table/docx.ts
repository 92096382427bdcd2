/**
 * Minimal valid WordprocessingML documents built in the test, so each table shape is a real .docx:
 * paragraphs, tables with gridSpan and vMerge, several paragraphs in a cell, header rows (w:tblHeader),
 * a table nested in a cell.
 */
import JSZip from 'jszip';

export interface DocCell {
  /** Lines of the cell: one w:p each. */
  readonly lines: readonly string[];
  readonly span?: number;
  readonly vMerge?: 'restart' | 'continue';
  /** A table inside the cell (its text must not leak into the cell). */
  readonly nested?: readonly (readonly string[])[];
  /** Word's automatic numbering on the cell's first paragraph: list and level. */
  readonly numbered?: { readonly numId: number; readonly ilvl: number };
}
export type DocCellInput = string | DocCell;
export interface DocRow {
  readonly cells: readonly DocCellInput[];
  readonly header?: boolean;
}
export type DocBlock = { readonly paragraph: string } | { readonly table: readonly (DocRow | readonly DocCellInput[])[] };

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function paragraph(text: string, numbered?: { readonly numId: number; readonly ilvl: number }): string {
  // Split runs on purpose: Word stores one sentence in several runs.
  const half = Math.floor(text.length / 2);
  const runs = text === '' ? [] : [text.slice(0, half), text.slice(half)].filter((t) => t !== '');
  const num = numbered ? `<w:numPr><w:ilvl w:val="${numbered.ilvl}"/><w:numId w:val="${numbered.numId}"/></w:numPr>` : '';
  return `<w:p><w:pPr>${num}<w:jc w:val="left"/></w:pPr>${runs.map((r) => `<w:r><w:rPr><w:sz w:val="26"/></w:rPr><w:t xml:space="preserve">${esc(r)}</w:t></w:r>`).join('')}</w:p>`;
}

function table(rows: readonly (readonly (readonly string[])[])[] | readonly (readonly string[])[]): string {
  const body = (rows as readonly (readonly string[])[]).map((r) => `<w:tr>${r.map((c) => `<w:tc><w:tcPr><w:tcW w:w="1000" w:type="dxa"/></w:tcPr>${paragraph(c)}</w:tc>`).join('')}</w:tr>`).join('');
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>${body}</w:tbl>`;
}

function cell(input: DocCellInput): string {
  const c: DocCell = typeof input === 'string' ? { lines: input === '' ? [] : input.split('\n') } : input;
  const pr = `<w:tcPr><w:tcW w:w="2000" w:type="dxa"/>${c.span ? `<w:gridSpan w:val="${c.span}"/>` : ''}${c.vMerge === 'restart' ? '<w:vMerge w:val="restart"/>' : c.vMerge === 'continue' ? '<w:vMerge/>' : ''}</w:tcPr>`;
  const nested = c.nested ? table(c.nested) : '';
  // A cell must end with a paragraph.
  const paras = c.lines.length === 0 ? (c.numbered ? paragraph('', c.numbered) : '<w:p/>') : c.lines.map((l, i) => paragraph(l, i === 0 ? c.numbered : undefined)).join('');
  return `<w:tc>${pr}${nested}${paras}</w:tc>`;
}

function row(r: DocRow | readonly DocCellInput[]): string {
  const spec: DocRow = Array.isArray(r) ? { cells: r as readonly DocCellInput[] } : (r as DocRow);
  return `<w:tr>${spec.header ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${spec.cells.map(cell).join('')}</w:tr>`;
}

export function documentXml(blocks: readonly DocBlock[]): string {
  const body = blocks.map((b) => ('paragraph' in b ? paragraph(b.paragraph) : `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="800"/></w:tblGrid>${b.table.map(row).join('')}</w:tbl>`)).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`;
}

/** word/numbering.xml with one list: «1.» then «a)» then bullets, as an officer's table numbers its rows. */
export const numberingXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl><w:lvl w:ilvl="2"><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl></w:abstractNum><w:abstractNum w:abstractNumId="4"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1"/></w:lvl></w:abstractNum><w:num w:numId="7"><w:abstractNumId w:val="3"/></w:num><w:num w:numId="8"><w:abstractNumId w:val="4"/></w:num></w:numbering>`;

export async function makeDocx(blocks: readonly DocBlock[], numbering?: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file('word/document.xml', documentXml(blocks));
  if (numbering !== undefined) zip.file('word/numbering.xml', numbering);
  return zip.generateAsync({ type: 'uint8array' });
}

/** The usual two-row header: «STT» and «Tiêu chuẩn» merged down, «Điểm» across «Chuẩn | Thưởng | Trừ». */
export const twoRowHeader: readonly DocRow[] = [
  { header: true, cells: [{ lines: ['STT'], vMerge: 'restart' }, { lines: ['Tiêu chuẩn thi đua'], vMerge: 'restart' }, { lines: ['Điểm'], span: 3 }] },
  { header: true, cells: [{ lines: [], vMerge: 'continue' }, { lines: [], vMerge: 'continue' }, 'Chuẩn', 'Thưởng', 'Trừ'] },
];
