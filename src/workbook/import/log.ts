/**
 * The import log sheet («Nhật ký nhập»): one row per file of every import, earlier rows kept as read.
 * It also says which sheets are copies of returned files («Sheet bản gốc»): those are records of what
 * a unit sent, not inputs — the consolidated sheet is what gets scored and corrected.
 */
import { vi } from '../../i18n/vi';
import { foldKey } from '../../domain/text/normalize';
import { sameSheetName } from '../sheet-name';
import { cellText, type SheetSnapshot, type WorkbookSnapshot } from '../grid';
import { text } from '../render/cells';
import { formatVietnamTime } from '../render/stamp';
import type { OutCell, SheetSpec } from '../spec';

const t = vi.importText;

export type ImportStatus = keyof typeof t.status;

/** What the officer is asked about a waiting file: which unit it is for (candidates first), or whether it replaces. */
export type ImportQuestion = { readonly kind: 'unit'; readonly candidates: readonly string[] } | { readonly kind: 'replace' };

export interface ImportLogRow {
  readonly file: string;
  readonly unit: string;
  /** The copy of the file's unit sheet brought into the workbook, when one was. */
  readonly copy?: string;
  readonly checksum: string;
  readonly status: ImportStatus;
  readonly reason: string;
  /** Only on waiting rows that an answer can settle (not written in the sheet). */
  readonly question?: ImportQuestion;
}

export interface ImportLogRead {
  readonly sheet?: SheetSnapshot;
  /** The sheet has the log's header row (it is an import log, not someone's sheet of the same name). */
  readonly ours: boolean;
  /** Rows after the header that hold anything, as read. */
  readonly rows: SheetSnapshot['rows'];
  readonly lastRun: number;
  /** Sheets named in the «Sheet bản gốc» column. */
  readonly copies: readonly string[];
}

const headerKey = foldKey(t.logColumns.run);
const copyKey = foldKey(t.logColumns.copy);

export function findImportLog(snapshot: WorkbookSnapshot): SheetSnapshot | undefined {
  return snapshot.sheets.find((s) => sameSheetName(s.name, t.logSheet));
}

export function readImportLog(sheet: SheetSnapshot | undefined): ImportLogRead {
  const start = sheet ? sheet.rows.findIndex((r) => typeof r[0] === 'string' && foldKey(r[0]) === headerKey) : -1;
  if (!sheet || start < 0) return { ours: false, rows: [], lastRun: 0, copies: [] };
  const header = sheet.rows[start] ?? [];
  const copyCol = header.findIndex((c) => typeof c === 'string' && foldKey(c) === copyKey);
  const rows = sheet.rows.slice(start + 1).filter((r) => r.some((c) => c !== null && cellText(c).trim() !== ''));
  const lastRun = rows.reduce((n, r) => (typeof r[0] === 'number' && r[0] > n ? r[0] : n), 0);
  const copies = copyCol < 0 ? [] : rows.map((r) => cellText(r[copyCol] ?? null).trim()).filter((n) => n !== '');
  return { sheet, ours: true, rows, lastRun, copies };
}

/** Copies of returned files already in the workbook: not inputs (run.ts and the import skip them). */
export function importedCopies(snapshot: WorkbookSnapshot): readonly string[] {
  return readImportLog(findImportLog(snapshot)).copies;
}

const columns = Object.values(t.logColumns);

/** The log: the rows already there (kept as read), then this import's rows, numbered by import. */
export function renderImportLog(previous: ImportLogRead, log: readonly ImportLogRow[], time: string): SheetSpec {
  const keptRows = previous.rows.map((r) =>
    columns.map((_, i): OutCell => {
      const v = r[i] ?? null;
      return typeof v === 'number' ? { value: v, style: 'cellCenter' } : text(v === null ? '' : cellText(v));
    }),
  );
  const newRows = log.map((l): OutCell[] => [
    { value: previous.lastRun + 1, style: 'cellCenter' },
    text(formatVietnamTime(time)),
    text(l.file),
    text(l.unit),
    text(l.copy ?? ''),
    text(l.checksum),
    text(t.status[l.status], l.status === 'imported' ? 'cell' : l.status === 'rejected' ? 'error' : 'warning'),
    text(l.reason),
  ]);
  return {
    name: t.logSheet,
    role: 'log',
    visibility: 'visible',
    rows: [[text(t.logTitle, 'title')], [], columns.map((c) => text(c, 'tableHeader')), ...keptRows, ...newRows],
    columnWidths: [8, 22, 36, 30, 26, 20, 16, 80],
    merges: [],
    freeze: { rows: 3, columns: 0 },
  };
}
