/**
 * What a file really is, from its first bytes and the names a zip archive lists — before any reader
 * is given it. A workbook reader handed an OpenDocument or Word file, or an encrypted workbook, fails
 * with an internal message (or later, on writing): naming the kind lets the person be told what to do.
 * Pure: bytes in, a kind out; the names inside a zip are stored uncompressed in its headers.
 */

export type FileKind =
  | 'xlsx'
  /** An Excel workbook with macros (xl/vbaProject.bin), whatever its name ends with. */
  | 'macroWorkbook'
  /** An OpenDocument spreadsheet (LibreOffice, OpenOffice). */
  | 'ods'
  /** Another OpenDocument file (text, presentation …). */
  | 'openDocument'
  | 'word'
  | 'powerPoint'
  /** An OLE compound file holding an encrypted Office document: a workbook with a password to open. */
  | 'encrypted'
  /** An OLE compound file holding an Excel 97–2003 workbook (.xls). */
  | 'xls'
  /** Another OLE compound file (Word 97–2003 …). */
  | 'oldOffice'
  /** A zip archive with no workbook in it. */
  | 'zip'
  | 'empty'
  /** Text: CSV, HTML or XML saved under another name. */
  | 'text'
  | 'unknown';

const zipSignature = [0x50, 0x4b, 0x03, 0x04];
const emptyZipSignature = [0x50, 0x4b, 0x05, 0x06];
const oleSignature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/** Whether an ASCII (or, with `utf16`, UTF-16LE) string occurs in the bytes. */
function contains(bytes: Uint8Array, text: string, utf16 = false): boolean {
  const pattern = utf16 ? [...text].flatMap((c) => [c.charCodeAt(0), 0]) : [...text].map((c) => c.charCodeAt(0));
  const first = pattern[0];
  outer: for (let i = bytes.indexOf(first ?? 0); i >= 0 && i <= bytes.length - pattern.length; i = bytes.indexOf(first ?? 0, i + 1)) {
    for (let j = 1; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}

function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, Math.min(bytes.length, 4096));
  if (head.length === 0) return false;
  let control = 0;
  for (const b of head) if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  return control === 0;
}

export function detectFileKind(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, zipSignature) || startsWith(bytes, emptyZipSignature)) {
    // OpenDocument stores its type first, uncompressed, in an entry called "mimetype".
    if (contains(bytes.subarray(0, 200), 'mimetypeapplication/vnd.oasis.opendocument.spreadsheet')) return 'ods';
    if (contains(bytes.subarray(0, 200), 'mimetypeapplication/vnd.oasis.opendocument')) return 'openDocument';
    if (contains(bytes, 'xl/vbaProject.bin')) return 'macroWorkbook';
    if (contains(bytes, 'xl/workbook.xml') || contains(bytes, 'xl/worksheets/')) return 'xlsx';
    if (contains(bytes, 'word/document.xml')) return 'word';
    if (contains(bytes, 'ppt/presentation.xml')) return 'powerPoint';
    if (contains(bytes, 'META-INF/manifest.xml') && contains(bytes, 'content.xml')) return 'openDocument';
    // An Open XML package whose parts have other (legal) names: the workbook reader decides.
    return contains(bytes, '[Content_Types].xml') ? 'xlsx' : 'zip';
  }
  if (startsWith(bytes, oleSignature)) {
    // Stream names in a compound file's directory are UTF-16LE.
    if (contains(bytes, 'EncryptedPackage', true)) return 'encrypted';
    if (contains(bytes, 'Workbook', true) || contains(bytes, 'Book', true)) return 'xls';
    return 'oldOffice';
  }
  return looksLikeText(bytes) ? 'text' : 'unknown';
}

/** Kinds a workbook reader is given; every other kind is refused with its own sentence. */
export function isReadableWorkbook(kind: FileKind): boolean {
  return kind === 'xlsx';
}
