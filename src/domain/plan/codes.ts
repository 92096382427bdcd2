/**
 * Criterion codes as plans write them — «1.1», «01.1», «I», «II.1», «a», «a1», «a1.1», «a.7.6», «C2.4»,
 * «1.1.a» — and the one rule that decides when two spellings are the same code. Every reader (plan sheet,
 * unit sheets, consolidated sheet, templates, import, tables pasted from Word) matches codes through
 * `codeKey`; the code is shown as the plan wrote it.
 *
 * A code is a sequence of segments: runs of digits, runs of letters, separated by «.» (or «-», «/», «_»,
 * spaces) or by a change from letters to digits («a1» = «a.1», «C2.4» = «C.2.4»). Digits lose leading
 * zeros («01» = «1»); letters are compared without case («II» = «ii»). Roman numerals stay letters:
 * «II» is not «2» — a plan that numbers its parts I, II beside 1, 2 means two different things.
 * A letter segment is a Roman numeral or at most three letters («a», «TC1»); a code of letters only is
 * made of single letters or Roman numerals: «Total», «Tong», «STT» in a code column are words, not codes.
 */

/** One segment: digits, or Latin letters (Roman numerals included). */
const segment = /[0-9]+|[A-Za-z]+/g;
/** What a code may hold: letters, digits and separators; at most 12 segments, at most 40 characters. */
const codeShape = /^[0-9A-Za-z]+(?:[.\-/_ ]?[0-9A-Za-z]+)*\.?$/;

/** A Roman numeral (I … MMMCMXCIX), any case. */
const roman = /^(?=[ivxlcdm])m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/i;
const shortLetters = 3;

/** Trims the text a cell holds around a code: spaces, a trailing «.» or «)» («a)» is «a»), an opening «(». */
function trimCode(raw: string): string {
  return raw.normalize('NFC').replace(/[\s\u00a0]+/g, ' ').trim().replace(/^\(/, '').replace(/[.)]$/, '').trim();
}

/**
 * Segments already worked out, by the text as given: codes are few and asked for again and again (every
 * sort, every lookup of a unit row). Bounded, so a hostile sheet of distinct texts cannot grow it for ever.
 */
const segmentsOf = new Map<string, readonly string[] | null>();
const segmentsKept = 20_000;

/** The segments of a code, normalised for comparison; undefined when the text is not shaped like a code. */
export function codeSegments(raw: string): readonly string[] | undefined {
  const known = segmentsOf.get(raw);
  if (known !== undefined) return known ?? undefined;
  const segments = readSegments(raw);
  if (segmentsOf.size >= segmentsKept) segmentsOf.clear();
  segmentsOf.set(raw, segments ? Object.freeze(segments) : null);
  return segments;
}

function readSegments(raw: string): string[] | undefined {
  const text = trimCode(raw);
  if (text === '' || text.length > 40 || !codeShape.test(text)) return undefined;
  const parts = text.match(segment) ?? [];
  if (parts.length === 0 || parts.length > 12) return undefined;
  const letters = parts.filter((p) => /^[A-Za-z]/.test(p));
  if (letters.some((p) => p.length > shortLetters && !roman.test(p))) return undefined;
  // Without a digit, only single letters and Roman numerals are codes: «STT», «TT» head columns.
  if (letters.length === parts.length && letters.some((p) => p.length > 1 && !roman.test(p))) return undefined;
  return parts.map((p) => (/^[0-9]/.test(p) ? String(Number(p)) : p.toLowerCase()));
}

/** The key two spellings of one code share («01.1» and «1.1»; «a1» and «a.1»); undefined for non-codes. */
export function codeKey(raw: string): string | undefined {
  return codeSegments(raw)?.join('.');
}

/** True when the text reads as a criterion code. */
export function isCriterionCode(raw: string): boolean {
  return codeKey(raw) !== undefined;
}

/** The code as it is shown: trimmed, nothing else changed. */
export function displayCode(raw: string): string {
  return trimCode(raw);
}

/** The key of the parent the code's own structure implies («a1.1» → «a.1», «II.1» → «ii»); none for one segment. */
export function structuralParentKey(key: string): string | undefined {
  const cut = key.lastIndexOf('.');
  return cut < 0 ? undefined : key.slice(0, cut);
}

const letterOrder = new Intl.Collator('vi', { sensitivity: 'base' });

/**
 * Plan order of two codes: segment by segment, numbers by value («1.2» < «1.10»), letters alphabetically
 * («a» < «b»), a parent before its children («1» < «1.1»); no code (a unit-wide finding) first, text that
 * is not a code after every code.
 */
export function compareCodes(a: string, b: string): number {
  if (a === '' || b === '') return a === b ? 0 : a === '' ? -1 : 1;
  const pa = codeSegments(a);
  const pb = codeSegments(b);
  if (!pa || !pb) return pa ? -1 : pb ? 1 : letterOrder.compare(a, b);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i] as string;
    const y = pb[i] as string;
    if (x === y) continue;
    const nx = /^[0-9]/.test(x);
    const ny = /^[0-9]/.test(y);
    if (nx && ny) return Number(x) - Number(y);
    if (nx !== ny) return nx ? -1 : 1;
    return letterOrder.compare(x, y) || (x < y ? -1 : 1);
  }
  return pa.length - pb.length;
}

/** The written code of the parent the code's structure implies («a1.1» → «a1», «II.1» → «II», «C2» → «C»). */
export function structuralParentCode(raw: string): string | undefined {
  const text = trimCode(raw);
  const parent = text.replace(/(?:[0-9]+|[A-Za-z]+)$/, '').replace(/[.\-/_ ]$/, '');
  return parent === '' || parent === text ? undefined : parent;
}

/** The shape of a code key: «d» for a digit segment, «l» for letters («a1.2» → «l.d.d»); plans number alike. */
export function codeShapeOf(key: string): string {
  return key
    .split('.')
    .map((p) => (/^[0-9]/.test(p) ? 'd' : 'l'))
    .join('.');
}

/**
 * A code written in a cell: text as a code, or a number Excel stored («1.1» typed into a number cell; a
 * number loses its trailing zeros, so 1.10 is 1.1 — Excel has already done that). Undefined otherwise.
 */
export function codeFromCell(value: unknown): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? String(value) : undefined;
  if (typeof value !== 'string' || !isCriterionCode(value)) return undefined;
  return displayCode(value);
}
