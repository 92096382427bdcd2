/**
 * "Nhật ký chấm điểm": one row per run that writes results (time, who, plan and input fingerprints,
 * counts). Hosts replace owned sheets wholesale, so the rows already there are read from the snapshot
 * and written back with the new one. Each row ends with a code chained to the row before, so an
 * edited or deleted row shows; such a row is kept exactly as read and reported, never dropped.
 */
import type { Finding } from '../../domain/findings';
import { finding } from '../../domain/findings';
import { sha256Hex } from '../../domain/hash';
import { vi } from '../../i18n/vi';
import { foldKey } from '../../domain/text/normalize';
import { address, isCellError, isDate, type CellValue, type SheetSnapshot } from '../grid';
import type { OutCell, SheetSpec, StyleName } from '../spec';
import { num, row, rowAt, text } from './cells';
import { withRowHeights } from './layout';
import { formatRunTime, type RunStamp } from './stamp';

const t = vi.audit;
const width = t.columns.length;
/** Columns covered by a row's code: every column but the code itself. */
const hashed = width - 1;

/** The values of one new row, in column order (the STT and the code are added when it is written). */
export interface LogEntry {
  readonly timeVi: string;
  readonly timeIso: string;
  readonly user: string;
  readonly planFingerprint: string;
  readonly inputFingerprint: string;
  readonly units: number;
  readonly proposals: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly sheets: string;
}

/** A row already in the log, kept as read (values only; text and numbers as they were). */
export type KeptRow = readonly (string | number | null)[];

export interface LogRead {
  readonly rows: readonly KeptRow[];
  /** The code of the last row, which the next row chains to; '' for an empty log. */
  readonly lastCode: string;
  readonly findings: readonly Finding[];
}

/** The value a cell holds, the way the log keeps and hashes it. */
function keep(value: CellValue | undefined): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'boolean') return String(value);
  if (isDate(value)) return value.toISOString();
  if (isCellError(value)) return value.error;
  return null;
}

const asText = (value: string | number | null | undefined): string => (value === null || value === undefined ? '' : String(value));

/** The code of a row: its values chained to the previous row's code. */
export function rowCode(previous: string, values: readonly (string | number | null)[]): string {
  return sha256Hex([previous, ...values.slice(0, hashed).map(asText)].join('\u001f')).slice(0, 12);
}

const headerKeys = t.columns.map((c) => foldKey(c));

function isHeaderRow(cells: readonly CellValue[]): boolean {
  return headerKeys.every((key, i) => {
    const v = cells[i];
    return typeof v === 'string' && foldKey(v) === key;
  });
}

/** Reads the rows of an existing log, checking each row's code; no sheet is an empty log. */
export function readAuditLog(sheet: SheetSnapshot | undefined): LogRead {
  if (!sheet) return { rows: [], lastCode: '', findings: [] };
  const header = sheet.rows.findIndex(isHeaderRow);
  const kept = (from: number): { r: number; values: KeptRow }[] =>
    sheet.rows.flatMap((cells, r) => {
      if (r < from) return [];
      const values = Array.from({ length: Math.max(width, cells.length) }, (_, c) => keep(cells[c]));
      return values.every((v) => v === null || v === '') ? [] : [{ r, values }];
    });
  if (header < 0) {
    // Not our layout any more: everything on the sheet is history we cannot check, so all of it stays.
    const rows = kept(0);
    const last = rows[rows.length - 1]?.values[hashed];
    return { rows: rows.map((x) => x.values), lastCode: asText(last), findings: [finding('AUDIT_LOG_DAMAGED', { sheet: sheet.name, rows: rows.length }, { cell: { sheet: sheet.name, address: 'A1' } })] };
  }
  const findings: Finding[] = [];
  let previous = '';
  const rows = kept(header + 1);
  for (const { r, values } of rows) {
    const stored = asText(values[hashed]);
    if (stored !== rowCode(previous, values)) {
      findings.push(finding('AUDIT_LOG_ROW_CHANGED', { sheet: sheet.name, row: r + 1 }, { cell: { sheet: sheet.name, address: address(r, 0) } }));
    }
    previous = stored;
  }
  return { rows: rows.map((x) => x.values), lastCode: previous, findings };
}

/** The new row's values, STT first and the chained code last. */
export function newLogRow(read: LogRead, entry: LogEntry): KeptRow {
  const values: (string | number)[] = [
    read.rows.length + 1,
    entry.timeVi,
    entry.timeIso,
    entry.user,
    entry.planFingerprint,
    entry.inputFingerprint,
    entry.units,
    entry.proposals,
    entry.errors,
    entry.warnings,
    entry.infos,
    entry.sheets,
  ];
  return [...values, rowCode(read.lastCode, values)];
}

export function logEntry(stamp: RunStamp, user: string | undefined, counts: Omit<LogEntry, 'timeVi' | 'timeIso' | 'user' | 'planFingerprint' | 'inputFingerprint'>): LogEntry {
  return {
    timeVi: formatRunTime(stamp),
    timeIso: stamp.time,
    user: user === undefined || user.trim() === '' ? t.unknownUser : user.trim(),
    planFingerprint: stamp.planFingerprint,
    inputFingerprint: stamp.inputFingerprint,
    ...counts,
  };
}

function cellOf(value: string | number | null): OutCell {
  const style: StyleName = typeof value === 'number' ? 'cellCenter' : 'cell';
  return typeof value === 'number' ? num(value, style) : text(value ?? '', style);
}

export function renderAuditLog(name: string, read: LogRead, newRow: KeptRow): SheetSpec {
  const rows: OutCell[][] = [
    rowAt(width, 0, text(t.title, 'title')),
    rowAt(width, 0, text(t.note, 'note')),
    row(width, []),
    t.columns.map((c) => text(c, 'tableHeader')),
  ];
  const headerRow = rows.length;
  // Kept rows may be wider than the log when someone typed beside it: their extra cells stay too.
  for (const values of [...read.rows, newRow]) rows.push(values.map(cellOf));
  return withRowHeights({
    name,
    role: 'log',
    visibility: 'visible',
    rows,
    columnWidths: [5, 16, 22, 16, 18, 18, 8, 8, 6, 8, 8, 36, 14],
    merges: [`${address(0, 0)}:${address(0, width - 1)}`],
    freeze: { rows: headerRow, columns: 0 },
    page: {
      orientation: 'landscape',
      paper: 'A4',
      margins: { top: 20, bottom: 20, left: 30, right: 15 },
      printTitleRows: [headerRow, headerRow],
      fitToWidth: true,
      pageNumbers: true,
    },
  });
}

/** "1a2b-3c4d-5e6f": the first 12 hex digits of a fingerprint, grouped by four for reading aloud. */
export function shortFingerprint(fingerprint: string): string {
  return (fingerprint.slice(0, 12).match(/.{1,4}/g) ?? []).join('-');
}

/** The line printed on every output sheet so a paper copy can be matched to its workbook and log row. */
export function printedFingerprint(stamp: RunStamp, logSheet: string): string {
  return t.printedFingerprint({ short: shortFingerprint(stamp.inputFingerprint), log: logSheet, plan: shortFingerprint(stamp.planFingerprint), time: formatRunTime(stamp) });
}
