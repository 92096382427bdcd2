/**
 * Workbooks as other programs write them, made from the sample's package by hand (no other program
 * needed, except LibreOffice, which the machine has): Excel with a chart sheet, a chart, a picture,
 * notes, an external link, custom XML, defined names and macros; openpyxl (absolute relationship
 * targets, a chart); the Open XML SDK (every element with an "x:" prefix); strict OOXML; a sheet
 * stored under the legal part name xl/worksheets/sheet.xml. And a part-by-part comparison of an
 * input package with the written one.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { elements, firstElement, isElement, localName, parseXml, serializeElement, serializeXml, type XmlDocument, type XmlElement } from '../../src/adapters/xlsx/package/xml';
import { readPackage } from '../../src/adapters/xlsx/package/reader';
import { isHighlightFormula } from '../../src/workbook/render/highlights';
import { convertWithLibreOffice } from '../helpers/libreoffice';

export const samplePath = resolve(__dirname, '../../samples/mau-pgd-chau-thanh-2024.xlsx');
export const sampleBytes = (): Uint8Array => new Uint8Array(readFileSync(samplePath));

const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

export class Edit {
  private constructor(readonly zip: JSZip) {}
  static async of(bytes: Uint8Array): Promise<Edit> {
    return new Edit(await JSZip.loadAsync(bytes));
  }
  async xml(part: string): Promise<XmlDocument> {
    const f = this.zip.file(part);
    if (!f) throw new Error(`no part ${part}`);
    return parseXml(await f.async('string'));
  }
  put(part: string, content: string | Uint8Array): void {
    this.zip.file(part, content);
  }
  async change(part: string, f: (doc: XmlDocument) => void): Promise<void> {
    const doc = await this.xml(part);
    f(doc);
    this.put(part, serializeXml(doc));
  }
  async rel(source: string, id: string, type: string, target: string, external = false): Promise<void> {
    const relsPart = source.replace(/([^/]*)$/, '_rels/$1.rels');
    const existing = this.zip.file(relsPart);
    const doc = existing ? parseXml(await existing.async('string')) : parseXml('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>');
    doc.root.children.push({ name: 'Relationship', attrs: { Id: id, Type: `${R}/${type}`, Target: target, ...(external ? { TargetMode: 'External' } : {}) }, children: [] });
    this.put(relsPart, serializeXml(doc));
  }
  async contentType(part: string, type: string): Promise<void> {
    await this.change('[Content_Types].xml', (doc) => {
      doc.root.children.push({ name: 'Override', attrs: { PartName: `/${part}`, ContentType: type }, children: [] });
    });
  }
  async defaultType(ext: string, type: string): Promise<void> {
    await this.change('[Content_Types].xml', (doc) => {
      if (!elements(doc.root, 'Default').some((d) => d.attrs.Extension === ext)) doc.root.children.unshift({ name: 'Default', attrs: { Extension: ext, ContentType: type }, children: [] });
    });
  }
  bytes(): Promise<Uint8Array> {
    return this.zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  }
}

const el = (name: string, attrs: Record<string, string> = {}, children: XmlElement['children'] = []): XmlElement => ({ name, attrs, children });

/** The part of the sample's sheet `name`. */
async function sheetPart(e: Edit, name: string): Promise<string> {
  const wb = await e.xml('xl/workbook.xml');
  const rels = await e.xml('xl/_rels/workbook.xml.rels');
  const sheet = elements(firstElement(wb.root, 'sheets') as XmlElement, 'sheet').find((s) => s.attrs.name === name);
  const rel = elements(rels.root, 'Relationship').find((r) => r.attrs.Id === sheet?.attrs['r:id']);
  return `xl/${(rel?.attrs.Target ?? '').replace(/^\/?xl\//, '')}`;
}

const chartXml = (title: string): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${R}"><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${title}</a:t></a:r></a:p></c:rich></c:tx></c:title><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>'MN01'!$F$9:$F$12</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`;

const drawingXml = (chartRel: string, pictureRel?: string): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${R}" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><xdr:twoCellAnchor><xdr:from><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>15</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>18</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Biểu đồ 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="${chartRel}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>${
    pictureRel
      ? `<xdr:oneCellAnchor><xdr:from><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>20</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="952500" cy="952500"/><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="3" name="Logo"/><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="${pictureRel}"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:oneCellAnchor>`
      : ''
  }</xdr:wsDr>`;

/** A 1×1 PNG. */
const png = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));

/** Excel: a chart sheet between the input sheets, a chart and a picture on MN01, notes on MN02, an external link, custom XML, defined names, a workbook extension, macros (.xlsm). */
export async function excelLike(bytes: Uint8Array = sampleBytes()): Promise<Uint8Array> {
  const e = await Edit.of(bytes);
  const mn01 = await sheetPart(e, 'MN01');
  const mn02 = await sheetPart(e, 'MN02');
  // Chart sheet.
  e.put('xl/charts/chart1.xml', chartXml('Điểm MN01'));
  e.put('xl/drawings/drawing1.xml', drawingXml('rId1'));
  await e.rel('xl/drawings/drawing1.xml', 'rId1', 'chart', '../charts/chart1.xml');
  e.put('xl/chartsheets/sheet1.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<chartsheet xmlns="${MAIN}" xmlns:r="${R}"><sheetPr/><sheetViews><sheetView workbookViewId="0"/></sheetViews><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><drawing r:id="rId1"/></chartsheet>`);
  await e.rel('xl/chartsheets/sheet1.xml', 'rId1', 'drawing', '../drawings/drawing1.xml');
  await e.rel('xl/workbook.xml', 'rId900', 'chartsheet', 'chartsheets/sheet1.xml');
  await e.contentType('xl/chartsheets/sheet1.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml');
  await e.contentType('xl/charts/chart1.xml', 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml');
  await e.contentType('xl/drawings/drawing1.xml', 'application/vnd.openxmlformats-officedocument.drawing+xml');
  // A chart and a picture on MN01.
  e.put('xl/charts/chart2.xml', chartXml('Điểm'));
  e.put('xl/media/image1.png', png);
  e.put('xl/drawings/drawing2.xml', drawingXml('rId1', 'rId2'));
  await e.rel('xl/drawings/drawing2.xml', 'rId1', 'chart', '../charts/chart2.xml');
  await e.rel('xl/drawings/drawing2.xml', 'rId2', 'image', '../media/image1.png');
  await e.rel(mn01, 'rId901', 'drawing', '../drawings/drawing2.xml');
  await e.change(mn01, (doc) => {
    doc.root.children.push(el('drawing', { 'r:id': 'rId901' }));
  });
  await e.contentType('xl/charts/chart2.xml', 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml');
  await e.contentType('xl/drawings/drawing2.xml', 'application/vnd.openxmlformats-officedocument.drawing+xml');
  await e.defaultType('png', 'image/png');
  // Notes on MN02 (comments + the legacy drawing Excel shows them with).
  e.put('xl/comments1.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<comments xmlns="${MAIN}"><authors><author>Cán bộ thi đua</author></authors><commentList><comment ref="G9" authorId="0"><text><r><t xml:space="preserve">Đã kiểm tra\r\nngày 5/12</t></r></text></comment></commentList></comments>`);
  e.put('xl/drawings/vmlDrawing1.vml', '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><v:shape type="#_x0000_t202"><x:ClientData ObjectType="Note"><x:Row>8</x:Row><x:Column>6</x:Column></x:ClientData></v:shape></xml>');
  await e.rel(mn02, 'rId902', 'comments', '../comments1.xml');
  await e.rel(mn02, 'rId903', 'vmlDrawing', '../drawings/vmlDrawing1.vml');
  await e.change(mn02, (doc) => {
    doc.root.children.push(el('legacyDrawing', { 'r:id': 'rId903' }));
  });
  await e.contentType('xl/comments1.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml');
  await e.defaultType('vml', 'application/vnd.openxmlformats-officedocument.vmlDrawing');
  // A formula into another workbook, with its external link part.
  e.put('xl/externalLinks/externalLink1.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<externalLink xmlns="${MAIN}" xmlns:r="${R}"><externalBook r:id="rId1"><sheetNames><sheetName val="Nguồn"/></sheetNames><sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1"><v>7</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>`);
  await e.rel('xl/externalLinks/externalLink1.xml', 'rId1', 'externalLinkPath', 'Nguon%20diem.xlsx', true);
  await e.rel('xl/workbook.xml', 'rId904', 'externalLink', 'externalLinks/externalLink1.xml');
  await e.contentType('xl/externalLinks/externalLink1.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml');
  await e.change(mn01, (doc) => {
    const data = firstElement(doc.root, 'sheetData') as XmlElement;
    const row = elements(data, 'row').find((r) => r.attrs.r === '9') as XmlElement;
    row.children.push(el('c', { r: 'H9' }, [el('f', {}, ['[1]Nguồn!A1']), el('v', {}, ['7'])]));
  });
  // Custom XML, macros, the workbook: chart sheet third, external reference, defined names, an extension.
  e.put('customXml/item1.xml', '<?xml version="1.0" encoding="UTF-8"?><ghiChu xmlns="urn:thidua:test">Phòng GD&amp;ĐT</ghiChu>');
  await e.rel('xl/workbook.xml', 'rId905', 'customXml', '../customXml/item1.xml');
  e.put('xl/vbaProject.bin', Uint8Array.from({ length: 512 }, (_v, i) => (i * 37) % 256));
  await e.rel('xl/workbook.xml', 'rId906', 'vbaProject', 'vbaProject.bin');
  await e.defaultType('bin', 'application/vnd.ms-office.vbaProject');
  await e.change('[Content_Types].xml', (doc) => {
    for (const o of elements(doc.root, 'Override')) if (o.attrs.PartName === '/xl/workbook.xml') o.attrs.ContentType = 'application/vnd.ms-excel.sheet.macroEnabled.main+xml';
  });
  // Excel's properties count the chart sheet under «Charts», after the worksheets.
  await e.change('docProps/app.xml', (doc) => {
    const vector = firstElement(firstElement(doc.root, 'HeadingPairs') as XmlElement, 'vector') as XmlElement;
    const titles = firstElement(firstElement(doc.root, 'TitlesOfParts') as XmlElement, 'vector') as XmlElement;
    vector.children.push(el('vt:variant', {}, [el('vt:lpstr', {}, ['Charts'])]), el('vt:variant', {}, [el('vt:i4', {}, ['1'])]));
    vector.attrs.size = String(elements(vector).length);
    titles.children.push(el('vt:lpstr', {}, ['Biểu đồ']));
    titles.attrs.size = String(elements(titles).length);
  });
  await e.change('xl/workbook.xml', (doc) => {
    const sheets = firstElement(doc.root, 'sheets') as XmlElement;
    sheets.children.splice(2, 0, el('sheet', { name: 'Biểu đồ', sheetId: '900', 'r:id': 'rId900' }));
    const at = doc.root.children.indexOf(sheets) + 1;
    doc.root.children.splice(
      at,
      0,
      el('externalReferences', {}, [el('externalReference', { 'r:id': 'rId904' })]),
      el('definedNames', {}, [el('definedName', { name: 'DiemChuan' }, ["'MN01'!$F$9"]), el('definedName', { name: '_xlnm.Print_Area', localSheetId: '3' }, ["'MN01'!$A$1:$G$40"])]),
    );
    doc.root.children.push(el('extLst', {}, [el('ext', { uri: '{140A7094-0E35-4892-8432-C4D2E57EDEB5}', 'xmlns:x15': 'http://schemas.microsoft.com/office/spreadsheetml/2010/11/main' }, [el('x15:workbookPr', { chartTrackingRefBase: '1' })])]));
  });
  return e.bytes();
}

/** openpyxl: relationship targets written as absolute part names, a chart on a sheet. */
export async function openpyxlLike(bytes: Uint8Array = sampleBytes()): Promise<Uint8Array> {
  const e = await Edit.of(bytes);
  await e.change('xl/_rels/workbook.xml.rels', (doc) => {
    for (const r of elements(doc.root, 'Relationship')) if (!(r.attrs.Target ?? '').startsWith('/')) r.attrs.Target = `/xl/${r.attrs.Target}`;
  });
  const mn03 = await sheetPart(e, 'MN03');
  e.put('xl/charts/chart1.xml', chartXml('openpyxl'));
  e.put('xl/drawings/drawing1.xml', drawingXml('rId1'));
  await e.rel('xl/drawings/drawing1.xml', 'rId1', 'chart', '/xl/charts/chart1.xml');
  await e.rel(mn03, 'rId1', 'drawing', '/xl/drawings/drawing1.xml');
  await e.change(mn03, (doc) => {
    doc.root.children.push(el('drawing', { 'r:id': 'rId1' }));
  });
  await e.contentType('xl/charts/chart1.xml', 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml');
  await e.contentType('xl/drawings/drawing1.xml', 'application/vnd.openxmlformats-officedocument.drawing+xml');
  return e.bytes();
}

function prefixAll(node: XmlElement, prefix: string): void {
  if (!node.name.includes(':')) node.name = `${prefix}:${node.name}`;
  for (const c of node.children) if (isElement(c)) prefixAll(c, prefix);
}

/** The Open XML SDK: every SpreadsheetML element written with the "x:" prefix. */
export async function openXmlSdkLike(bytes: Uint8Array = sampleBytes()): Promise<Uint8Array> {
  const e = await Edit.of(bytes);
  for (const name of Object.keys(e.zip.files)) {
    if (!name.endsWith('.xml') || name.startsWith('[')) continue;
    await e.change(name, (doc) => {
      if (doc.root.attrs.xmlns !== MAIN) return;
      delete doc.root.attrs.xmlns;
      doc.root.attrs['xmlns:x'] = MAIN;
      prefixAll(doc.root, 'x');
    });
  }
  return e.bytes();
}

const strictMap: Record<string, string> = {
  [MAIN]: 'http://purl.oclc.org/ooxml/spreadsheetml/main',
  [R]: 'http://purl.oclc.org/ooxml/officeDocument/relationships',
};

function toStrictTree(node: XmlElement): void {
  for (const [k, v] of Object.entries(node.attrs)) {
    if (strictMap[v]) node.attrs[k] = strictMap[v] as string;
    else if (k === 'Type' && v.startsWith(`${R}/`)) node.attrs[k] = `http://purl.oclc.org/ooxml/officeDocument/relationships/${v.slice(R.length + 1)}`;
  }
  for (const c of node.children) if (isElement(c)) toStrictTree(c);
}

/** Strict OOXML (Excel's "Strict Open XML Spreadsheet"): other namespaces and relationship types. */
export async function strictLike(bytes: Uint8Array = sampleBytes()): Promise<Uint8Array> {
  const e = await Edit.of(bytes);
  for (const name of Object.keys(e.zip.files)) {
    if (!(name.endsWith('.xml') || name.endsWith('.rels')) || name.startsWith('[')) continue;
    await e.change(name, (doc) => toStrictTree(doc.root));
  }
  return e.bytes();
}

/** A sheet stored under another legal part name: the unit sheet MN01 as xl/worksheets/sheet.xml. */
export async function legalPartName(bytes: Uint8Array = sampleBytes()): Promise<Uint8Array> {
  const e = await Edit.of(bytes);
  const part = await sheetPart(e, 'MN01');
  const content = await (e.zip.file(part) as JSZip.JSZipObject).async('uint8array');
  e.zip.remove(part);
  e.put('xl/worksheets/sheet.xml', content);
  await e.change('xl/_rels/workbook.xml.rels', (doc) => {
    for (const r of elements(doc.root, 'Relationship')) if (`xl/${r.attrs.Target}` === part) r.attrs.Target = 'worksheets/sheet.xml';
  });
  await e.change('[Content_Types].xml', (doc) => {
    for (const o of elements(doc.root, 'Override')) if (o.attrs.PartName === `/${part}`) o.attrs.PartName = '/xl/worksheets/sheet.xml';
  });
  return e.bytes();
}

/** LibreOffice's own .xlsx: the sample opened and saved again by soffice (the shared helper gives each run its own profile). */
export async function libreOffice(bytes: Uint8Array = sampleBytes()): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-lo-'));
  const input = join(dir, 'in.xlsx');
  writeFileSync(input, bytes);
  const outDir = join(dir, 'out');
  return new Uint8Array(readFileSync(await convertWithLibreOffice(input, outDir, 'xlsx:Calc MS Excel 2007 XML')));
}

/**
 * Differences between an input package and the written one that are not the product's: every input
 * part must come back byte for byte, except the owned sheets (replaced), the workbook, its
 * relationships, the content types and the styles (only added to), and an input sheet's add-in
 * highlights. Returns a list of differences (empty when the output is the input plus what the product owns).
 */
export async function packageDifferences(input: Uint8Array, output: Uint8Array, owned: ReadonlySet<string>): Promise<string[]> {
  const problems: string[] = [];
  const a = await JSZip.loadAsync(input);
  const b = await JSZip.loadAsync(output);
  const inIndex = (await readPackage(input)).index;
  const outIndex = (await readPackage(output)).index;
  const ownedParts = new Set<string>();
  for (const s of [...inIndex.sheets, ...outIndex.sheets]) {
    if (!owned.has(s.name) || s.part === undefined) continue;
    ownedParts.add(s.part);
    ownedParts.add(s.part.replace(/([^/]*)$/, '_rels/$1.rels'));
  }
  const wbPart = inIndex.workbookPart;
  const wbRels = wbPart.replace(/([^/]*)$/, '_rels/$1.rels');
  const inputSheets = new Set(inIndex.sheets.filter((s) => !owned.has(s.name)).map((s) => s.part));
  const text = async (z: JSZip, name: string): Promise<string> => (await z.file(name)?.async('string')) ?? '';
  const key = (x: XmlElement): string => serializeElement(x);
  for (const name of Object.keys(a.files)) {
    if (a.files[name]?.dir || ownedParts.has(name)) continue;
    const theirs = b.file(name);
    if (!theirs) {
      problems.push(`missing ${name}`);
      continue;
    }
    const before = await (a.file(name) as JSZip.JSZipObject).async('uint8array');
    const after = await theirs.async('uint8array');
    if (Buffer.from(before).equals(Buffer.from(after))) continue;
    const x = parseXml(await text(a, name)).root;
    const y = parseXml(await text(b, name)).root;
    if (name === wbPart) {
      const sheetsX = elements(firstElement(x, 'sheets') as XmlElement, 'sheet').filter((s) => !owned.has(s.attrs.name ?? '')).map(key);
      const sheetsY = new Set(elements(firstElement(y, 'sheets') as XmlElement, 'sheet').map(key));
      for (const s of sheetsX) if (!sheetsY.has(s)) problems.push(`workbook: sheet entry changed ${s}`);
      const namesX = elements(firstElement(x, 'definedNames') ?? el('d'), 'definedName').map(key);
      const namesY = new Set(elements(firstElement(y, 'definedNames') ?? el('d'), 'definedName').map(key));
      for (const n of namesX) if (!namesY.has(n) && !n.includes('_xlnm.Print_')) problems.push(`workbook: defined name lost ${n}`);
      const others = (r: XmlElement): string[] => elements(r).filter((c) => !['sheets', 'definedNames'].includes(localName(c.name))).map(key);
      if (others(x).join() !== others(y).join()) problems.push('workbook: other elements changed');
      for (const [k, v] of Object.entries(x.attrs)) if (y.attrs[k] !== v) problems.push(`workbook: root attribute ${k} changed`);
      continue;
    }
    if (name === 'docProps/app.xml') {
      // Only the sheet list may change, and then to the written workbook's sheets.
      if (withoutSheetList(await text(a, name)) !== withoutSheetList(await text(b, name))) problems.push('app.xml changed beyond its sheet list');
      continue;
    }
    if (name === wbRels || name === '[Content_Types].xml') {
      const after = new Set(elements(y).map(key));
      for (const r of elements(x).map(key)) if (!after.has(r)) problems.push(`${name}: lost or changed ${r}`);
      continue;
    }
    if (localName(x.name) === 'styleSheet') {
      for (const container of elements(x)) {
        const other = elements(y).find((c) => c.name === container.name);
        const kids = elements(container).map(key);
        const theirKids = other ? elements(other).map(key) : [];
        if (kids.some((k, i) => theirKids[i] !== k)) problems.push(`styles: ${container.name} changed`);
      }
      continue;
    }
    if (inputSheets.has(name)) {
      const strip = (r: XmlElement): string =>
        key({ ...r, children: r.children.filter((c) => !(isElement(c) && localName(c.name) === 'conditionalFormatting' && elements(c, 'cfRule').every((rule) => elements(rule, 'formula').some((f) => isHighlightFormula(serializeElement(f)))))) });
      if (strip(x) !== strip(y)) problems.push(`input sheet changed beyond highlights: ${name}`);
      continue;
    }
    problems.push(`changed ${name}`);
  }
  const listed = await appSheetList(output);
  if (listed !== undefined) {
    const sheets = await sheetKinds(output);
    const expected = [
      ...(sheets.worksheets.length > 0 ? [['Worksheets', sheets.worksheets]] : []),
      ...(sheets.charts.length > 0 ? [['Charts', sheets.charts]] : []),
    ];
    const got = listed.filter(([heading]) => heading === 'Worksheets' || heading === 'Charts');
    if (JSON.stringify(got) !== JSON.stringify(expected)) problems.push(`app.xml lists ${JSON.stringify(got)}, the workbook has ${JSON.stringify(expected)}`);
  }
  if (listed === undefined && (await appSheetList(input)) !== undefined) problems.push('app.xml lost its sheet list');
  for (const name of Object.keys(b.files)) {
    if (b.files[name]?.dir || a.files[name] || ownedParts.has(name)) continue;
    // New parts may only be the owned sheets' (their notes) or a styles part the input had none of.
    if (!/^xl\/(worksheets\/|comments|drawings\/vmlDrawing|styles)/.test(name)) problems.push(`unexpected new part ${name}`);
  }
  return problems;
}

/** app.xml's text without its HeadingPairs and TitlesOfParts: what must stay byte for byte. */
export function withoutSheetList(text: string): string {
  return text.replace(/<((?:\w+:)?)HeadingPairs\b[\s\S]*?<\/\1HeadingPairs>/, '').replace(/<((?:\w+:)?)TitlesOfParts\b[\s\S]*?<\/\1TitlesOfParts>/, '');
}

/** docProps/app.xml's heading pairs with the titles each counts; undefined when the package has no list. */
export async function appSheetList(bytes: Uint8Array): Promise<[string, string[]][] | undefined> {
  const file = (await JSZip.loadAsync(bytes)).file('docProps/app.xml');
  if (!file) return undefined;
  const root = parseXml(await file.async('string')).root;
  const headings = firstElement(root, 'HeadingPairs');
  const titles = firstElement(root, 'TitlesOfParts');
  if (!headings || !titles) return undefined;
  const variants = elements(firstElement(headings, 'vector') as XmlElement, 'variant').map((v) => elements(v)[0] as XmlElement);
  const names = elements(firstElement(titles, 'vector') as XmlElement).map((t) => t.children.join(''));
  const pairs: [string, string[]][] = [];
  let at = 0;
  for (let i = 0; i + 1 < variants.length; i += 2) {
    const count = Number((variants[i + 1] as XmlElement).children.join(''));
    pairs.push([(variants[i] as XmlElement).children.join(''), names.slice(at, at + count)]);
    at += count;
  }
  return pairs;
}

/** The workbook's worksheets and chart sheets, in order, from the workbook part and its relationships. */
export async function sheetKinds(bytes: Uint8Array): Promise<{ worksheets: string[]; charts: string[] }> {
  const index = (await readPackage(bytes)).index;
  const zip = await JSZip.loadAsync(bytes);
  const relsPart = index.workbookPart.replace(/([^/]*)$/, '_rels/$1.rels');
  const rels = parseXml((await zip.file(relsPart)?.async('string')) ?? '<Relationships/>').root;
  const types = new Map(elements(rels, 'Relationship').map((r) => [r.attrs.Id ?? '', r.attrs.Type ?? '']));
  const charts = index.sheets.filter((s) => /chartsheet$/i.test(types.get(s.relId) ?? '')).map((s) => s.name);
  return { worksheets: index.sheets.filter((s) => s.kind === 'worksheet').map((s) => s.name), charts };
}

/** Replaces (or adds, in column order) cell `ref` of row `row` on the sheet `sheet` of the sample's package. */
export async function setCell(e: Edit, sheet: string, ref: string, cell: XmlElement): Promise<void> {
  const part = await sheetPart(e, sheet);
  await e.change(part, (doc) => {
    const data = firstElement(doc.root, 'sheetData') as XmlElement;
    const rowNumber = ref.replace(/^[A-Z]+/, '');
    let row = elements(data, 'row').find((r) => r.attrs.r === rowNumber);
    if (!row) {
      row = el('row', { r: rowNumber });
      data.children.push(row);
    }
    cell.attrs.r = ref;
    const at = row.children.findIndex((c) => isElement(c) && c.attrs.r === ref);
    if (at >= 0) row.children[at] = cell;
    else {
      const col = (r: string): number => [...r.replace(/\d+$/, '')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      const after = row.children.findIndex((c) => isElement(c) && col(c.attrs.r ?? '') > col(ref));
      row.children.splice(after < 0 ? row.children.length : after, 0, cell);
    }
  });
}

/** Adds a worksheet part with the given XML after the last sheet. */
export async function addWorksheet(e: Edit, name: string, xml: string): Promise<void> {
  // The usual part name ("sheetN.xml"), so a reader that only knows that name reads it too.
  let n = 100;
  while (e.zip.file(`xl/worksheets/sheet${n}.xml`)) n++;
  const part = `xl/worksheets/sheet${n}.xml`;
  e.put(part, xml);
  await e.rel('xl/workbook.xml', `rIdExtra${n}`, 'worksheet', `worksheets/sheet${n}.xml`);
  await e.contentType(part, 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml');
  await e.change('xl/workbook.xml', (doc) => {
    const sheets = firstElement(doc.root, 'sheets') as XmlElement;
    sheets.children.push(el('sheet', { name, sheetId: String(n), 'r:id': `rIdExtra${n}` }));
  });
}

/** Adds a cell format with the number format `numFmtId` to the styles; returns its index. */
export async function addCellFormat(e: Edit, numFmtId: number): Promise<number> {
  let index = 0;
  await e.change('xl/styles.xml', (doc) => {
    const xfs = firstElement(doc.root, 'cellXfs') as XmlElement;
    index = elements(xfs, 'xf').length;
    xfs.children.push(el('xf', { numFmtId: String(numFmtId), fontId: '0', fillId: '0', borderId: '0', xfId: '0', applyNumberFormat: '1' }));
    xfs.attrs.count = String(index + 1);
  });
  return index;
}

export const cellXml = { el };
export const worksheetXml = (body: string, after = ''): string => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<worksheet xmlns="${MAIN}" xmlns:r="${R}"><sheetData>${body}</sheetData>${after}</worksheet>`;
