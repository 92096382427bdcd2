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
 */

/** One segment: digits, or Latin letters (Roman numerals included). */
const segment = /[0-9]+|[A-Za-z]+/g;
/** What a code may hold: letters, digits and separators; at most 12 segments, at most 40 characters. */
const codeShape = /^[0-9A-Za-z]+(?:[.\-/_ ]?[0-9A-Za-z]+)*\.?$/;

/** Trims the text a cell holds around a code: spaces and a trailing «.» («1.1.» is «1.1»). */
function trimCode(raw: string): string {
  return raw.normalize('NFC').replace(/[\s\u00a0]+/g, ' ').trim().replace(/\.$/, '').trim();
}

/** The segments of a code, normalised for comparison; undefined when the text is not shaped like a code. */
export function codeSegments(raw: string): readonly string[] | undefined {
  const text = trimCode(raw);
  if (text === '' || text.length > 40 || !codeShape.test(text)) return undefined;
  const parts = text.match(segment) ?? [];
  if (parts.length === 0 || parts.length > 12) return undefined;
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

const letters = new Intl.Collator('vi', { sensitivity: 'base' });

/**
 * Plan order of two codes: segment by segment, numbers by value («1.2» < «1.10»), letters alphabetically
 * («a» < «b»), a parent before its children («1» < «1.1»); no code (a unit-wide finding) first, text that
 * is not a code after every code.
 */
export function compareCodes(a: string, b: string): number {
  if (a === '' || b === '') return a === b ? 0 : a === '' ? -1 : 1;
  const pa = codeSegments(a);
  const pb = codeSegments(b);
  if (!pa || !pb) return pa ? -1 : pb ? 1 : letters.compare(a, b);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i] as string;
    const y = pb[i] as string;
    if (x === y) continue;
    const nx = /^[0-9]/.test(x);
    const ny = /^[0-9]/.test(y);
    if (nx && ny) return Number(x) - Number(y);
    if (nx !== ny) return nx ? -1 : 1;
    return letters.compare(x, y) || (x < y ? -1 : 1);
  }
  return pa.length - pb.length;
}
