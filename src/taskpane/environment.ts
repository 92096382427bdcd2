/**
 * Where the pane runs: inside Excel (office.js, the open workbook) or in a plain browser
 * (standalone: a .xlsx file opened from disk through ExcelJS, results downloaded).
 */
import { detectOfficeHost } from '../adapters/office/host';
import type { WorkbookPort } from '../app/port';

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
  | { readonly kind: 'excel'; readonly workspace: Workspace }
  | { readonly kind: 'unsupported'; readonly missing: readonly string[] }
  | { readonly kind: 'standalone' };

/** Inside Excel when office.js says so; otherwise (blocked, offline, another host) standalone. */
export async function detectEnvironment(): Promise<Environment> {
  const host = await detectOfficeHost();
  if (host.kind === 'excel') return { kind: 'excel', workspace: { id: 0, port: host.port } };
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

/** Hands bytes to the browser as a file download. */
export function downloadBytes(bytes: Uint8Array, fileName: string): void {
  const blob = new Blob([bytes.slice()], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked later: some browsers start reading the blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
