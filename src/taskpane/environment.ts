/**
 * Where the pane runs: inside Excel (office.js, the open workbook) or in a plain browser
 * (standalone: a .xlsx file opened from disk through ExcelJS, results downloaded).
 */
/// <reference types="office-js" />
import { checkRequirements, createOfficePort } from '../hosts/office/port';
import type { WorkbookPort } from '../hosts/port';

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

/**
 * Office opens the pane with its host in the URL (desktop: `_host_Info=`) or in window.name
 * (Excel on the web). Without either the page is in a plain browser, where office.js may never
 * get ready if its CDN is blocked: then the pane goes standalone after a short wait.
 */
function maybeInOffice(): boolean {
  return /[?&]_host_Info=/i.test(window.location.search) || window.name !== '';
}

const outsideOfficeWaitMs = 3000;

/** Waits for office.js when it loaded; without it (blocked, offline) the pane runs standalone. */
export async function detectEnvironment(): Promise<Environment> {
  if (typeof Office === 'undefined') return { kind: 'standalone' };
  const ready = Office.onReady();
  const info = maybeInOffice() ? await ready : await Promise.race([ready, new Promise<{ host: null }>((ok) => setTimeout(() => ok({ host: null }), outsideOfficeWaitMs))]);
  if (info.host !== Office.HostType.Excel) return { kind: 'standalone' };
  try {
    const requirements = checkRequirements();
    if (!requirements.ok) return { kind: 'unsupported', missing: requirements.missing };
    return { kind: 'excel', workspace: { id: 0, port: createOfficePort() } };
  } catch {
    // The office host is not available in this version: the pane still works on an opened .xlsx.
    return { kind: 'standalone' };
  }
}

/** Opens a .xlsx file in memory. ExcelJS is loaded only here, so the pane inside Excel never downloads it. */
export async function openXlsxFile(file: File, id: number): Promise<Workspace> {
  const { createXlsxPort, loadWorkbook, saveWorkbook } = await import(/* webpackChunkName: "xlsx" */ '../hosts/xlsx/port');
  const wb = await loadWorkbook(await file.arrayBuffer());
  return { id, port: createXlsxPort(wb), name: file.name, save: () => saveWorkbook(wb) };
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
