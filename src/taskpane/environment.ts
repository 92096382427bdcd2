/**
 * Where the pane runs: inside Excel (office.js, the open workbook) or in a plain browser
 * (standalone: a .xlsx file opened from disk through ExcelJS, results downloaded).
 */
import { detectOfficeHost, type Delivery } from '../adapters/office/host';
import { plainError } from '../app/plain-error';
import { toBase64 } from '../app/bytes';
import type { WorkbookPort } from '../app/port';
import { office as messages } from '../i18n/vi/office';

/** The workbook the steps work on. A new one (new id) resets every step. */
export interface Workspace {
  readonly id: number;
  readonly port: WorkbookPort;
  /** File name, standalone only. */
  readonly name?: string;
  /** Serialises the workbook for download, standalone only. */
  readonly save?: () => Promise<Uint8Array>;
}

export type Environment =
  /** reduced: what this Excel does more plainly (below ExcelApi 1.8, 1.9, 1.13), to say once; '' when nothing. */
  | { readonly kind: 'excel'; readonly workspace: Workspace; readonly reduced: string }
  | { readonly kind: 'unsupported'; readonly missing: readonly string[] }
  | { readonly kind: 'standalone' };

/** Inside Excel when office.js says so; otherwise (blocked, offline, another host) standalone. */
export async function detectEnvironment(): Promise<Environment> {
  const host = await detectOfficeHost();
  if (host.kind === 'excel') {
    delivery = host.delivery;
    return { kind: 'excel', workspace: { id: 0, port: host.port }, reduced: host.reduced };
  }
  if (host.kind === 'unsupported') return { kind: 'unsupported', missing: host.missing };
  return { kind: 'standalone' };
}

/**
 * Opens a .xlsx file in memory; saving writes the file's own package with the owned sheets spliced in,
 * so charts, pictures and links the officer had stay. ExcelJS is loaded only here, so the pane inside Excel never downloads it.
 */
export async function openXlsxFile(file: File, id: number): Promise<Workspace> {
  const { createBookPort, openBook, saveBook } = await import(/* webpackChunkName: "xlsx" */ '../adapters/xlsx/port');
  const book = await openBook(await file.arrayBuffer());
  return { id, port: createBookPort(book), name: file.name, save: () => saveBook(book) };
}

/** How files reach the user here: a download, except in Office for Mac and iPad (see Delivery). */
let delivery: Delivery = { kind: 'download' };

/** For tests: the delivery of another host. */
export function setDelivery(next: Delivery): void {
  delivery = next;
}

/**
 * Hands bytes to the user: a download in a browser and in Excel on Windows and the web. Where a
 * download would silently do nothing (Office for Mac and iPad), a workbook opens as a new workbook
 * (Excel.createWorkbook) and anything else throws a plain message saying what to do instead — so
 * no caller can report a file as delivered when it was not. Returns what happened; a workbook being
 * opened is a promise the caller may await.
 */
export function downloadBytes(bytes: Uint8Array, fileName: string): { readonly kind: 'downloaded' } | { readonly kind: 'opened'; readonly done: Promise<void>; readonly message: string } {
  if (delivery.kind === 'noDownload') {
    const open = delivery.openWorkbook;
    if (open && /\.xlsx$/i.test(fileName)) return { kind: 'opened', done: open(toBase64(bytes)), message: messages.openedAsWorkbook({ file: fileName }) };
    throw plainError(messages.noDownload({ file: fileName }), undefined);
  }
  const type = /\.zip$/i.test(fileName) ? 'application/zip' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  const blob = new Blob([bytes.slice()], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked later: some browsers start reading the blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  return { kind: 'downloaded' };
}
