/**
 * Whether the pane runs inside Excel. The one place outside the office adapter's port that asks office.js
 * anything, so the task pane never touches the `Office` global itself.
 */
/// <reference types="office-js" />
import { checkRequirements, createOfficePort, reducedMessage } from './port';
import type { WorkbookPort } from '../../app/port';

/**
 * How a file made in the pane reaches the user. Office for Mac and for iPad show the pane in a web
 * view where a download does nothing at all: there a workbook can only be opened as a new one
 * (Excel.createWorkbook, ExcelApi 1.8), and anything else must be said in words.
 */
export type Delivery = { readonly kind: 'download' } | { readonly kind: 'noDownload'; readonly openWorkbook?: (base64: string) => Promise<void> };

export type OfficeHost =
  | { readonly kind: 'excel'; readonly port: WorkbookPort; readonly reduced: string; readonly delivery: Delivery }
  | { readonly kind: 'unsupported'; readonly missing: readonly string[] }
  | { readonly kind: 'none' };

/**
 * Office opens the pane with its host in the URL (desktop: `_host_Info=`) or in window.name
 * (Excel on the web). Without either the page is in a plain browser, where office.js may never
 * get ready if its CDN is blocked: then the pane goes standalone after a short wait.
 */
function maybeInOffice(): boolean {
  return /[?&]_host_Info=/i.test(window.location.search) || window.name !== '';
}

const outsideOfficeWaitMs = 3000;

function deliveryIn(createWorkbook: boolean): Delivery {
  const platform = String(Office.context?.platform ?? '');
  if (platform !== 'Mac' && platform !== 'iOS') return { kind: 'download' };
  return createWorkbook ? { kind: 'noDownload', openWorkbook: (base64) => Excel.createWorkbook(base64) } : { kind: 'noDownload' };
}

/** Waits for office.js when it loaded; without it (blocked, offline, not Excel) there is no office host. */
export async function detectOfficeHost(): Promise<OfficeHost> {
  // Opened from a file (the offline app): Office never hosts a pane from file://, so no wait at all.
  if (window.location.protocol === 'file:' || typeof Office === 'undefined') return { kind: 'none' };
  const ready = Office.onReady();
  const info = maybeInOffice() ? await ready : await Promise.race([ready, new Promise<{ host: null }>((ok) => setTimeout(() => ok({ host: null }), outsideOfficeWaitMs))]);
  if (info.host !== Office.HostType.Excel) return { kind: 'none' };
  try {
    const requirements = checkRequirements();
    if (!requirements.ok) return { kind: 'unsupported', missing: requirements.missing };
    return { kind: 'excel', port: createOfficePort(), reduced: reducedMessage(requirements), delivery: deliveryIn(requirements.features.createWorkbook) };
  } catch {
    // The office host is not available in this version: the pane still works on an opened .xlsx.
    return { kind: 'none' };
  }
}
