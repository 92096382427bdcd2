/**
 * Finding the header of a scoring table by what it says: «STT», «Tiêu chuẩn/Nội dung», «Điểm» over
 * «Chuẩn | Thưởng | Trừ» (one header row or two), wherever it is and however wide the table is.
 */
import { foldKey } from '../../domain/text/normalize';
import type { TableRow } from './types';

export interface TableColumns {
  /** -1 when the table has no code column. */
  readonly code: number;
  readonly text: number;
  /** «Chuẩn», «Điểm chuẩn», «Điểm tối đa». */
  readonly base?: number;
  readonly bonus?: number;
  readonly deduction?: number;
  /** A single «Điểm» column: the sign or the text says which way the points go. */
  readonly points?: number;
}

export interface TableHeader {
  readonly columns: TableColumns;
  /** Indexes (into the grid's rows) of the header rows: one, or two when «Điểm» spans Chuẩn/Thưởng/Trừ. */
  readonly rows: readonly number[];
  /** Folded labels of the header rows, to recognise the header repeated on a later page. */
  readonly signature: readonly string[];
}

const codeLabels = new Set(['stt', 'tt', 'so tt', 'so thu tu', 'ma', 'ma so', 'ma tc', 'ma tieu chi', 'ky hieu', 'muc', 'so']);
const isTextLabel = (l: string): boolean => /\b(tieu chuan|noi dung|tieu chi|chi tieu)\b/.test(l) && !/^diem\b/.test(l);
/** Columns the unit or the council fills in: never the plan's points. */
const isScoreColumn = (l: string): boolean => /\b(tu cham|tu danh gia|tham dinh|cham|dat duoc|ket qua|thuc hien|ghi chu|minh chung|dien giai)\b/.test(l);
const isBonus = (l: string): boolean => /\b(thuong|cong)\b/.test(l) && !/\btong cong\b/.test(l);
const isDeduction = (l: string): boolean => /\btru\b/.test(l);
const isBase = (l: string): boolean => (/\bchuan\b/.test(l) && !/\btieu chuan\b/.test(l)) || /\b(toi da|thang diem)\b/.test(l) || /^(diem chuan|diem|so diem|diem so)$/.test(l);

function labels(row: TableRow | undefined): string[] {
  return (row?.cells ?? []).map((c) => foldKey(c));
}

/** A row that numbers the columns under the header: «(1) (2) (3) (4)» or «1 2 3 4 5». */
export function isColumnNumbers(row: TableRow): boolean {
  const filled = row.cells.map((c) => c.trim()).filter((c) => c !== '');
  if (filled.length < 3) return false;
  return filled.every((c, i) => new RegExp(`^\\(?(${i + 1}|${String.fromCharCode(65 + i)})\\)?$`, 'i').test(c));
}

/** The header of the table, searched in its first 30 rows; undefined when it has none. */
export function findHeader(rows: readonly TableRow[]): TableHeader | undefined {
  for (let h = 0; h < Math.min(rows.length, 30); h++) {
    const top = labels(rows[h]);
    // Without a code column the codes are read from the start of the text («a) Công tác …»).
    const code = top.findIndex((l) => codeLabels.has(l));
    const text = top.findIndex((l, i) => i !== code && isTextLabel(l));
    if (text < 0) continue;
    const next = labels(rows[h + 1]);
    // A second header row holds the point kinds under a «Điểm» cell, and no code.
    const second = next.some((l, i) => i !== text && (isBonus(l) || isDeduction(l) || isBase(l))) && !next.some((l, i) => i === code && l !== '' && !codeLabels.has(l));
    const width = Math.max(top.length, second ? next.length : 0);
    let base: number | undefined;
    let bonus: number | undefined;
    let deduction: number | undefined;
    let points: number | undefined;
    let lastTop = '';
    for (let col = 0; col < width; col++) {
      if (col === code || col === text) continue;
      // Under a merged «Điểm» cell the top label sits only in the first column: carry it along.
      if ((top[col] ?? '') !== '') lastTop = top[col] ?? '';
      const sub = second ? (next[col] ?? '') : '';
      const label = (sub !== '' ? sub : (top[col] ?? '')).trim();
      const whole = `${lastTop} ${sub}`.trim();
      if (label === '' || isScoreColumn(label) || isScoreColumn(whole)) continue;
      if (isDeduction(label) && deduction === undefined) deduction = col;
      else if (isBonus(label) && bonus === undefined) bonus = col;
      else if (isBase(label) && base === undefined) base = col;
    }
    if (base === undefined && bonus === undefined && deduction === undefined) {
      const only = top.findIndex((l, i) => i !== code && i !== text && /^(diem|so diem|diem so|thang diem)$/.test(l));
      if (only >= 0) points = only;
    }
    if (code < 0 && base === undefined && bonus === undefined && deduction === undefined && points === undefined) continue;
    const rowsUsed = second ? [h, h + 1] : [h];
    return {
      columns: {
        code,
        text,
        ...(base === undefined ? {} : { base }),
        ...(bonus === undefined ? {} : { bonus }),
        ...(deduction === undefined ? {} : { deduction }),
        ...(points === undefined ? {} : { points }),
      },
      rows: rowsUsed,
      signature: rowsUsed.map((r) => labels(rows[r]).join('|')),
    };
  }
  return undefined;
}

/** True when a row repeats one of the header rows (a table split across pages repeats its header). */
export function isHeaderRepeat(row: TableRow, header: TableHeader): boolean {
  const folded = labels(row).join('|');
  if (folded.replace(/\|/g, '') === '') return false;
  if (header.signature.includes(folded)) return true;
  const l = labels(row);
  return (header.columns.code < 0 || codeLabels.has(l[header.columns.code] ?? '')) && isTextLabel(l[header.columns.text] ?? '') && l.filter((x) => x !== '').length >= 2;
}
