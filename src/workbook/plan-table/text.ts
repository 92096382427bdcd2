/**
 * Reading the rules a scoring table writes in words: «mỗi trường hợp … trừ 0,5 điểm», «cộng 1 điểm»,
 * «trên 92%», «không xếp loại», «(từ a1 đến a9, tổng 30 điểm)», «Ghi chú: Tổng điểm trừ của mục a1 không
 * quá 1,5 điểm». Sentences are matched on a folded copy (lower case, no diacritics, «đ» → «d») that keeps
 * digits, «,», «.» and «%», so «0,5» stays a number.
 */
import { readNumber } from '../../domain/text/numbers';
import { cleanText } from '../../domain/text/normalize';

/** Lower case, diacritics off, «đ» → «d», spacing folded; digits and «, . % ( ) : ;» kept. */
export function foldSentence(value: string): string {
  return cleanText(value)
    .toLocaleLowerCase('vi')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/[–−]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A number as a table writes it: «0,5», «1,5», «99,0», «2». */
const numberPattern = String.raw`(\d+(?:[.,]\d+)?)`;

/** A number written in a sentence, Vietnamese style; undefined when it is not one. */
export function sentenceNumber(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const read = readNumber(raw);
  return read.kind === 'number' ? read.value : undefined;
}

/**
 * A number written in a points column: «3», «-0,5», «+1», «(0,5)», «- 0,5 đ», «1,5 điểm». The sign
 * only says which way the points go, which the column already says; the magnitude is returned.
 */
export function columnPoints(raw: string): { value: number } | { text: string } | undefined {
  const text = cleanText(raw);
  if (text === '' || /^[-–—.]+$/.test(text)) return undefined;
  const bare = foldSentence(text)
    .replace(/^\((.*)\)$/, '$1')
    .replace(/\s*(diem|d)\.?$/, '')
    .replace(/^([+-])\s+/, '$1')
    .trim();
  const read = readNumber(bare);
  if (read.kind === 'number' && !read.percent) return { value: Math.abs(read.value) };
  return { text };
}

export type Direction = 'bonus' | 'deduction';

/** «mỗi trường hợp … trừ 0,5 điểm», «mỗi sáng kiến được công nhận: cộng 1 điểm». */
export interface PerCaseRule {
  readonly direction: Direction;
  readonly points: number;
}

/** «cộng 1 điểm», «trừ 2 điểm», «được cộng 0,5 điểm». */
export interface PointsRule {
  readonly direction: Direction;
  readonly points: number;
}

export type ThresholdOp = 'atLeast' | 'above' | 'atMost' | 'below';

/** «trên 92%», «đạt 99,0% … trở lên», «dưới 50%». */
export interface Threshold {
  readonly op: ThresholdOp;
  readonly value: number;
  readonly unit: string;
}

/** Every rule one sentence states; several of a kind mean the row holds several rules. */
export interface SentenceRules {
  readonly perCase: readonly PerCaseRule[];
  readonly points: readonly PointsRule[];
  readonly thresholds: readonly Threshold[];
  /** «không xếp loại», «không được xếp loại», «không xét thi đua»: the row is a gate. */
  readonly gate: boolean;
  /** «không giới hạn». */
  readonly unlimited: boolean;
  /** «tối đa 2 điểm», «không quá 2 điểm» said of the row itself. */
  readonly ownCap?: number;
  /** «(tổng 30 điểm)», «(từ a1 đến a9, tổng 30 điểm)». */
  readonly total?: number;
  /** «từ 95% trở lên: 5 điểm; từ 90% đến dưới 95%: 3 điểm»: a threshold and the points it gives, in order. */
  readonly steps: readonly { readonly threshold: Threshold; readonly points: number; readonly direction?: Direction }[];
  /** «01 trong 02 trường hợp», «một trong các trường hợp». */
  readonly oneOf: boolean;
  /** «Mỗi mô hình …», «mỗi lần …»: the points (in a column) are for each case. */
  readonly each: boolean;
  /** «đạt đủ các tiêu chí … thì cộng»: a bonus with a condition a plan cannot check. */
  readonly conditional: boolean;
}

const direction = (word: string): Direction => (word.startsWith('cong') || word.startsWith('thuong') ? 'bonus' : 'deduction');

function all(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const g = new RegExp(re.source, 'g');
  for (let m = g.exec(text); m !== null; m = g.exec(text)) out.push(m);
  return out;
}

const pointsWord = String.raw`(cong|tru|thuong)\s+(?:them\s+)?${numberPattern}\s*(?:diem|d\b)`;
const perCaseLead = String.raw`\b(?:moi|cu moi)\s+[^.;:]*?[:,]?\s*(?:thi\s+|se\s+|bi\s+|duoc\s+)?`;

/** Reads the rules one cell of text states. */
export function readSentence(raw: string): SentenceRules {
  const text = foldSentence(raw);
  const perCase: PerCaseRule[] = [];
  const perCaseAt = new Set<number>();
  for (const m of all(new RegExp(perCaseLead + pointsWord), text)) {
    const word = m[1] ?? '';
    const points = sentenceNumber(m[2]);
    if (points === undefined) continue;
    perCase.push({ direction: direction(word), points });
    perCaseAt.add(m.index + m[0].length);
  }
  const points: PointsRule[] = [];
  for (const m of all(new RegExp(pointsWord), text)) {
    if (perCaseAt.has(m.index + m[0].length)) continue;
    const value = sentenceNumber(m[2]);
    if (value !== undefined) points.push({ direction: direction(m[1] ?? ''), points: value });
  }
  const thresholds: Threshold[] = [];
  const thresholdEnds: number[] = [];
  // «từ 90% đến dưới 95%»: the second bound closes a range, it gives no points of its own.
  const rangeEnds: boolean[] = [];
  const thresholdRe = String.raw`\b(tren|duoi|tu|dat|it nhat|toi thieu|khong duoi|khong qua|vuot|cao hon|thap hon|lon hon|nho hon|>=|<=|>|<|≥|≤)\s*${numberPattern}\s*(%|ngay|lan|ho so|hs)?([^.;:]{0,40}?\btro (?:len|xuong))?`;
  for (const m of all(new RegExp(thresholdRe), text)) {
    const word = m[1] ?? '';
    const value = sentenceNumber(m[2]);
    if (value === undefined) continue;
    const unit = m[3] ?? '';
    const trailing = m[4] ?? '';
    // «tối đa»/«không quá … điểm» caps the points, it is not a threshold; a bare «từ 3» without a unit
    // or «trở lên» is a count or a range of points, not a threshold either.
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 8);
    if (unit === '' && /^\s*(diem|d\b)/.test(after)) continue;
    if (unit === '' && trailing === '' && !/^(tren|duoi|>|<|≥|≤|>=|<=|it nhat|toi thieu)$/.test(word)) continue;
    let op: ThresholdOp;
    if (/^(tren|vuot|cao hon|lon hon|>)$/.test(word)) op = 'above';
    else if (/^(duoi|thap hon|nho hon|<)$/.test(word)) op = 'below';
    else if (/^(khong qua|<=|≤)$/.test(word)) op = 'atMost';
    else op = trailing.includes('xuong') ? 'atMost' : 'atLeast';
    thresholdEnds.push(m.index + m[0].length);
    rangeEnds.push(/\bden\s*$/.test(text.slice(0, m.index)));
    thresholds.push({ op, value, unit: unit === 'hs' ? 'hồ sơ' : unit === 'ho so' ? 'hồ sơ' : unit === 'ngay' ? 'ngày' : unit === 'lan' ? 'lần' : unit });
  }
  const steps: { threshold: Threshold; points: number; direction?: Direction }[] = [];
  for (const [i, threshold] of thresholds.entries()) {
    if (rangeEnds[i] === true) continue;
    const t = { threshold, end: thresholdEnds[i] ?? text.length };
    const m = /^[^;]{0,60}?(?::|\bthi\b|,|\bduoc\b)\s*(?:duoc\s+|se\s+|bi\s+)?(?:(cong|tru|thuong)\s+(?:them\s+)?)?(\d+(?:[.,]\d+)?)\s*(?:diem|d\b)/.exec(text.slice(t.end));
    const value = sentenceNumber(m?.[2]);
    if (!m || value === undefined) continue;
    steps.push({ threshold: t.threshold, points: value, ...(m[1] === undefined ? {} : { direction: direction(m[1]) }) });
  }
  const cap = /\b(?:toi da|khong qua|khong vuot qua)\s+(?:la\s+)?(\d+(?:[.,]\d+)?)\s*(?:diem|d\b)/.exec(text);
  const total = /\btong(?:\s+cong)?(?:\s+so)?(?:\s+diem)?(?:\s+la)?\s*:?\s*(\d+(?:[.,]\d+)?)\s*(?:diem|d\b)/.exec(text);
  const ownCap = sentenceNumber(cap?.[1]);
  const totalValue = sentenceNumber(total?.[1]);
  return {
    perCase,
    points,
    thresholds,
    steps,
    gate: /\bkhong (?:duoc )?(?:xep loai|xet (?:thi dua|khen thuong|xep loai)|binh xet)/.test(text),
    unlimited: /\bkhong gioi han\b/.test(text),
    ...(ownCap === undefined ? {} : { ownCap }),
    ...(totalValue === undefined ? {} : { total: totalValue }),
    each: /\b(?:moi|cu moi)\s+(?!nam\b|quy\b|thang\b|ky\b)/.test(text),
    oneOf: /\b(?:0?1|mot)\s+trong\s+(?:0?\d+|hai|ba|cac)\s+(?:truong hop|muc|noi dung|tieu chi)/.test(text),
    conditional: /\bdat (?:du|day du|tat ca) (?:cac )?(?:tieu chi|noi dung|chi tieu)[^.]*\bthi\b/.test(text),
  };
}

/** True when a sentence says something a plan can use (points, a rule, a gate). */
export function hasRule(r: SentenceRules): boolean {
  return r.perCase.length > 0 || r.points.length > 0 || r.gate;
}

export type CapKind = 'bonus' | 'deduction' | 'adjustment';

/** A cap a notes row states: «Tổng điểm trừ của mục a1 không quá 1,5 điểm». */
export interface NoteCap {
  readonly kind: CapKind;
  readonly value: number;
  /** The section named («mục a1», «tiêu chí 2», «tiêu chuẩn II»), as written; absent when none is named. */
  readonly section?: string;
}

/** True for a notes row: «Ghi chú:», «Lưu ý:», «* …», «(*) …». */
export function isNote(raw: string): boolean {
  return /^(?:\(?\*+\)?|ghi chu\b|luu y\b|chu y\b|chu thich\b)/.test(foldSentence(raw));
}

/** The caps a note states; several sentences may each state one. */
export function readNoteCaps(raw: string): NoteCap[] {
  const text = foldSentence(raw);
  const caps: NoteCap[] = [];
  const re = /(diem cong\s*(?:,|va|\/)?\s*(?:diem\s+)?tru|diem tru\s*(?:,|va|\/)?\s*(?:diem\s+)?cong|cong\s*(?:,|va|\/)\s*tru|diem thuong\s*(?:,|va|\/)?\s*(?:diem\s+)?tru|diem cong|diem thuong|diem tru)([^.;]*?)\b(?:khong (?:vuot )?qua|toi da(?: la)?|khong duoc vuot qua)\s+(\d+(?:[.,]\d+)?)\s*(?:diem|d\b)?/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const what = m[1] ?? '';
    const value = sentenceNumber(m[3]);
    if (value === undefined) continue;
    const kind: CapKind = /cong|thuong/.test(what) && /tru/.test(what) ? 'adjustment' : /tru/.test(what) ? 'deduction' : 'bonus';
    const named = /\b(?:muc|tieu chi|tieu chuan|noi dung|phan|chi tieu)\s+(?:so\s+)?([0-9a-z]+(?:[.\-/][0-9a-z]+)*)\b/.exec(m[2] ?? '');
    const section = named?.[1];
    caps.push({ kind, value, ...(section === undefined || /^(nay|tren|do)$/.test(section) ? {} : { section }) });
  }
  return caps;
}

/**
 * A code written at the start of the text when the code column is empty: «a) Công tác …», «1. Thực hiện …»,
 * «II. Tiêu chuẩn …». Only short codes followed by «)» or «.» and a space count, so a sentence is never cut.
 */
export function leadingCode(raw: string): { code: string; rest: string } | undefined {
  const m = /^\(?([0-9]{1,2}(?:\.[0-9]{1,2}){0,3}|[a-zđ]|[a-z][0-9]{1,2}(?:\.[0-9]{1,2}){0,2}|[IVX]{1,5})[.)]\s+(\S.*)$/su.exec(cleanText(raw));
  if (!m) return undefined;
  return { code: m[1] ?? '', rest: m[2] ?? '' };
}
