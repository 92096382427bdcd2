/**
 * The package around the XML: zip entries found by part name (case-insensitively, as the packaging
 * rules say), relationships resolved to part names, parts inflated under a size budget.
 */
import JSZip from 'jszip';
import { parseXml, elements, type XmlDocument } from './xml';

export const ns = {
  mainTransitional: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  mainStrict: 'http://purl.oclc.org/ooxml/spreadsheetml/main',
  relTransitional: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  relStrict: 'http://purl.oclc.org/ooxml/officeDocument/relationships',
  package: 'http://schemas.openxmlformats.org/package/2006/relationships',
} as const;

export class PackageLimit extends Error {
  constructor(
    readonly limit: 'inflated' | 'cells' | 'sheets',
    readonly max: number,
  ) {
    super(`package limit: ${limit} > ${max}`);
  }
}

/** Bytes inflated so far against the budget for the whole package. */
export class Budget {
  used = 0;
  constructor(readonly max: number) {}
  take(n: number): void {
    this.used += n;
    if (this.used > this.max) throw new PackageLimit('inflated', this.max);
  }
}

export interface Package {
  readonly zip: JSZip;
  /** Lower-cased part name (no leading slash) → the entry's own name. */
  readonly names: ReadonlyMap<string, string>;
}

export async function openPackage(bytes: Uint8Array | ArrayBuffer): Promise<Package> {
  const zip = await JSZip.loadAsync(bytes);
  const names = new Map<string, string>();
  zip.forEach((path, entry) => {
    if (!entry.dir) names.set(path.replace(/^\/+/, '').toLowerCase(), path);
  });
  return { zip, names };
}

export function entryOf(pkg: Package, part: string): JSZip.JSZipObject | undefined {
  const name = pkg.names.get(part.replace(/^\/+/, '').toLowerCase());
  return name === undefined ? undefined : (pkg.zip.file(name) ?? undefined);
}

/** JSZip's chunked inflation (documented as internalStream; its typings leave it out). */
interface InternalStreaming {
  internalStream(type: 'uint8array'): {
    on(event: 'data', f: (chunk: Uint8Array) => void): void;
    on(event: 'error', f: (e: Error) => void): void;
    on(event: 'end', f: () => void): void;
    pause(): void;
    resume(): void;
  };
}

/** Streams a part's text to `onText` in pieces, counting inflated bytes against the budget. */
export function streamPart(entry: JSZip.JSZipObject, budget: Budget, onText: (text: string) => void): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    let decoder: TextDecoder | undefined;
    let failed = false;
    const stream = (entry as unknown as InternalStreaming).internalStream('uint8array');
    stream.on('data', (chunk: Uint8Array) => {
      if (failed) return;
      try {
        budget.take(chunk.length);
        // XML may be UTF-16 (it says so with a byte-order mark); otherwise UTF-8.
        decoder ??= new TextDecoder(chunk[0] === 0xff && chunk[1] === 0xfe ? 'utf-16le' : chunk[0] === 0xfe && chunk[1] === 0xff ? 'utf-16be' : 'utf-8');
        onText(decoder.decode(chunk, { stream: true }));
      } catch (e) {
        failed = true;
        stream.pause();
        reject(e);
      }
    });
    stream.on('error', (e: Error) => {
      if (!failed) reject(e);
      failed = true;
    });
    stream.on('end', () => {
      if (failed) return;
      try {
        if (decoder) onText(decoder.decode());
        resolvePromise();
      } catch (e) {
        reject(e);
      }
    });
    stream.resume();
  });
}

export async function readPartText(pkg: Package, part: string, budget: Budget): Promise<string | undefined> {
  const entry = entryOf(pkg, part);
  if (!entry) return undefined;
  const pieces: string[] = [];
  await streamPart(entry, budget, (t) => pieces.push(t));
  return pieces.join('');
}

export async function readPartXml(pkg: Package, part: string, budget: Budget): Promise<XmlDocument | undefined> {
  const text = await readPartText(pkg, part, budget);
  return text === undefined ? undefined : parseXml(text);
}

/** "xl/workbook.xml" → "xl/_rels/workbook.xml.rels"; "" (the package) → "_rels/.rels". */
export function relsPartOf(part: string): string {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

/** A relationship target resolved against the part that holds it, as a part name without a leading slash. */
export function resolveTarget(source: string, target: string): string {
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // A stray "%" is a literal character of the name.
  }
  const base = decoded.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const seg of decoded.replace(/\\/g, '/').split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') base.pop();
    else base.push(seg);
  }
  return base.join('/');
}

/** The target of `to` written relative to the folder of `from` (both part names). */
export function relativeTarget(from: string, to: string): string {
  const a = from.split('/').slice(0, -1);
  const b = to.split('/');
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

export function relationshipsOf(doc: XmlDocument | undefined): Relationship[] {
  if (!doc) return [];
  return elements(doc.root, 'Relationship').map((r) => ({
    id: r.attrs.Id ?? '',
    type: r.attrs.Type ?? '',
    target: r.attrs.Target ?? '',
    external: (r.attrs.TargetMode ?? '').toLowerCase() === 'external',
  }));
}

/** A relationship type by its last segment, whether transitional, strict or another vendor's spelling. */
export function typeIs(type: string, last: string): boolean {
  return type.slice(type.lastIndexOf('/') + 1).toLowerCase() === last.toLowerCase();
}
