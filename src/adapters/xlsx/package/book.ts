/**
 * A .xlsx workbook held as its package: read once into a snapshot, written by splicing the owned
 * sheets and highlights into the input bytes (see splice.ts). The port applies write plans to the
 * snapshot at once and to the package when the workbook is saved.
 */
import { foldKey } from '../../../domain/text/normalize';
import type { WorkbookSnapshot } from '../../../workbook/grid';
import { snapshotFromSpec } from '../../../workbook/spec-snapshot';
import type { Highlight, SheetSpec, WritePlan } from '../../../workbook/spec';
import type { WorkbookPort } from '../../../app/port';
import { defaultLimits, readPackage, type PackageIndex, type ReadLimits } from './reader';
import { splice } from './splice';

export interface Book {
  readonly bytes: Uint8Array;
  readonly index: PackageIndex;
  snapshot: WorkbookSnapshot;
  /** Owned sheets written so far, in order of first writing; a later spec of the same name replaces an earlier one. */
  readonly specs: SheetSpec[];
  highlights: readonly Highlight[] | undefined;
}

export async function openBook(data: ArrayBuffer | Uint8Array, limits: ReadLimits = defaultLimits): Promise<Book> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const read = await readPackage(bytes, limits);
  return { bytes, index: read.index, snapshot: read.snapshot, specs: [], highlights: undefined };
}

function applyToBook(book: Book, plan: WritePlan): void {
  let sheets = [...book.snapshot.sheets];
  for (const spec of plan.sheets) {
    const key = foldKey(spec.name);
    const written = snapshotFromSpec(spec);
    // In place, as the package keeps the replaced sheet's place in the workbook.
    const at = sheets.findIndex((s) => foldKey(s.name) === key);
    if (at >= 0) sheets[at] = written;
    else sheets = [...sheets, written];
    const before = book.specs.findIndex((s) => foldKey(s.name) === key);
    if (before >= 0) book.specs[before] = spec;
    else book.specs.push(spec);
  }
  book.snapshot = { sheets };
  if (plan.highlights) book.highlights = plan.highlights;
}

export function createBookPort(book: Book): WorkbookPort {
  return {
    readSnapshot: async () => book.snapshot,
    apply: async (plan) => applyToBook(book, plan),
    clearHighlights: async () => {
      book.highlights = [];
    },
  };
}

/** The input package with the owned sheets and highlights written; the input bytes themselves when nothing was. */
export function saveBook(book: Book): Promise<Uint8Array> {
  return splice({ bytes: book.bytes, index: book.index, specs: book.specs, highlights: book.highlights });
}
