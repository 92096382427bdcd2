/**
 * The add-in's own state, on a very-hidden sheet both Office.js and ExcelJS can read: which sheets
 * it owns, and fingerprints of the plan and inputs of the last run.
 */
import { vi } from '../../i18n/vi';
import { foldKey } from '../../domain/text/normalize';
import { cellText, type WorkbookSnapshot } from '../grid';
import type { SheetSpec } from '../spec';
import { text } from './cells';
import type { RunStamp } from './stamp';

export const stateFormat = 'thidua-state-1';

export interface AddinState {
  readonly owned: readonly string[];
  readonly planFingerprint?: string;
  readonly inputFingerprint?: string;
  readonly lastRun?: string;
}

export function renderState(name: string, state: AddinState, stamp: RunStamp): SheetSpec {
  const pairs: [string, string][] = [
    ['format', stateFormat],
    ...state.owned.map((o): [string, string] => ['owned', o]),
    ['planFingerprint', stamp.planFingerprint],
    ['inputFingerprint', stamp.inputFingerprint],
    ['lastRun', stamp.time],
  ];
  return {
    name,
    role: 'state',
    visibility: 'veryHidden',
    rows: [[text(vi.sheets.state.note, 'plain')], vi.sheets.state.columns.map((c) => text(c, 'plain')), ...pairs.map(([k, v]) => [text(k, 'plain'), text(v, 'plain')])],
    columnWidths: [20, 60],
    merges: [],
  };
}

/** Reads the state sheet if present and genuinely ours (it carries the format marker). */
export function readState(snapshot: WorkbookSnapshot): { sheet?: string; state: AddinState } {
  const target = foldKey(vi.sheets.names.state);
  const sheet = snapshot.sheets.find((s) => foldKey(s.name) === target);
  if (!sheet) return { state: { owned: [] } };
  const owned: string[] = [];
  const values: Record<string, string> = {};
  for (const r of sheet.rows) {
    const key = cellText(r[0] ?? null).trim();
    const value = cellText(r[1] ?? null).trim();
    if (key === 'owned') owned.push(value);
    else if (key !== '') values[key] = value;
  }
  if (values.format !== stateFormat) return { state: { owned: [] } };
  return {
    sheet: sheet.name,
    state: { owned, planFingerprint: values.planFingerprint, inputFingerprint: values.inputFingerprint, lastRun: values.lastRun },
  };
}
