/** Files that are not what their names say, built here (never downloaded): the shapes each producer gives them. */
import JSZip from 'jszip';

async function zip(entries: readonly [string, string][], firstStored = false): Promise<Uint8Array> {
  const z = new JSZip();
  entries.forEach(([name, text], i) => z.file(name, text, i === 0 && firstStored ? { compression: 'STORE' } : { compression: 'DEFLATE' }));
  return z.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** LibreOffice's spreadsheet: the type first, stored, in an entry called «mimetype». */
export const odsBytes = (): Promise<Uint8Array> =>
  zip([['mimetype', 'application/vnd.oasis.opendocument.spreadsheet'], ['META-INF/manifest.xml', '<manifest/>'], ['content.xml', '<office:document-content/>']], true);

export const odtBytes = (): Promise<Uint8Array> => zip([['mimetype', 'application/vnd.oasis.opendocument.text'], ['content.xml', '<x/>']], true);

export const docxBytes = (): Promise<Uint8Array> =>
  zip([['[Content_Types].xml', '<Types/>'], ['_rels/.rels', '<Relationships/>'], ['word/document.xml', '<w:document/>']]);

export const pptxBytes = (): Promise<Uint8Array> => zip([['[Content_Types].xml', '<Types/>'], ['ppt/presentation.xml', '<p:presentation/>']]);

export const plainZipBytes = (): Promise<Uint8Array> => zip([['bao-cao.pdf', '%PDF-1.4']]);

/** A real workbook with a macro project added: what Excel saves as .xlsm. */
export async function withMacros(xlsx: Uint8Array): Promise<Uint8Array> {
  const z = await JSZip.loadAsync(xlsx);
  z.file('xl/vbaProject.bin', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]));
  return z.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const utf16 = (s: string): number[] => [...s].flatMap((c) => [c.charCodeAt(0), 0]);

/** An OLE compound file whose directory names the given streams (what matters to tell the kinds apart). */
function compound(streams: readonly string[]): Uint8Array {
  const out = new Uint8Array(2048);
  out.set(ole, 0);
  let at = 1024;
  for (const s of streams) {
    out.set(utf16(s), at);
    at += 128;
  }
  return out;
}

/** Excel's «Encrypt with password»: an OLE file with EncryptionInfo and EncryptedPackage streams. */
export const encryptedBytes = (): Uint8Array => compound(['Root Entry', 'EncryptionInfo', 'EncryptedPackage']);
export const xlsBytes = (): Uint8Array => compound(['Root Entry', 'Workbook', 'SummaryInformation']);
export const docBytes = (): Uint8Array => compound(['Root Entry', 'WordDocument', '1Table']);
export const csvBytes = (): Uint8Array => new TextEncoder().encode('Mã tiêu chí;Điểm tự chấm\n1.1;9,5\n');
export const binaryBytes = (): Uint8Array => new Uint8Array(Array.from({ length: 512 }, (_, i) => (i * 37 + 11) % 256));
